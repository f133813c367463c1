/** The watchdog's checklist of a document: every requirement judged, in words. */
import type { Describe } from '../checks/context';
// Types only from ../report: its zod schemas must stay out of the content script (the engine runs there).
import type { CHECKLIST_GROUPS, CHECKLIST_VERSION, Checklist } from '../report';
import { requirements, WORDING_FAMILIES } from './requirements';
import type { ChecklistInput } from './requirement';

export type { ChecklistInput, Requirement, Verdict } from './requirement';

const VERSION: typeof CHECKLIST_VERSION = 1;
const GROUPS: typeof CHECKLIST_GROUPS = ['completeness', 'detail', 'consistency', 'form'];

/** `families`: the ids of every check family (the arithmetic ones are those that are not about wording). */
export function buildChecklist(input: ChecklistInput, families: readonly string[], describe: Describe): Checklist {
  const wording = new Set<string>(WORDING_FAMILIES);
  const arithmetic = families.filter((id) => !wording.has(id));
  // In the order the inspections group them; within a group, as requirements.ts lists them.
  const ordered = requirements(arithmetic).sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group));
  const items = ordered.map((requirement) => {
    const verdict = requirement.judge(input);
    return {
      id: requirement.id,
      group: requirement.group,
      status: verdict.status,
      label: describe({ key: `checklist_label_${camel(requirement.id)}`, args: {} }),
      ...(verdict.explain ? { detail: describe(verdict.explain), explain: verdict.explain } : {}),
      places: verdict.places ?? [],
      findings: verdict.findings ?? [],
    };
  });
  return { version: VERSION, items };
}

function camel(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
