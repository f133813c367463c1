/**
 * What is kept of each audited document (storage format version 1), validated with zod wherever it is
 * read: from storage, from an imported file. Nothing of the page's text is kept: the address, the
 * title, the unit, the year, the totals, the key figures as printed, and how many findings it had.
 */
import { z } from 'zod';
import { SEVERITIES, TOTAL_KEYS } from '../report';

/** A figure as printed, number and unit ("335.60万元", "3.7%"): its text gives its value and precision. */
const PrintedText = z.string().regex(/^\d{1,3}(,\d{3})*(\.\d+)?(元|万元|亿元|%)?$|^\d+(\.\d+)?(元|万元|亿元|%)?$/).max(40);

/** A change the text states for an amount (absent fields: none printed). */
const StoredChangeSchema = z.object({
  basis: z.enum(['prior', 'budget', 'adjusted', 'full-year']),
  direction: z.union([z.literal(1), z.literal(-1), z.literal(0)]).nullable(),
  year: z.number().int().optional(),
  delta: PrintedText.optional(),
  rate: PrintedText.optional(),
  base: PrintedText.optional(),
});

/**
 * One key figure, kept small (a disclosure has a hundred or so): defaults are left out (budget false,
 * no changes), and each amount is its printed text.
 */
export const StoredFigureSchema = z.object({
  subject: z.string().max(200),
  key: z.string().min(2).max(200),
  budget: z.literal(true).optional(),
  value: PrintedText,
  changes: z.array(StoredChangeSchema).max(8).optional(),
});
export type StoredFigure = z.infer<typeof StoredFigureSchema>;

export const HistoryRecordSchema = z.object({
  url: z.string().min(1).max(4096),
  title: z.string().max(1000),
  unit: z.string().max(200).nullable(),
  /** unit-key.ts: the same unit under its different spellings. '' when the unit was not recognised. */
  unitKey: z.string().max(200),
  year: z.number().int().min(1949).max(2200).nullable(),
  kind: z.enum(['预算', '决算']).nullable(),
  /** When the page was read (ISO 8601). */
  readAt: z.iso.datetime({ offset: true }),
  /** The report's totals: decimal strings in 万元. */
  totals: z.partialRecord(z.enum(TOTAL_KEYS), z.string().regex(/^-?\d+(\.\d+)?$/)),
  figures: z.array(StoredFigureSchema).max(1000),
  /** The engine's findings on the page, by severity (cross-document findings not included: they change with the history). */
  findings: z.record(z.enum(SEVERITIES), z.number().int().nonnegative()),
});
export type HistoryRecord = z.infer<typeof HistoryRecordSchema>;

export const HISTORY_VERSION = 1;

/** The stored value: all records, newest last. */
export const HistoryStoreSchema = z.object({
  version: z.literal(HISTORY_VERSION),
  documents: z.array(HistoryRecordSchema),
});
export type HistoryStore = z.infer<typeof HistoryStoreSchema>;

/** Something the user must be told about the stored history (shown in the panel and the options page). */
export const HistoryNoticeSchema = z.object({
  kind: z.enum(['dropped', 'quarantined', 'migrated']),
  at: z.iso.datetime({ offset: true }),
  count: z.number().int().nonnegative(),
  detail: z.string().max(500),
});
export type HistoryNotice = z.infer<typeof HistoryNoticeSchema>;

/** The export file (options page → file → options page, maybe on another machine). */
export const HISTORY_FILE_FORMAT = 'suanpan-history';
export const HistoryFileSchema = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.literal(HISTORY_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  documents: z.array(HistoryRecordSchema),
});
export type HistoryFile = z.infer<typeof HistoryFileSchema>;
