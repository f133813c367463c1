/**
 * Requirements judged by the findings of check families: ✗ when one of them warns or errs, ✓ when they
 * all ran and found nothing, unchecked when one was switched off or stopped.
 */
import { because as explain } from './because';
import type { ChecklistGroup } from '../report';
import type { ChecklistInput, Requirement, Verdict } from './requirement';

/** At most this many places per item: the ✗ links to the first, the panel lists a few. */
const MAX_PLACES = 20;

export function verdictOf(input: ChecklistInput, families: readonly string[], severities: ReadonlySet<string> = new Set(['error', 'warning'])): Verdict {
  if (!families.every((id) => input.ran.has(id))) return { status: 'unchecked', explain: explain('checklist_common_notRun') };
  const hits = input.findings.flatMap((finding, index) => (families.includes(finding.check) && severities.has(finding.severity) ? [index] : []));
  if (hits.length === 0) return { status: 'pass' };
  const places = hits.flatMap((index) => input.findings[index]!.figures.slice(0, 1)).slice(0, MAX_PLACES);
  return { status: 'fail', explain: explain('checklist_common_findings', { count: { number: String(hits.length) } }), places, findings: hits };
}

/** A requirement that holds when the given families find nothing. */
export function byFamilies(id: string, group: ChecklistGroup, families: readonly string[], severities?: ReadonlySet<string>): Requirement {
  return { id, group, judge: (input) => verdictOf(input, families, severities) };
}
