/** Family 3, change against last year: "与上年相比，增加d万元，增长p%" → p ≈ d ÷ (current − d); direction words agree. */
import type { CheckFamily } from '../context';
import { reportChange } from '../judging/change-findings';
import { PACE } from '../context';

export const yearOnYear: CheckFamily = {
  id: 'year-on-year',
  *run(analysis, sink) {
    let done = 0;
    for (const statement of analysis.statements) {
      if (++done % PACE === 0) yield;
      for (const change of statement.changes) if (change.basis === 'prior') reportChange(analysis, sink, statement, change);
    }
  },
};
