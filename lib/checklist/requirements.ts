/**
 * Every requirement of the checklist, in the order the panel lists them within a group. Grouped as the
 * Ministry of Finance's inspections of 预决算公开 (and the provinces' scoring sheets) grade a disclosure:
 * 完整性 (completeness), 细化程度 (detail), 真实性/一致性 (consistency), 规范性 (form).
 */
import { byFamilies } from './from-findings';
import type { Requirement } from './requirement';
import { SECTION_REQUIREMENTS } from './sections';
import { TABLE_REQUIREMENTS } from './tables-present';

/** The families whose findings are slips of wording, judged by their own requirement below. */
export const WORDING_FAMILIES = ['placeholders', 'template-wording', 'wrong-year', 'unit-name-varies', 'class-names', 'contents', 'missing-unit', 'zero-parts'] as const;

export function requirements(arithmeticFamilies: readonly string[]): Requirement[] {
  return [
    ...TABLE_REQUIREMENTS,
    ...SECTION_REQUIREMENTS,
    byFamilies('contents-match', 'completeness', ['contents']),
    byFamilies('figures-consistent', 'consistency', arithmeticFamilies, new Set(['error'])),
    byFamilies('years-consistent', 'consistency', ['wrong-year']),
    byFamilies('unit-name-consistent', 'consistency', ['unit-name-varies']),
    byFamilies('class-names-match-codes', 'consistency', ['class-names']),
    byFamilies('no-placeholders', 'form', ['placeholders']),
    byFamilies('template-resolved', 'form', ['template-wording']),
    byFamilies('units-printed', 'form', ['missing-unit']),
    byFamilies('listed-parts-nonzero', 'form', ['zero-parts']),
  ];
}
