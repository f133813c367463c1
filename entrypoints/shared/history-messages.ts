/**
 * Content script ↔ background, for the history: after each audit of a detected page the content
 * script sends its report and its prose blocks' text; the background saves what it keeps of them
 * (lib/history/record.ts: never the text), compares the page with the saved documents of the same unit,
 * and answers with the cross-document findings, whose figures point into those same blocks.
 *
 * zod/mini, and only the answer's schema: this file is in the content script. The background checks
 * the request with full zod (history-requests.ts).
 */
import * as z from 'zod/mini';
import type { DocumentReport } from '../../lib/report';
import { wholeNumber } from './messages';

export const AUDITED_MESSAGE = 'suanpan:audited';

export interface Audited {
  type: typeof AUDITED_MESSAGE;
  url: string;
  title: string;
  report: DocumentReport;
  /** The document model's prose blocks, in order (block i of the model is texts[i]). */
  texts: string[];
}

const index = wholeNumber(0);

const FigureRefMini = z.object({
  text: z.string(),
  value: z.string(),
  unit: z.nullable(z.string()),
  quote: z.string(),
  at: z.optional(z.object({ block: wholeNumber(-1), table: z.optional(index), row: z.optional(index), cell: z.optional(index), start: index, end: index })),
});

export const HistoryAnswerSchema = z.object({
  findings: z.array(
    z.object({
      check: z.string(),
      severity: z.enum(['error', 'warning', 'info']),
      message: z.string(),
      figures: z.array(FigureRefMini),
      expected: z.nullable(z.string()),
      actual: z.nullable(z.string()),
    }),
  ),
});
export type HistoryAnswer = z.infer<typeof HistoryAnswerSchema>;
