/**
 * The JSON export of one or more pages' reports (format "suanpan-report", version 1): each report with
 * the address it was read from and when. Validated with zod when written and when read back.
 */
import { z } from 'zod';
import { DocumentReportSchema, type DocumentReport } from '../report';

export const REPORT_FILE_FORMAT = 'suanpan-report';
export const REPORT_FILE_VERSION = 1;

export const ReportFileSchema = z.object({
  format: z.literal(REPORT_FILE_FORMAT),
  version: z.literal(REPORT_FILE_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  documents: z.array(
    z.object({
      url: z.string(),
      readAt: z.iso.datetime({ offset: true }),
      report: DocumentReportSchema,
    }),
  ),
});
export type ReportFile = z.infer<typeof ReportFileSchema>;

/** One page's report as exported: where it was read, and when. */
export interface ExportItem {
  url: string;
  readAt: Date;
  report: DocumentReport;
}

export function toReportFile(items: readonly ExportItem[], now: Date): ReportFile {
  return ReportFileSchema.parse({
    format: REPORT_FILE_FORMAT,
    version: REPORT_FILE_VERSION,
    exportedAt: now.toISOString(),
    // Only the contract's fields: a traced report also carries the engine's internal relations.
    documents: items.map((item) => ({ url: item.url, readAt: item.readAt.toISOString(), report: DocumentReportSchema.parse(item.report) })),
  });
}

export function toJson(items: readonly ExportItem[], now: Date): string {
  return `${JSON.stringify(toReportFile(items, now), null, 2)}\n`;
}
