/**
 * "The same quantity" in the prose, for the families that compare figures across places (restated,
 * unit-slip): mentions keyed by their fact (lib/facts) where the template binds them, by their
 * normalised name otherwise (with the same heading, list owner, comparison and year).
 */
import type { Mention } from '../../prose/mentions';
import { groupBy } from '../../group-by';
import type { Analysis } from '../context';
import { factKey } from '../../facts';
import { parseName } from '../../facts/vocabulary';
import { quantityName } from '../../facts/names';

/** Subjects too generic to identify a quantity on their own. */
const GENERIC = /^(支出|收入|金额|合计|共计|总计|资金|费用|经费|预算|决算|预算数|决算数|支出决算|年初预算数|实际使用|实际支出|决算支出|指标|其中|小计|其他|结余|节约|人数|人|批次|项目|车辆|余额|总额|数|共|计|实际|使用|实有|编制)$/;

/** A subject that is a comparison of two amounts ("本年数小于上年预算数", "决算数大于预算数"). */
const COMPARED = /小于|大于|多于|少于|高于|低于|超过|超出|不足/;

/**
 * The name of a quantity no fact binds: lib/facts/names.ts's, the one reading of a printed name (in a
 * 决算, "X决算数" is X itself; in a 预算 it would be last year's, another quantity).
 */
function normalize(subject: string, kind: Analysis['kind']): string {
  return quantityName(subject, kind);
}

/**
 * Breakdown categories (function classes, economic classes) are re-broken down by fund in different
 * sections ("住房保障支出" of all funds, then of the general budget): such amounts are compared within
 * their section only. Headline quantities are compared across the whole document.
 */
const CATEGORY = /^(一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|社会保障和就业|卫生健康|节能环保|城乡社区|农林水|交通运输|住房保障|灾害防治及应急管理|其他)(支出)?$|^(工资福利|商品和服务|对个人和家庭的补助|资本性)支出$/;

export interface Keyed {
  key: string;
  /** The list the figure is a part of ('' for none): two lists' "商品和服务支出预算" are two quantities. */
  scope: string;
  mention: Mention;
  /** From an explanation: loosely worded, so a mismatch is a warning. */
  loose: boolean;
}

// Two families group the same mentions: key them once per document.
const keyedCache = new WeakMap<Analysis, Keyed[]>();
const groupsCache = new WeakMap<Analysis, Mention[][]>();

export function keyed(analysis: Analysis): Keyed[] {
  let out = keyedCache.get(analysis);
  if (!out) keyedCache.set(analysis, (out = keyedMentions(analysis)));
  return out;
}

function keyedMentions(analysis: Analysis): Keyed[] {
  const out: Keyed[] = [];
  const add = (subject: string, scope: string, what: string, mention: Mention, loose: boolean) => {
    let name = normalize(subject, analysis.kind);
    // The year of a value names its period ("2023年年末编制数"); in a change it is only the comparison's.
    let year = what === 'value' ? String(mention.year ?? '') : '';
    // A name the template knows is its fact (lib/facts): "一般公共预算财政拨款支出" and that quantity's
    // "支出决算" after "…年初预算为" are one. A scenario word alone ("年初预算为76.33万元") is the slot of
    // the item in hand, the same quantity only under the same item, and nothing where none is named.
    const binding = analysis.facts.bind(subject, mention);
    if (binding?.certainty === 'certain') {
      name = factKey({ ...binding, period: null });
      if (what === 'value') year = String(binding.period ?? '');
    } else {
      const parsed = parseName(subject, analysis.kind);
      if (parsed.rest === '' && parsed.scenario !== null) return;
    }
    if (mention.local || name.length < 3 || GENERIC.test(name) || /^[0-9]/.test(name)) return;
    // "本年数小于上年预算数29.65万元": a comparison's figure is the gap between two amounts of the item in
    // hand, not a quantity of its own; two items' gaps are not one quantity (检察院 2017).
    if (COMPARED.test(name)) return;
    // Amounts are read within their section: "住房保障支出" of all funds and of the general budget differ.
    const section = what === 'value' && CATEGORY.test(name) ? analysis.sectionOf[mention.block] : '';
    out.push({ key: `${section}|${name}|${what}|${year}|${mention.figure.kind === 'bare' ? 'money' : mention.figure.kind}`, scope: normalize(scope, analysis.kind), mention, loose });
  };
  for (const statement of analysis.statements) {
    const scope = statement.parent ? statement.parent.subject : '';
    if (statement.value) add(statement.context || statement.subject, scope, 'value', statement.value, false);
    for (const change of statement.changes) {
      if (change.delta) add(statement.subject, scope, `delta:${change.basis}:${change.delta.direction}`, change.delta, false);
      for (const reason of change.reasons) add(reason.subject, '', `delta:${change.basis}:${reason.direction}`, reason, true);
    }
  }
  return out;
}

/**
 * Mentions grouped by the quantity they state, each group with two or more sentences. Within a name,
 * figures of different lists are different quantities; a figure outside any list (an explanation's
 * "基本支出减少3.61万元") may be any of them, and joins each.
 */
export function restatedGroups(analysis: Analysis): Mention[][] {
  let groups = groupsCache.get(analysis);
  if (!groups) groupsCache.set(analysis, (groups = groupsOf(analysis)));
  return groups;
}

function groupsOf(analysis: Analysis): Mention[][] {
  const out: Mention[][] = [];
  for (const group of groupBy(keyed(analysis), (item) => item.key).values()) {
    const scopes = new Set(group.map((g) => g.scope).filter((s) => s !== ''));
    const partitions = scopes.size === 0 ? [group] : [...scopes].map((scope) => group.filter((g) => g.scope === scope || g.scope === ''));
    for (const partition of partitions) {
      if (inTwoSentences(partition)) out.push(partition.map((g) => g.mention));
    }
  }
  return out;
}

/** Whether the mentions stand in at least two different sentences (most groups have one mention). */
function inTwoSentences(keyed: Keyed[]): boolean {
  const first = keyed[0]?.mention;
  return first !== undefined && keyed.some(({ mention }) => mention.block !== first.block || mention.sentence !== first.sentence);
}

