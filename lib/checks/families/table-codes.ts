/**
 * Family 13, hierarchies: a 类 (3 digits) equals the sum of its 款 (5), a 款 the sum of its 项 (7);
 * economic classes 301 = Σ 301xx; an outline row "一、本年收入" = Σ its "（一）…". Function (2xx) and
 * economic (3xx) codes never mix.
 */
import { PACE, type CheckFamily } from '../context';
import { judgeIdentity } from '../judging/table-sums';

/** A page of 130 tables has thousands of code identities: the family pauses every PACE of them. */
export const tableCodes: CheckFamily = {
  id: 'table-codes',
  *run(analysis, sink) {
    let done = 0;
    for (const identity of analysis.tableIdentities) {
      if (identity.kind !== 'table-codes') continue;
      judgeIdentity(analysis, sink, identity);
      if (++done % PACE === 0) yield;
    }
  },
};
