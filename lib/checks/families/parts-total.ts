/** Family 1, parts and total: "X万元，其中：A a万元、B b万元…" → X = Σ parts (≤ when the list may be partial). */
import type { CheckFamily } from '../context';
import { listsOf, reportList } from '../judging/sum-findings';
import { PACE } from '../context';

export const partsTotal: CheckFamily = {
  id: 'parts-total',
  *run(analysis, sink) {
    let done = 0;
    for (const { owner, list } of listsOf(analysis, false)) {
      reportList(analysis, sink, owner, list);
      if (++done % PACE === 0) yield;
    }
  },
};
