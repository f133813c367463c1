/**
 * The engine's output, and the CLI's JSON contract (version 1). Validated with zod wherever it crosses
 * a boundary: the CLI before printing, the extension between content script, background and panel.
 */
import { z } from 'zod';
import { ExplainSchema } from './i18n/explain';

export const REPORT_VERSION = 1;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * Where a figure sits in the document model: a prose block (block index), or a table cell
 * (table, row, cell: document.tables[table].rows[row][cell]); start/end are offsets in that text.
 */
export const FigureLocationSchema = z.object({
  block: z.number().int().min(-1),
  table: z.number().int().nonnegative().optional(),
  row: z.number().int().nonnegative().optional(),
  cell: z.number().int().nonnegative().optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type FigureLocation = z.infer<typeof FigureLocationSchema>;

export const FigureRefSchema = z.object({
  /** As printed (normalized: half-width digits, no inner spaces). */
  text: z.string(),
  /**
   * The value in its own unit, as a decimal string; '' when the finding is about words, not a figure
   * (a placeholder, a class's old name, a wrong year: see TextPlace in checks/context.ts).
   */
  value: z.string(),
  unit: z.string().nullable(),
  /** The clause it stands in. */
  quote: z.string(),
  at: FigureLocationSchema.optional(),
});
export type FigureRef = z.infer<typeof FigureRefSchema>;

export const FindingSchema = z.object({
  check: z.string(),
  severity: z.enum(SEVERITIES),
  /** The explanation in words, in the language it was rendered for (Chinese by default). */
  message: z.string(),
  /**
   * The same explanation as a message key and its arguments, so that it can be shown in another
   * language (lib/i18n). Always set by the engine; optional so that contract version 1 stays readable.
   */
  explain: ExplainSchema.optional(),
  figures: z.array(FigureRefSchema),
  expected: z.string().nullable(),
  actual: z.string().nullable(),
  /** For findings about a table: its title (the panel groups them by table). */
  table: z.string().optional(),
});
export type Finding = z.infer<typeof FindingSchema>;

export const TOTAL_KEYS = ['收入合计', '支出合计', '基本支出', '项目支出', '人员经费', '公用经费', '三公经费'] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

/**
 * The watchdog's checklist: what a disclosure must contain and say, grouped as the Ministry of
 * Finance's inspections group it (完整性, 细化程度, 真实性/一致性, 规范性). Versioned on its own, so that
 * the list of requirements can grow without breaking the report's contract.
 */
export const CHECKLIST_VERSION = 1;
export const CHECKLIST_GROUPS = ['completeness', 'detail', 'consistency', 'form'] as const;
export type ChecklistGroup = (typeof CHECKLIST_GROUPS)[number];
/** ✓, ✗, does not apply to this document, or could not be judged (not read, not run). */
export const CHECKLIST_STATUSES = ['pass', 'fail', 'na', 'unchecked'] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];

export const ChecklistItemSchema = z.object({
  /** The requirement (lib/checklist/requirements.ts); its words are the message checklist_label_<camelCaseId>. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  group: z.enum(CHECKLIST_GROUPS),
  status: z.enum(CHECKLIST_STATUSES),
  /** The requirement in words, in the language the report was rendered for. */
  label: z.string(),
  /** Why it is ✗, not applicable or unchecked, in words (and as a message key, for another language). */
  detail: z.string().optional(),
  explain: ExplainSchema.optional(),
  /** Where it fails in the document (a ✗ links to the first). */
  places: z.array(FigureRefSchema),
  /** The findings (indexes into the report's findings) that make it fail. */
  findings: z.array(z.number().int().nonnegative()),
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.object({
  version: z.literal(CHECKLIST_VERSION),
  items: z.array(ChecklistItemSchema),
});
export type Checklist = z.infer<typeof ChecklistSchema>;

export const DocumentReportSchema = z.object({
  source: z.string(),
  detected: z.boolean(),
  kind: z.enum(['预算', '决算']).nullable(),
  year: z.number().int().nullable(),
  unit: z.string().nullable(),
  title: z.string(),
  totals: z.partialRecord(z.enum(TOTAL_KEYS), z.string()),
  findings: z.array(FindingSchema),
  stats: z.object({
    figures: z.number().int().nonnegative(),
    relations: z.number().int().nonnegative(),
    checked: z.number().int().nonnegative(),
    unchecked: z.number().int().nonnegative(),
  }),
  /** True when the input was over the size bound and only its beginning was read. */
  truncated: z.boolean(),
  /**
   * Totals the engine checked and found consistent (no error or warning touches the relation): what the
   * extension may tick. Added in contract version 1 without breaking it (older readers ignore it).
   */
  verified: z.array(FigureRefSchema),
  /**
   * Check families that did not run to the end because the extension's time budget for one pass ran
   * out ("not fully checked"). Absent or empty: everything enabled was checked. Added in version 1
   * without breaking it.
   */
  unfinished: z.array(z.string()).optional(),
  /** What the disclosure must contain and say (see ChecklistSchema). Added in version 1 without breaking it. */
  checklist: ChecklistSchema.optional(),
});
export type DocumentReport = z.infer<typeof DocumentReportSchema>;

export const AuditOutputSchema = z.object({
  version: z.literal(REPORT_VERSION),
  documents: z.array(DocumentReportSchema),
  errors: z.array(z.object({ source: z.string(), message: z.string() })),
});
export type AuditOutput = z.infer<typeof AuditOutputSchema>;
