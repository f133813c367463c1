/**
 * What a content script tells the panel and the background about its frame: where it is, whether the
 * page is a disclosure, and the engine's report. Validated with the engine's own DocumentReportSchema.
 */
import { z } from 'zod';
import { DocumentReportSchema } from '../../lib/report';
import { STATE_MESSAGE } from './messages';

export const SCAN_STATUSES = ['scanning', 'not-detected', 'done', 'error'] as const;

export const ContentStateSchema = z.object({
  type: z.literal(STATE_MESSAGE),
  url: z.string(),
  title: z.string(),
  status: z.enum(SCAN_STATUSES),
  /** Present once a scan has finished on a detected page. */
  report: DocumentReportSchema.nullable(),
  /** Per finding: how many of its figures are highlighted on the page (0 = could not be placed). */
  placed: z.array(z.number().int().nonnegative()),
  /** An internal error, shown in the panel instead of the page's console. */
  error: z.string().nullable(),
});
export type ContentState = z.infer<typeof ContentStateSchema>;

/** Counts for the toolbar badge, small enough to validate cheaply in the background. */
export function countBySeverity(state: Pick<ContentState, 'report'>): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of state.report?.findings ?? []) counts[finding.severity]++;
  return counts;
}
