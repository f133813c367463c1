/**
 * Binding the figures of the prose. A name that is a concept of the vocabulary binds with certainty
 * ("公务用车购置及运行维护费支出决算为19.56万元"); a name that is only a scenario word ("年初预算为76.33万元",
 * "支出决算为39.99万元") is the template's slot for the item its paragraph or heading names
 * ("1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）…"), and binds to that item; anything
 * else stays unbound.
 */
import type { DisclosureDocument } from '../model/document';
import type { Mention } from '../prose/mentions';
import { defaultScenario, type Binding } from './fact';
import { parseName, type Fund } from './vocabulary';

export interface ProseContext {
  document: DisclosureDocument;
  kind: '预算' | '决算' | null;
  year: number | null;
  /** For each block, the index of the heading block it stands under (-1 before any heading). */
  sectionOf: readonly number[];
  /** The unit's name as detected: a subject that begins with it ("XX局收入预算") names the unit's total. */
  unit: string | null;
  /** The mentions of a block, in order (for a sentence's topic). */
  mentionsOfBlock?: (block: number) => readonly Mention[];
}

/** "X（类）Y（款）Z（项）": a function-classification item, the class and 款 optional. */
const ITEM_PATH = /(?:[^\d，。；：（）“”、\s]+（类）)?(?:[^\d，。；：（）“”、\s]+（款）)?[^\d，。；：（）“”、\s]+（项）/g;

/** The last classification item named in `text`, or null. */
function itemIn(text: string): string | null {
  let last: string | null = null;
  ITEM_PATH.lastIndex = 0;
  for (let match = ITEM_PATH.exec(text); match !== null; match = ITEM_PATH.exec(text)) last = match[0];
  return last;
}

/** The item a figure's paragraph names before it, or its heading's. */
function itemOf(mention: Mention, context: ProseContext): string | null {
  const block = context.document.blocks[mention.block];
  const before = block ? itemIn(block.text.slice(0, mention.figure.start)) : null;
  if (before) return before;
  const heading = context.sectionOf[mention.block] ?? -1;
  return heading >= 0 ? itemIn(context.document.blocks[heading]?.text ?? '') : null;
}

/** The unit's own name at the start of a subject ("普陀区城市管理行政执法局收入预算") says whose it is, nothing more. */
function withoutUnit(name: string, unit: string | null): string {
  const own = /^(本部门|本单位|我单位|我部门|我局|本局)/.exec(name);
  if (own) return name.slice(own[0].length);
  if (!unit || unit.length < 4) return name;
  for (let cut = 0; cut <= unit.length - 4; cut++) if (name.startsWith(unit.slice(cut))) return name.slice(unit.length - cut);
  return name;
}

/**
 * The quantity a sentence is about: its first amount, when that names a concept with a scenario word
 * ("一般公共预算财政拨款支出年初预算为…"), so the scenario words after it are the same quantity's.
 */
function topicOf(mention: Mention, context: ProseContext): { concept: string; fund: Fund } | null {
  const first = context.mentionsOfBlock?.(mention.block).find((m) => m.sentence === mention.sentence && m.role === 'value' && !m.inReason);
  if (!first || first === mention || first.figure.start > mention.figure.start) return null;
  const name = first.subject || first.label;
  if (!/预算|决算|执行/.test(name)) return null;
  const topic = bindName(name, first, context);
  return topic && topic.certainty === 'certain' ? { concept: topic.concept, fund: topic.fund } : null;
}

