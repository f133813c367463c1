/**
 * Reading a history file chosen by the user. Anything wrong is refused as a whole, with what is wrong
 * and where (as data: ./words.ts importErrorText says it in the reader's language); nothing is
 * imported from a file that fails.
 */
import { HISTORY_FILE_FORMAT, HISTORY_VERSION, HistoryFileSchema, type HistoryFile } from './record';

export type ImportError =
  /** The text is not JSON. */
  | { code: 'notJson' }
  /** JSON, but not a history export (no "format": "suanpan-history"). */
  | { code: 'notHistory' }
  /** A history export of another format version (`found` as JSON text: "2", "undefined"). */
  | { code: 'version'; found: string; supported: number }
  /**
   * The content does not fit the schema: where the first problem is (the schema's path: field names
   * and array indices, from 0) and how many problems there are.
   */
  | { code: 'invalid'; path: Array<string | number>; count: number };

export type ImportResult = { ok: true; file: HistoryFile } | { ok: false; error: ImportError };

export function parseHistoryFile(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: { code: 'notJson' } };
  }
  const head = data as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== HISTORY_FILE_FORMAT) {
    return { ok: false, error: { code: 'notHistory' } };
  }
  if (head.version !== HISTORY_VERSION) {
    return { ok: false, error: { code: 'version', found: String(JSON.stringify(head.version)), supported: HISTORY_VERSION } };
  }
  const parsed = HistoryFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  const issue = parsed.error.issues[0];
  const path = (issue?.path ?? []).map((step) => (typeof step === 'number' ? step : String(step)));
  return { ok: false, error: { code: 'invalid', path, count: parsed.error.issues.length } };
}
