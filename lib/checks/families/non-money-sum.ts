/** Family 10, sums of counts and scores: "编制数29人，分别是8、7、6、8人", "59.1分，34分，合计90分". */
import type { CheckFamily } from '../context';
import { listsOf, reportList } from '../judging/sum-findings';
import { PACE } from '../context';

export const nonMoneySum: CheckFamily = {
  id: 'non-money-sum',
  *run(analysis, sink) {
    let done = 0;
    for (const { owner, list } of listsOf(analysis, true)) {
      reportList(analysis, sink, owner, list);
      if (++done % PACE === 0) yield;
    }
  },
};
