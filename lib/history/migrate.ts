/**
 * Reading whatever is stored under the history key, from any version, into the current format.
 *
 * Version 0 is the first release's format: `{ documents: [...] }` with no version field, each document
 * with a numeric time and its totals only (no unit key, no key figures, error and warning counts as
 * two fields). Each migration takes one stored document of version n to version n + 1; a document
 * that fails its version's schema is set aside, never dropped silently and never allowed to break the
 * others.
 */
import { z } from 'zod';
import { TOTAL_KEYS } from '../report';
import { HISTORY_VERSION, HistoryRecordSchema, type HistoryRecord, type SetAsideReason } from './record';
import { unitKey } from './unit-key';

export const V0RecordSchema = z.object({
  url: z.string().min(1),
  title: z.string(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  kind: z.enum(['预算', '决算']).nullable(),
  readAt: z.number().finite().nonnegative(),
  totals: z.record(z.string(), z.string()),
  errors: z.number().int().nonnegative().optional(),
  warnings: z.number().int().nonnegative().optional(),
});
export type V0Record = z.infer<typeof V0RecordSchema>;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** v0 → v1. Totals stay as they were; there are no key figures to compare until the page is read again. */
function v0ToV1(raw: unknown): unknown {
  const old = V0RecordSchema.parse(raw);
  const totals = Object.fromEntries(Object.entries(old.totals).filter(([key, value]) => (TOTAL_KEYS as readonly string[]).includes(key) && DECIMAL.test(value)));
  return {
    url: old.url,
    title: old.title,
    unit: old.unit,
    unitKey: unitKey(old.unit),
    year: old.year,
    kind: old.kind,
    readAt: new Date(old.readAt).toISOString(),
    totals,
    figures: [],
    findings: { error: old.errors ?? 0, warning: old.warnings ?? 0, info: 0 },
  };
}

/** MIGRATIONS[n] takes a document of version n to version n + 1. */
const MIGRATIONS: ReadonlyArray<(raw: unknown) => unknown> = [v0ToV1];

/** Oldest first. */
export function byReadAt(a: { readAt: string }, b: { readAt: string }): number {
  return Date.parse(a.readAt) - Date.parse(b.readAt);
}

export interface SetAside {
  /** Why, as data: ./words.ts says it in the reader's language. */
  reason: SetAsideReason;
  data: unknown;
}

export interface ReadResult {
  documents: HistoryRecord[];
  setAside: SetAside[];
  /** The stored value must be written back (it was migrated or something was set aside). */
  changed: boolean;
  /** The version found, when it was older than the current one. */
  migratedFrom: number | null;
}

/** Where and what, from a schema's error (path '' is the record as a whole); neither when unknown. */
function describeIssue(error: unknown): { path?: string; problem?: string } {
  if (error instanceof z.ZodError) {
    const issue = error.issues[0];
    return issue ? { path: issue.path.map(String).join('.').slice(0, 200), problem: issue.message.slice(0, 300) } : {};
  }
  return { problem: (error instanceof Error ? error.message : String(error)).slice(0, 300) };
}

function storedVersion(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const record = raw as { version?: unknown; documents?: unknown };
  if (!Array.isArray(record.documents)) return null;
  if (record.version === undefined) return 0;
  return typeof record.version === 'number' && Number.isInteger(record.version) && record.version >= 0 ? record.version : null;
}

/** Brings one document from `version` to the current version, or throws. */
export function migrateDocument(raw: unknown, version: number): HistoryRecord {
  let value = raw;
  for (let v = version; v < HISTORY_VERSION; v++) value = MIGRATIONS[v]!(value);
  return HistoryRecordSchema.parse(value);
}

export function readStored(raw: unknown): ReadResult {
  if (raw === undefined) return { documents: [], setAside: [], changed: false, migratedFrom: null };
  const version = storedVersion(raw);
  if (version === null) {
    return { documents: [], setAside: [{ reason: { code: 'unrecognised' }, data: raw }], changed: true, migratedFrom: null };
  }
  if (version > HISTORY_VERSION) {
    return { documents: [], setAside: [{ reason: { code: 'newerVersion', version }, data: raw }], changed: true, migratedFrom: null };
  }
  const documents: HistoryRecord[] = [];
  const setAside: SetAside[] = [];
  const stored = (raw as { documents: unknown[] }).documents;
  stored.forEach((document, i) => {
    try {
      documents.push(migrateDocument(document, version));
    } catch (error) {
      setAside.push({ reason: { code: 'unreadableRecord', position: i + 1, ...describeIssue(error) }, data: document });
    }
  });
  // One address, one record: a duplicate (hand-edited storage) keeps the later reading.
  const byUrl = new Map<string, HistoryRecord>();
  for (const document of documents) {
    const existing = byUrl.get(document.url);
    if (!existing || Date.parse(existing.readAt) <= Date.parse(document.readAt)) byUrl.set(document.url, document);
  }
  const unique = [...byUrl.values()].sort(byReadAt);
  const changed = version !== HISTORY_VERSION || setAside.length > 0 || unique.length !== documents.length;
  return { documents: unique, setAside, changed, migratedFrom: version !== HISTORY_VERSION ? version : null };
}
