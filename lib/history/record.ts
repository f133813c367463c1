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

/**
 * Why stored data was set aside (migrate.ts), as a code and its values: the words are the reader's,
 * rendered where they are shown (./words.ts).
 */
export const SetAsideReasonSchema = z.discriminatedUnion('code', [
  /** The value under the history key is not a history of any version. */
  z.object({ code: z.literal('unrecognised') }),
  /** Written by a newer version of the extension (its format version). */
  z.object({ code: z.literal('newerVersion'), version: z.number().int() }),
  /**
   * One record (`position`, from 1) failed its version's schema: where (the field path, '' for the
   * record as a whole) and what (zod's or the error's own message), when known.
   */
  z.object({ code: z.literal('unreadableRecord'), position: z.number().int().positive(), path: z.string().max(200).optional(), problem: z.string().max(300).optional() }),
]);
export type SetAsideReason = z.infer<typeof SetAsideReasonSchema>;

/**
 * A reason as stored in the quarantine: a code, or (written by versions before the reasons were
 * codes) a sentence in Chinese, shown as it is.
 */
export const StoredReasonSchema = z.union([SetAsideReasonSchema, z.string()]);
export type StoredReason = z.infer<typeof StoredReasonSchema>;

/** What a notice's details say, as data (./words.ts renders it). */
export const NoticeDetailSchema = z.discriminatedUnion('code', [
  /** Records dropped at the size bound: the bounds, and the titles (or addresses) of the first few dropped. */
  z.object({ code: z.literal('dropped'), limit: z.number().int().nonnegative(), megabytes: z.number().nonnegative(), titles: z.array(z.string().max(200)).max(10) }),
  /** Data set aside: why (the first few). */
  z.object({ code: z.literal('quarantined'), reasons: z.array(SetAsideReasonSchema).max(20) }),
]);
export type NoticeDetail = z.infer<typeof NoticeDetailSchema>;

/**
 * Something the user must be told about the stored history (shown in the panel and the options page).
 * `detail` is data (NoticeDetail); notices stored by earlier versions hold a sentence in Chinese, shown
 * as it is.
 */
export const HistoryNoticeSchema = z.object({
  kind: z.enum(['dropped', 'quarantined', 'migrated']),
  at: z.iso.datetime({ offset: true }),
  count: z.number().int().nonnegative(),
  detail: z.union([NoticeDetailSchema, z.string().max(500)]),
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
