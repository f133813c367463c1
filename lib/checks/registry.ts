/**
 * Every check family, in the order they run. Unit slips run first so that the sums they explain are not
 * reported a second time as wrong totals.
 */
import type { CheckFamily } from './context';
import { budgetVsActual } from './budget-vs-actual';
import { comparisonWords } from './comparison-words';
import { decomposedChange } from './decomposed-change';
import { nonMoneySum } from './non-money-sum';
import { partsTotal } from './parts-total';
import { perCapita } from './per-capita';
import { restated } from './restated';
import { savings } from './savings';
import { share } from './share';
import { emptyTables } from './empty-tables';
import { proseTable } from './prose-table';
import { tableCodes } from './table-codes';
import { tableLinks } from './table-links';
import { tableParts } from './table-parts';
import { tableCrossFooting } from './table-cross-footing';
import { tableFooting } from './table-footing';
import { unitSlip } from './unit-slip';
import { yearOnYear } from './year-on-year';

export const CHECK_FAMILIES: readonly CheckFamily[] = [
  unitSlip,
  partsTotal,
  share,
  yearOnYear,
  budgetVsActual,
  comparisonWords,
  decomposedChange,
  restated,
  savings,
  perCapita,
  nonMoneySum,
  tableFooting,
  tableCodes,
  tableCrossFooting,
  tableLinks,
  tableParts,
  proseTable,
  emptyTables,
];

export type CheckId = (typeof CHECK_FAMILIES)[number]['id'];
