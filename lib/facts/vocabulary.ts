/**
 * The template vocabulary: the quantities the disclosure templates name (the lines of the 决算 and 预算
 * tables and the sentences of their 情况说明, Shanghai, Chongqing, Sichuan and Jiangsu alike), the
 * scenarios a figure can be in (年初预算, 调整预算, 预算执行数, 预算安排, 决算) and the funds it can cover.
 * Data, not rules: a name either is one of these or stays unbound.
 */

import { codesNamed, isNameOf, namesOf } from '../classification/names';
import { INCOME_SOURCES, TEMPLATE_LINES, TEMPLATE_PARTITIONS } from './template-lines';
import { PERIOD_WORDS, printedName } from './names';

/** A quantity the templates name, with the names it goes by once scenario and fund words are removed. */
export interface ConceptDefinition {
  id: string;
  names: readonly string[];
  /** Quantities that are financed by 财政拨款 by definition (三公经费): a fund word in their name adds nothing. */
  fundless?: boolean;
}

export const CONCEPTS: readonly ConceptDefinition[] = [
  // Every other line of the templates' tables (template-lines.ts).
  ...TEMPLATE_LINES,
  { id: '本年收入合计', names: ['本年收入合计', '收入合计', '本年收入', '总收入', '收入总额'] },
  { id: '本年支出合计', names: ['本年支出合计', '支出合计', '本年支出', '总支出', '支出总额'] },
  // "收入支出总计XXX万元" (the Shanghai template's first sentence): one figure for both totals, equal by definition.
  // Jiangsu's "财政拨款收、支预算13,297.11万元" names both totals by their sides alone, once the scenario is read
  // (names are matched as printedName leaves them: without 、).
  { id: '收入支出总计', names: ['收入支出总计', '收支总计', '收、支总计', '收入、支出总计', '收支', '收入支出'] },
  { id: '收入总计', names: ['收入总计'] },
  { id: '支出总计', names: ['支出总计'] },
  { id: '财政拨款收入', names: ['财政拨款收入'] },
  { id: '财政拨款支出', names: ['财政拨款支出'] },
  { id: '一般公共预算财政拨款支出', names: ['一般公共预算财政拨款支出', '一般公共预算拨款支出', '一般公共预算支出', '一般公共财政拨款支出'] },
  { id: '基本支出', names: ['基本支出'] },
  { id: '项目支出', names: ['项目支出'] },
  { id: '人员经费', names: ['人员经费', '人员经费合计'] },
  { id: '公用经费', names: ['公用经费', '公用经费合计', '日常公用经费'] },
  { id: '三公经费', names: ['三公经费', '三公经费合计'], fundless: true },
  { id: '因公出国（境）费', names: ['因公出国（境）费', '因公出国境费', '因公出国（境）经费', '因公出国费'], fundless: true },
  { id: '公务用车购置及运行维护费', names: ['公务用车购置及运行维护费', '公务用车购置及运行费', '公务用车购置和运行维护费'], fundless: true },
  { id: '公务用车购置费', names: ['公务用车购置费'], fundless: true },
  { id: '公务用车运行维护费', names: ['公务用车运行维护费', '公务用车运行费'], fundless: true },
  { id: '公务接待费', names: ['公务接待费', '国内公务接待费'], fundless: true },
  { id: '机关运行经费', names: ['机关运行经费'] },
  { id: '政府采购', names: ['政府采购', '政府采购金额', '政府采购预算'] },
  // "一般公共预算收入预算21,940.96万元" (Jiangsu): this year's general-budget appropriation, the income side.
  // ("一般公共预算财政拨款收入", the tables' line, is 财政拨款收入 in the 一般公共预算 fund: template-lines.ts.)
  { id: '一般公共预算收入', names: ['一般公共预算收入', '一般公共预算拨款收入'] },
];

/** Quantities the templates break down whole: every part listed, nothing else. */
export const PARTITIONS: Readonly<Record<string, readonly string[]>> = {
  ...TEMPLATE_PARTITIONS,
  三公经费: ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'],
  公务用车购置及运行维护费: ['公务用车购置费', '公务用车运行维护费'],
  基本支出: ['人员经费', '公用经费'],
};

const CONCEPT_BY_NAME = new Map<string, ConceptDefinition>();
for (const concept of CONCEPTS) for (const name of concept.names) CONCEPT_BY_NAME.set(name, concept);

export function conceptNamed(name: string): ConceptDefinition | null {
  return CONCEPT_BY_NAME.get(name) ?? null;
}

/**
 * What a figure is: the budget as passed at the start of the year, as adjusted, a budget's execution
 * ("当年预算执行数"), a budget document's allocation ("预算安排"), or the final account (决算, 实际).
 */
export type Scenario = 'initial-budget' | 'adjusted-budget' | 'executed' | 'budget' | 'actual';

