/**
 * Families 11 and 14, column footings and the summary table's balance: a 合计/总计/小计 row equals the
 * sum of the rows it totals (top-level code or outline rows, or the rows since the previous total, so
 * that 收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余), column by column.
 */
import type { CheckFamily } from '../context';
import { tableFamily } from '../judging/table-sums';

export const tableFooting: CheckFamily = tableFamily('table-footing');
