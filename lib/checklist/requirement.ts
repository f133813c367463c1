/**
 * A requirement of the watchdog's checklist: something a disclosure must contain or say, judged ✓ / ✗ /
 * not applicable / unchecked. Requirements read the analysis and the findings; they never write either.
 */
import type { Analysis } from '../checks/context';
import type { Explain } from '../i18n/explain';
import type { ChecklistGroup, ChecklistStatus, FigureRef, Finding } from '../report';

export interface ChecklistInput {
  analysis: Analysis;
  /** The report's findings, final (sorted, superseded). */
  findings: readonly Finding[];
  /** Check families that ran to the end (not switched off, not stopped by the time budget). */
  ran: ReadonlySet<string>;
  kind: '预算' | '决算' | null;
  year: number | null;
}

export interface Verdict {
  status: ChecklistStatus;
  /** Why (for ✗, not applicable and unchecked): rendered into the item's `detail`. */
  explain?: Explain;
  places?: FigureRef[];
  findings?: number[];
}

export interface Requirement {
  /** kebab-case; its words are the message checklist_label_<camelCaseId> (locales/). */
  id: string;
  group: ChecklistGroup;
  judge(input: ChecklistInput): Verdict;
}