/** Scenario words, longest first, as they end a name ("支出决算", "年初预算数"). */
const SCENARIO_SUFFIXES: ReadonlyArray<[RegExp, Scenario | 'budget-word']> = [
  [/(当年)?预算执行数$|执行数$/, 'executed'],
  [/年初预算数?$/, 'initial-budget'],
  [/(调整|全年)预算数?$/, 'adjusted-budget'],
  [/预算安排数?$|安排$/, 'budget'],
  [/决算数?$|实际(支出|使用)?$/, 'actual'],
  // 预算数 / 预算 alone: the allocation in a 预算, the initial budget in a 决算.
  [/预算数?$/, 'budget-word'],
];

/** The fund a figure covers: all funds ('') unless the name says otherwise. */
export type Fund = '' | '财政拨款' | '一般公共预算' | '政府性基金' | '国有资本经营';

const FUND_PREFIXES: ReadonlyArray<[RegExp, Fund]> = [
  // Jiangsu's 预算 print "一般公共财政拨款" for 一般公共预算财政拨款.
  [/^一般公共(预算(财政)?(拨款)?|财政拨款)/, '一般公共预算'],
  [/^政府性基金(预算)?(财政)?(拨款)?/, '政府性基金'],
  [/^国有资本经营(预算)?(财政)?(拨款)?/, '国有资本经营'],
  [/^财政拨款/, '财政拨款'],
];

export function fundOfTitle(title: string): Fund {
  if (/一般公共预算/.test(title)) return '一般公共预算';
  if (/政府性基金/.test(title)) return '政府性基金';
  if (/国有资本经营/.test(title)) return '国有资本经营';
  if (/财政拨款/.test(title)) return '财政拨款';
  return '';
}

/** What a printed name says: the concept it names (null when it names none), its scenario and fund. */
export interface ParsedName {
  concept: ConceptDefinition | null;
  scenario: Scenario | null;
  fund: Fund;
  /** The name with scenario and fund words taken off ("" when it was only those: "年初预算为…"). */
  rest: string;
}

/** Words that name no quantity once scenario words are off: the item in hand is meant. */
const BARE = /^(支出|收入|经费|资金|金额|数|合计|总额|费用)?$/;

/**
 * Reads a name: how it is printed and its leading period words go (names.ts, the one reading of a
 * printed name); a scenario word at its end and a fund
 * word at its start are taken off; what remains names a concept or nothing.
 */
/** Names read so far, by document kind: a document says the same names many times. Bounded. */
const PARSED = new Map<string, ParsedName>();
const MAX_PARSED = 4096;

export function parseName(raw: string, kind: '预算' | '决算' | null): ParsedName {
  const key = `${kind ?? ''}|${raw}`;
  let parsed = PARSED.get(key);
  if (parsed === undefined) {
    parsed = readName(raw, kind);
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    PARSED.set(key, parsed);
  }
  return parsed;
}

function readName(raw: string, kind: '预算' | '决算' | null): ParsedName {
  let name = printedName(raw).replace(PERIOD_WORDS, '');
  let scenario: Scenario | null = null;
  const whole = conceptNamed(name);
  if (whole) return { concept: whole, scenario: null, fund: '', rest: name };
  // A scenario word inside a total's name: "收入预算总计" is 收入总计 in the budget.
  const infix = /^(.+?)(年初预算|预算|决算)(总计|合计)$/.exec(name);
  if (infix && conceptNamed(infix[1]! + infix[3]!)) {
    const found = infix[2] === '决算' ? 'actual' : infix[2] === '年初预算' || kind === '决算' ? 'initial-budget' : 'budget';
    return { concept: conceptNamed(infix[1]! + infix[3]!), scenario: found, fund: '', rest: infix[1]! + infix[3]! };
  }
  for (const [pattern, found] of SCENARIO_SUFFIXES) {
    if (!pattern.test(name)) continue;
    name = name.replace(pattern, '');
    scenario = found === 'budget-word' ? (kind === '决算' ? 'initial-budget' : 'budget') : found;
    break;
  }
  let fund: Fund = '';
  for (const [pattern, found] of FUND_PREFIXES) {
    if (!pattern.test(name) || conceptNamed(name)) continue;
    name = name.replace(pattern, '');
    fund = found;
    break;
  }
  // "“三公”经费财政拨款支出": the fund word may also follow the name.
  const trailingFund = /(一般公共预算)?财政拨款(支出)?$/.exec(name);
  if (trailingFund && !conceptNamed(name) && conceptNamed(name.slice(0, trailingFund.index))) {
    name = name.slice(0, trailingFund.index);
    fund = trailingFund[1] ? '一般公共预算' : '财政拨款';
  }
  const concept = conceptNamed(name) ?? conceptNamed(name.replace(/支出$/, '')) ?? null;
  if (concept?.fundless) fund = '';
  return { concept, scenario, fund, rest: BARE.test(name) ? '' : name };
}

