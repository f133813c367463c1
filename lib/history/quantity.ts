/**
 * The quantity a key figure states, comparable across documents: the fact layer's idea of "the same
 * quantity" (lib/facts: the concept a name binds to, in its fund), so the year comparison and the
 * budget-vs-actual comparison read names exactly as the engine's checks do. "“三公”经费财政拨款支出决算"
 * (a 决算) and "“三公”经费预算" (a 预算) are both 三公经费; "收入预算：2024年年初预算数" and "本年收入合计"
 * are both 本年收入合计; "一般公共服务（类）…（项）：支出决算" is that item. A name the templates do not
 * know keeps its words (scenario and fund words off); every other difference keeps two names apart,
 * because a false match would compare two different quantities. The comparisons add a second guard: a
 * name that carries two different amounts in one document is not used at all (see compare.ts).
 *
 * A key is "concept|fund", and "concept|fund|scenario" for a figure outside the document's own line (an
 * adjusted budget, a 预算's 执行数 or 决算数): those are never compared. Records saved before this form
 * (keys without "|") are read through legacyKey().
 */
import { parseName, type Fund, type Scenario } from '../facts/vocabulary';
import { PERIOD_WORDS, printedName } from '../facts/names';

/** Sentence punctuation a key figure's saved subject may carry (the name itself is read by names.ts). */
const PUNCTUATION = /[\uFF0C,\u3002\uFF1A:\uFF1B;]/g;
/** "X（类）Y（款）Z（项）": a classification item, as bind-prose.ts binds it. */
const ITEM = /(?:[^\d，。；：（）“”、\s]+（类）)?(?:[^\d，。；：（）“”、\s]+（款）)?[^\d，。；：（）“”、\s]+（项）$/;

export interface Quantity {
  key: string;
  /** In a 决算: the figure is a budget ("“三公”经费年初预算21.50万元"), not the year's actual. */
  budget: boolean;
}

function heading(context: string): string {
  const colon = Math.max(context.lastIndexOf('：'), context.lastIndexOf(':'));
  return colon > 0 ? context.slice(0, colon).replace(/^.*[，。；]/, '') : '';
}

/** A saved or printed name as lib/facts/names.ts prints it; full-width forms first (key figures are stored). */
function clean(name: string): string {
  return printedName(name.normalize('NFKC').replace(PUNCTUATION, ''));
}

/** The concept a parsed name is: the vocabulary's, an item, or its own words; null for scenario words alone. */
function conceptOf(parsed: ReturnType<typeof parseName>): string | null {
  if (parsed.concept) return parsed.concept.id;
  const item = ITEM.exec(parsed.rest.replace(/支出$/, ''));
  if (item) return `item:${item[0]}`;
  return parsed.rest === '' ? null : parsed.rest;
}

/** "收入预算", "支出决算", "本年收入": the unit's totals, as bind-prose.ts reads them outside any item. */
function totalOf(name: string): string | null {
  const total = /^(本年|当年)?(收入|支出)/.exec(name)?.[2];
  return total === '收入' ? '本年收入合计' : total === '支出' ? '本年支出合计' : null;
}

/** Whether a scenario is the document's own line: a 决算's actual or the budget it quotes, a 预算's allocation. */
function ownLine(scenario: Scenario | null, kind: '预算' | '决算' | null): boolean {
  if (scenario === null) return true;
  if (kind === '决算') return scenario === 'actual' || scenario === 'initial-budget' || scenario === 'budget';
  if (kind === '预算') return scenario === 'budget' || scenario === 'initial-budget';
  return scenario !== 'adjusted-budget' && scenario !== 'executed';
}

export function quantityOf(subject: string, context: string, kind: '预算' | '决算' | null): Quantity | null {
  const name = clean(subject).replace(PERIOD_WORDS, '');
  const parsed = parseName(name, kind);
  let concept = conceptOf(parsed);
  let scenario = parsed.scenario;
  let fund: Fund = parsed.fund;
  if (concept === null) {
    // A scenario word alone: the quantity its heading names ("收入预算：2024年年初预算数", "…（项）：支出决算"),
    // else the unit's total its words name.
    const head = clean(heading(context));
    const headed = head ? parseName(head, kind) : null;
    concept = (headed && conceptOf(headed)) ?? (headed?.rest === '' ? totalOf(head) : null) ?? totalOf(name);
    if (concept === null) return null;
    if (headed) {
      scenario = scenario ?? headed.scenario;
      fund = fund || headed.fund;
    }
  }
  if (concept.length < 2 || /^\d/.test(concept)) return null;
  const own = ownLine(scenario, kind);
  const budget = own && kind === '决算' && scenario !== null && scenario !== 'actual';
  return { key: own ? `${concept}|${fund}` : `${concept}|${fund}|${scenario}`, budget };
}

/**
 * The key of a figure saved before keys were facts (a plain normalised name: "收入", "三公经费",
 * "因公出国(境)费", "一般公共服务(类)…(项)支出"), in today's form; itself when it already is.
 */
export function legacyKey(key: string): string {
  if (key.includes('|')) return key;
  if (key === '收入') return '本年收入合计|';
  if (key === '支出') return '本年支出合计|';
  return quantityOf(key, key, null)?.key ?? key;
}
