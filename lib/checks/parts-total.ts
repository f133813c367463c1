/** Family 1, parts and total: "X万元，其中：A a万元、B b万元…" → X = Σ parts (≤ when the list may be partial). */
import type { CheckFamily } from './context';
import { listsOf, reportList } from './sum-findings';
import { PACE } from './context';

export const partsTotal: CheckFamily = {
  id: 'parts-total',
  title: '分项与合计',
  description: '“其中/主要用于/分别是”所列各项之和应等于总数；列举可能不完整时，只要求不超过总数。',
  *run(analysis, sink) {
    let done = 0;
    for (const { owner, list } of listsOf(analysis, false)) {
      reportList(analysis, sink, owner, list);
      if (++done % PACE === 0) yield;
    }
  },
};
