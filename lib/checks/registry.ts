/**
 * Every check family: each is one file of families/, named for its id (test/checks/registry.test.ts
 * fails for a family file not listed here, or listed without its words, README row and tests). The
 * order decides nothing but a tie: which finding supersedes which is declared in supersede.ts.
 */
import type { CheckFamily } from './context';
import { budgetVsActual } from './families/budget-vs-actual';
import { classNames } from './families/class-names';
import { comparisonWords } from './families/comparison-words';
import { decomposedChange } from './families/decomposed-change';
import { nonMoneySum } from './families/non-money-sum';
import { partsTotal } from './families/parts-total';
import { perCapita } from './families/per-capita';
import { restated } from './families/restated';
import { savings } from './families/savings';
import { share } from './families/share';
import { emptyTables } from './families/empty-tables';
import { proseTable } from './families/prose-table';
import { tableCodes } from './families/table-codes';
import { tableLinks } from './families/table-links';
import { tableParts } from './families/table-parts';
import { tableCrossFooting } from './families/table-cross-footing';
import { tableFooting } from './families/table-footing';
import { unitSlip } from './families/unit-slip';
import { yearOnYear } from './families/year-on-year';
import { placeholders } from './families/placeholders';
import { templateWording } from './families/template-wording';
import { wrongYear } from './families/wrong-year';
import { unitNameVaries } from './families/unit-name-varies';
import { contents } from './families/contents';
import { missingUnit } from './families/missing-unit';
import { zeroParts } from './families/zero-parts';

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
  placeholders,
  templateWording,
  wrongYear,
  unitNameVaries,
  contents,
  missingUnit,
  zeroParts,
  classNames,
];

export type CheckId = (typeof CHECK_FAMILIES)[number]['id'];
