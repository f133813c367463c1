/**
 * Families 12 and 15, row cross-footing by the header tree: in every row, a 合计/小计 column equals the
 * sum of its sibling columns (合计 = 基本支出 + 项目支出; 基本支出小计 = 人员经费 + 公用经费; the 三公 table's
 * 合计 = 因公出国(境) + 公务用车(小计 = 购置 + 运行) + 公务接待, for 预算数 and 决算数 alike).
 */
import type { CheckFamily } from '../context';
import { tableFamily } from '../judging/table-sums';

export const tableCrossFooting: CheckFamily = tableFamily('table-cross-footing');