/** What the name a mention goes by says it measures; null when it names nothing the templates know. */
export function bindName(name: string, mention: Mention, context: ProseContext): Binding | null {
  if (mention.local || mention.figure.kind === 'percent' || mention.figure.kind === 'count' || mention.figure.kind === 'score') return null;
  const clean = name.replace(/[“”"\s]/g, '');
  const bound = bindClean(clean, mention, context);
  // "昆明市科学技术局部门2018年度…“三公”经费支出预算": whatever stands before the year is whose it is.
  const afterYear = /20\d\d年度?(.+)$/.exec(clean)?.[1];
  const binding = bound ?? (afterYear && afterYear !== clean ? bindClean(afterYear, mention, context) : null) ?? underHeading(clean, mention, context);
  return binding && mention.role === 'delta' && binding.fund === '' ? inParagraphFund(binding, mention, context) : binding;
}

/**
 * "（一）收入预算：2024年年初预算数502.48万元" (Chongqing's 预算): a scenario word alone, after a heading
 * that names the quantity, is that quantity's.
 */
function underHeading(clean: string, mention: Mention, context: ProseContext): Binding | null {
  const heading = /^([^：:，。；]{2,12})[：:]/.exec(mention.context)?.[1];
  if (!heading) return null;
  const parsed = parseName(clean.replace(/^(20\d\d年度?)/, ''), context.kind);
  return parsed.rest === '' && parsed.scenario !== null ? bindClean(heading, mention, context) : null;
}

/**
 * "江苏省委办公厅2018年度财政拨款收、支总预算24458.43万元。与上年相比收、支预算总计各增加3756.18万元": a
 * change that names its quantity without the fund its paragraph opened with is that fund's.
 */
function inParagraphFund(binding: Binding, mention: Mention, context: ProseContext): Binding {
  const first = context.mentionsOfBlock?.(mention.block).find((m) => m.role === 'value' && !m.inReason);
  if (!first || first.figure.start > mention.figure.start) return binding;
  const topic = bindName(first.subject || first.label, first, context);
  return topic && topic.certainty === 'certain' && topic.concept === binding.concept && topic.fund !== '' ? { ...binding, fund: topic.fund } : binding;
}

/**
 * The same names in the other order the templates use: "财政拨款预算支出" is 财政拨款支出 in the budget,
 * "收、支总预算" the 收、支预算总计.
 */
function reordered(name: string): string | null {
  const total = /^(.*(?:收、支|收入、支出))总(预算|决算)$/.exec(name);
  if (total) return `${total[1]}总计${total[2]}`;
  const inner = /^(.+?)(年初预算|预算|决算)(支出|收入)$/.exec(name);
  return inner ? `${inner[1]}${inner[3]}${inner[2]}` : null;
}

function bindClean(clean: string, mention: Mention, context: ProseContext): Binding | null {
  const bound = bindOrdered(clean, mention, context);
  if (bound) return bound;
  const other = reordered(clean);
  return other ? bindOrdered(other, mention, context) : null;
}

function bindOrdered(clean: string, mention: Mention, context: ProseContext): Binding | null {
  const own = withoutUnit(clean, context.unit);
  const unitless = own.replace(/^(20\d\d年度?|本年度?|全年|当年)+/, '');
  const parsed = parseName(unitless, context.kind);
  const period = mention.year ?? context.year;
  const scenario = parsed.scenario ?? defaultScenario(context.kind);
  if (parsed.concept) return { concept: parsed.concept.id, period, scenario, fund: parsed.fund, certainty: 'certain' };
  // The item itself: "1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）39.99万元".
  const named = itemIn(parsed.rest);
  if (named && parsed.rest.endsWith(named)) return { concept: `item:${named}`, period, scenario, fund: parsed.fund, certainty: 'certain' };
  // Only a scenario word: the template's slot under the item in hand, or the sentence's topic
  // ("“三公”经费财政拨款支出年初预算为31.47万元，支出决算为19.86万元").
  if (parsed.rest === '' && parsed.scenario !== null) {
    const item = itemOf(mention, context);
    if (item) return { concept: `item:${item}`, period, scenario, fund: parsed.fund, certainty: 'certain' };
    const topic = topicOf(mention, context);
    if (topic) return { ...topic, period, scenario, certainty: 'certain' };
  }
  // Outside any item, the unit's "收入预算" and "支出决算" are its totals: certain where the sentence
  // says whose ("本单位收入为1687.45万元"), probable from the words alone.
  if (parsed.rest === '') {
    const total = /^(收入|支出)/.exec(unitless);
    // The subject may have lost "本单位" to the label's cleaning: the words before the figure still say it.
    const owned = own !== clean || /本单位|本部门|我单位|我部门/.test(mention.window) || (context.unit !== null && mention.window.includes(context.unit));
    if (total && (parsed.scenario !== null || owned)) {
      return { concept: total[1] === '收入' ? '本年收入合计' : '本年支出合计', period, scenario, fund: parsed.fund, certainty: owned ? 'certain' : 'probable' };
    }
  }
  return null;
}
