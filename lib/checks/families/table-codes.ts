/**
 * Family 13, hierarchies: a 类 (3 digits) equals the sum of its 款 (5), a 款 the sum of its 项 (7);
 * economic classes 301 = Σ 301xx; an outline row "一、本年收入" = Σ its "（一）…". Function (2xx) and
 * economic (3xx) codes never mix.
 */
import type { CheckFamily } from '../context';
import { tableFamily } from '../judging/table-sums';

export const tableCodes: CheckFamily = tableFamily('table-codes');
