/**
 * Shared by the parts-and-total and non-money-sum families: which lists are complete, and the verdict
 * on total = Σ parts, including the unit-slip reading.
 */
import type { Figure } from '../../figures/figure';
import type { PartList, Statement } from '../../prose/statements';
import type { FactStore } from '../../facts';
import { evaluateSum, sumsCompatible, type SumResult } from './arith';
import { findUnitSlip } from './unit-slip-reading';

/** Families of categories that partition their total when listed together (the national templates). */
const DOMAINS: RegExp[] = [
  /(财政拨款|一般公共预算|政府性基金|国有资本经营|上级补助|事业|经营|附属单位上缴|其他|财政专户管理资金|上年结转)(预算)?(财政)?(拨款)?(收入|拨款)?$|^上年结转|结转和结余$/,
  /^(基本支出|项目支出|经营支出|上缴上级支出|对附属单位补助支出)/,
  /因公出国|公务用车|公务车|公务接待|车辆购置/,
  /^(人员经费|公用经费)/,
  /^(一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|文化体育与传媒|社会保障和就业|卫生健康|节能环保|城乡社区|农林水|交通运输|资源勘探|商业服务业|金融|援助其他地区|自然资源海洋气象|住房保障|粮油物资储备|灾害防治及应急管理|其他|债务付息)(支出)?$/,
  /政府采购(货物|工程|服务)/,
  /用车$|车辆$/,
  /^(行政|事业|工勤|参公|参照公务员法管理)(编制|人员|单位)?(数)?$/,
];

/**
 * Partitions the templates fix whole: a list that names every member is complete with certainty ("三公"
 * is 因公出国 + 公务用车 + 公务接待, nothing else). A list of some members only is not known complete: the
 * text may have left one out, or a nested 其中 may have cut the list short (a Guangdong 三公 说明 lost its
 * 公务接待费 that way: "其中:因公出国(境)费…12.02万元…;公务用车购置及运行维护费…27.46万元…;其中:公务用车
 * 购置…;…公务接待费…22.59万元"), so its sum is held only to Σ parts ≤ total. The open domains below
 * (function classes, income sources) are read as complete when every part is of one, as the templates
 * list them (every source or class that is not zero).
 */
const CLOSED: RegExp[][] = [
  [/因公出国/, /公务用车|公务车|车辆购置/, /公务接待/],
  [/^人员经费/, /^公用经费/],
  [/^基本支出/, /^项目支出/],
  [/货物/, /工程/, /服务/],
];

const RETIRED = /^(离退休|退休|离休)/;

/** complete: the text or the template says every part is listed; partial: it may not be. */
export type Completeness = 'complete' | 'partial';

export function completeness(owner: Statement, list: PartList): Completeness {
  if (list.etc) return 'partial';
  if (list.totalAfter || /^分别|^合计|分为$/.test(list.opener)) return 'complete';
  const subjects = list.items.map((item) => item.subject);
  // Shares that add up to 100% say every part is there.
  const shares = list.items.map((item) => item.share?.figure);
  if (shares.length >= 2 && shares.every((share) => share)) {
    const total = shares.reduce((sum, share) => sum + Number(share!.value), 0);
    if (Math.abs(total - 100) <= 0.05 * shares.length + 0.05) return 'complete';
  }
  // Parts of a closed partition: complete when every member is named; with one missing, nothing says the
  // list is whole (a part left out, or a list cut short), and an open domain must not say it either.
  const closed = subjects.length >= 2 ? CLOSED.find((members) => subjects.every((subject) => members.some((member) => member.test(subject)))) : undefined;
  if (closed) return closed.every((member) => subjects.some((subject) => member.test(subject))) ? 'complete' : 'partial';
  if (subjects.length >= 2 && DOMAINS.some((domain) => subjects.every((subject) => domain.test(subject)))) return 'complete';
  void owner;
  return 'partial';
}

export interface ListVerdict {
  total: Figure;
  parts: Figure[];
  result: SumResult;
  complete: boolean;
  /** A figure whose unit is off: reading it in its neighbours' unit makes the list add up. */
  unitSlip: { figure: Figure; readAs: string; result: SumResult } | null;
}

/**
 * An item's amount in its total's scenario. "支出决算为20.00万元。其中：1、…（项）年初预算为10.00万元，
 * 支出决算为10.00万元" lists each item under the total: its leading amount is its 年初预算, and its part
 * of the 支出决算 is the item's 支出决算 (lib/facts). Undefined when the item states no such amount:
 * then the list is not the total's parts.
 */
function inScenarioOf(total: Figure, figure: Figure | undefined, facts: FactStore): Figure | undefined {
  const owner = facts.factOf(total);
  const fact = figure ? facts.factOf(figure) : undefined;
  if (!figure || !owner || !fact || fact.scenario === owner.scenario) return figure;
  return facts.all({ ...fact, scenario: owner.scenario }).find((twin) => twin.source === 'prose' && twin.figure.block === figure.block)?.figure;
}

/** The figures of a list that can be summed against its owner: same kind; counts in the owner's unit. */
export function listFigures(owner: Statement, list: PartList, facts: FactStore): { total: Figure; parts: Figure[] } | null {
  const total = owner.value?.figure;
  if (!total) return null;
  const chosen = list.items
    // Retired staff are never part of a count of serving staff ("实际正式教职工62人，其中…，退休职工28人").
    .filter((item) => total.kind !== 'count' || !RETIRED.test(item.subject) || RETIRED.test(owner.subject))
    .map((item) => ({ stated: item.value?.figure, figure: inScenarioOf(total, item.value?.figure, facts) }));
  if (chosen.some(({ stated, figure }) => stated !== undefined && figure === undefined)) return null;
  const parts = chosen
    .map(({ figure }) => figure)
    .filter((figure): figure is Figure => figure !== undefined)
    .filter((figure) => (total.kind === 'count' ? figure.unit === total.unit : true));
  if (parts.length < 2 && !(parts.length === 1 && list.items.length === 1)) return null;
  if (parts.length === 0 || !sumsCompatible([total, ...parts])) return null;
  return { total, parts };
}

export function judgeList(owner: Statement, list: PartList, facts: FactStore): ListVerdict | null {
  const figures = listFigures(owner, list, facts);
  if (!figures) return null;
  const { total, parts } = figures;
  const terms = parts.map((figure) => ({ figure, sign: 1 as const }));
  const result = evaluateSum(total, terms);
  const found = completeness(owner, list);
  const unitSlip = result.verdict === 'fail' || result.verdict === 'coarse' ? findUnitSlip(total, terms) : null;
  return { total, parts, result, complete: found === 'complete', unitSlip };
}
