/**
 * The panel and the options page ask the background for the history and ask it to change it: the
 * background is the only writer of the stored history (one queue, no lost updates). Full zod: none of
 * this is in the content script.
 */
import { z } from 'zod';
import { HistoryFileSchema, HistoryNoticeSchema, HistoryRecordSchema } from '../../lib/history/record';
import { QuarantineEntrySchema } from '../../lib/history/store';
import { DocumentReportSchema } from '../../lib/report';
import { AUDITED_MESSAGE } from './history-messages';

export const AuditedSchema = z.object({
  type: z.literal(AUDITED_MESSAGE),
  url: z.string().min(1).max(8192),
  title: z.string().max(10_000),
  report: DocumentReportSchema,
  texts: z.array(z.string()).max(200_000),
});

export const HistoryRequestSchema = z.discriminatedUnion('type', [
  /** Everything (options page), or the records of one unit (panel: unit as the page names it). */
  z.object({ type: z.literal('suanpan:history-get'), unit: z.string().nullable().optional() }),
  z.object({ type: z.literal('suanpan:history-delete'), urls: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('suanpan:history-clear') }),
  z.object({ type: z.literal('suanpan:history-import'), file: HistoryFileSchema }),
  z.object({ type: z.literal('suanpan:history-dismiss-notices') }),
  z.object({ type: z.literal('suanpan:history-clear-quarantine') }),
]);
export type HistoryRequest = z.infer<typeof HistoryRequestSchema>;

export const HistoryViewSchema = z.object({
  documents: z.array(HistoryRecordSchema),
  notices: z.array(HistoryNoticeSchema),
  quarantine: z.array(QuarantineEntrySchema),
  /** How many records there are in all (the view may hold one unit's only). */
  total: z.number().int().nonnegative(),
  limits: z.object({ documents: z.number(), bytes: z.number() }),
});
export type HistoryView = z.infer<typeof HistoryViewSchema>;

export const HistoryResultSchema = z.object({ ok: z.boolean(), message: z.string(), view: HistoryViewSchema.optional() });
export type HistoryResult = z.infer<typeof HistoryResultSchema>;