/** What a template table's line is: a concept in a fund, or a classification item ("class:30201"). */
export interface TemplateLine {
  concept: string;
  fund: Fund;
}

/** "一、", "（一）", "1.", "1、", "(1)" before a line's name. */
const ORDINAL = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

/**
 * The line of a template table a printed label names ("一、一般公共预算财政拨款收入", "30201 办公费"),
 * given what the table says around it: the lane's side (收入 or 支出) and the row's code. A concept of the
 * vocabulary, a fund's total (a fund word and a bare 收入 or 支出), a fund's income under 收入, or an item
 * of the national classification (by its code, or by a name only one code goes by); null for anything
 * else, including the words that only structure a table (合计, 项目, 科目名称, 决算数).
 */
export function templateLine(label: string, around: { side?: '收入' | '支出'; code?: string } = {}): TemplateLine | null {
  const name = label.replace(/[“”"\s]/g, '').replace(ORDINAL, '');
  if (around.code) {
    // A code binds the row; the list, where it knows the code, must know the name too. A 项 (7 digits) is
    // not in the list: its code alone says what it is.
    const known = namesOf(around.code) !== null;
    const valid = known ? isNameOf(around.code, name) : /^2\d{6}$/.test(around.code);
    return valid ? { concept: `class:${around.code}`, fund: '' } : null;
  }
  // The spending lane of a summary table lists the function classes (223 is 国有资本经营预算支出).
  const asClass = (length: number) => {
    const codes = codesNamed(name, length, 'function', null);
    return codes.length === 1 ? { concept: `class:${codes[0]}`, fund: '' as const } : null;
  };
  if (around.side === '支出') {
    const named = asClass(3);
    if (named) return named;
  }
  // The name whole first: "本年收入" and "当年收入小计" lose their year words in parseName.
  const whole = conceptNamed(name);
  if (whole) return { concept: whole.id, fund: '' };
  // A fund's name alone ("1.一般公共预算" under 收入): read whole, before 预算 is taken for a scenario word.
  const fundOnly = /^(一般公共预算|政府性基金预算?|国有资本经营预算?)$/.test(name) ? fundOfTitle(name) : null;
  const parsed = fundOnly ? { concept: null, fund: fundOnly, rest: '', scenario: null } : parseName(name, null);
  if (parsed.concept) return { concept: parsed.concept.id, fund: parsed.fund };
  if (parsed.rest === '') {
    const side = /收入$/.test(name) ? '收入' : /支出$/.test(name) ? '支出' : around.side;
    if (parsed.fund !== '') {
      // A fund with nothing but 收入 or 支出 after it, or under the lane of one: that fund's fiscal grants.
      const fund = parsed.fund === '财政拨款' ? '' : parsed.fund;
      if (side === '收入') return { concept: '财政拨款收入', fund };
      if (side === '支出') return { concept: '财政拨款支出', fund };
    } else if (parsed.scenario !== null) {
      // "收入预算", "支出决算": the unit's totals (as bind-prose.ts reads them).
      const total = /^(收入|支出)/.exec(name)?.[1];
      if (total) return { concept: total === '收入' ? '本年收入合计' : '本年支出合计', fund: '' };
    }
  }
  const source = around.side === '收入' ? INCOME_SOURCES[name] : undefined;
  if (source) return { concept: source, fund: '' };
  // Any other classification item by a name one code alone goes by (a function class first); a name
  // marked （类） or （款） is of that level only.
  const mark = /（(类|款|项)）/.exec(name)?.[1];
  const lengths = mark === '类' ? [3] : mark === '款' ? [5] : mark === '项' ? [] : [3, 5];
  for (const domain of ['function', 'economic'] as const) {
    for (const length of lengths) {
      const codes = codesNamed(name, length, domain, null);
      if (codes.length === 1) return { concept: `class:${codes[0]}`, fund: '' };
    }
  }
  return null;
}

/**
 * Quantities a template identity makes equal, as "concept|fund" (a fact key without period and
 * scenario): a summary table balances (收入总计 = 支出总计), so a change stated for one is a change of
 * the other. 'probable' where the identity holds in the usual template but not by definition (a
 * budget's 一般公共预算 income and spending are equal unless money is carried over): such a link can
 * warn, never make an error. `scenarios`: where it holds (all when absent).
 */
export interface Equality {
  members: readonly string[];
  certainty: 'certain' | 'probable';
  scenarios?: readonly Scenario[];
}

export const EQUALITIES: readonly Equality[] = [
  { members: ['收入支出总计|', '收入总计|', '支出总计|'], certainty: 'certain' },
  { members: ['收入支出总计|财政拨款', '收入总计|财政拨款', '支出总计|财政拨款'], certainty: 'certain' },
  { members: ['一般公共预算收入|', '一般公共预算财政拨款支出|'], certainty: 'probable', scenarios: ['budget'] },
];
