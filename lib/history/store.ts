/**
 * The saved history in extension storage (storage.local), behind an injected storage area so that
 * it runs in Node tests as it runs in the background. One writer: the background calls these, one at
 * a time (every change goes through `serial`), so two tabs finishing at once cannot lose a record.
 *
 * Keys: `history` (the records, versioned), `historyNotices` (what the user must be told),
 * `historyQuarantine` (whatever could not be read, set aside for the user to see, export or delete).
 */
import { z } from 'zod';
import { byReadAt, readStored } from './migrate';
import { HISTORY_VERSION, HistoryNoticeSchema, HistoryRecordSchema, StoredReasonSchema, type HistoryFile, type HistoryNotice, type HistoryRecord } from './record';

export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const HISTORY_KEY = 'history';
export const NOTICES_KEY = 'historyNotices';
export const QUARANTINE_KEY = 'historyQuarantine';

/** storage.local holds 10 MB in Chrome; the history keeps well under it, oldest readings dropped first. */
export const DEFAULT_LIMITS = { documents: 500, bytes: 4 * 1024 * 1024 };
export type Limits = typeof DEFAULT_LIMITS;

const MAX_NOTICES = 20;
const MAX_QUARANTINE = 10;
/** A notice names at most this many dropped documents, and this many reasons (its count says how many in all). */
const NOTICE_TITLES = 10;
const NOTICE_REASONS = 20;
/** A quarantined value is kept as text, cut to this many characters (it may be anything, of any size). */
const MAX_QUARANTINED_CHARS = 256 * 1024;

export const QuarantineEntrySchema = z.object({
  at: z.string(),
  /** A code and its values (./words.ts says it); entries set aside by earlier versions: a Chinese sentence. */
  reason: StoredReasonSchema,
  /** The value as JSON text (cut when very long). */
  data: z.string(),
  truncated: z.boolean(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntrySchema>;

export interface HistoryState {
  documents: HistoryRecord[];
  notices: HistoryNotice[];
  quarantine: QuarantineEntry[];
}

function bytesOf(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}

/** Drops the oldest records until both bounds hold. `documents` is oldest first. */
export function enforceLimits(documents: HistoryRecord[], limits: Limits): { kept: HistoryRecord[]; dropped: HistoryRecord[] } {
  const sorted = [...documents].sort(byReadAt);
  let start = Math.max(0, sorted.length - limits.documents);
  const sizes = sorted.map(bytesOf);
  let total = sizes.slice(start).reduce((a, b) => a + b, 0);
  while (start < sorted.length && total > limits.bytes) total -= sizes[start++]!;
  return { kept: sorted.slice(start), dropped: sorted.slice(0, start) };
}

function asText(value: unknown): { data: string; truncated: boolean } {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > MAX_QUARANTINED_CHARS ? { data: text.slice(0, MAX_QUARANTINED_CHARS), truncated: true } : { data: text, truncated: false };
}

function parseList<T>(schema: z.ZodType<T>, value: unknown): T[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = schema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export class HistoryStorage {
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * The records last read or written, with the stored value's JSON text: when storage still holds
   * that text they are reused instead of validated again (a few hundred records take ~100 ms to check,
   * and every page read needs them). Keyed by content, so a change from anywhere is always seen.
   */
  private cache: { text: string; documents: HistoryRecord[] } | null = null;

  constructor(
    private readonly area: StorageAreaLike,
    private readonly limits: Limits = DEFAULT_LIMITS,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Runs changes one after another (a failed one does not stop the next). */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Reads everything, migrating old formats and setting aside what cannot be read (and telling the
   * user). Read-only callers go through here too, so damage is repaired wherever it is first seen.
   */
  load(): Promise<HistoryState> {
    return this.serial(() => this.loadNow());
  }

  private async loadNow(): Promise<HistoryState> {
    const stored = await this.area.get([HISTORY_KEY, NOTICES_KEY, QUARANTINE_KEY]);
    const notices = parseList(HistoryNoticeSchema, stored[NOTICES_KEY]);
    const quarantine = parseList(QuarantineEntrySchema, stored[QUARANTINE_KEY]);
    const text = JSON.stringify(stored[HISTORY_KEY]) ?? '';
    if (this.cache?.text === text) return { documents: this.cache.documents, notices, quarantine };
    const read = readStored(stored[HISTORY_KEY]);
    if (!read.changed) {
      this.cache = { text, documents: read.documents };
      return { documents: read.documents, notices, quarantine };
    }
    const at = this.now().toISOString();
    for (const item of read.setAside) quarantine.push({ at, reason: item.reason, ...asText(item.data) });
    if (read.setAside.length > 0) {
      notices.push({ kind: 'quarantined', at, count: read.setAside.length, detail: { code: 'quarantined', reasons: read.setAside.slice(0, NOTICE_REASONS).map((s) => s.reason) } });
    }
    return this.write(read.documents, notices, quarantine);
  }

  private async write(documents: HistoryRecord[], notices: HistoryNotice[], quarantine: QuarantineEntry[]): Promise<HistoryState> {
    const { kept, dropped } = enforceLimits(documents, this.limits);
    if (dropped.length > 0) {
      notices.push({
        kind: 'dropped',
        at: this.now().toISOString(),
        count: dropped.length,
        detail: {
          code: 'dropped',
          limit: this.limits.documents,
          megabytes: Math.round(this.limits.bytes / 1024 / 1024),
          titles: dropped.slice(0, NOTICE_TITLES).map((d) => (d.title || d.url).slice(0, 200)),
        },
      });
    }
    const state = { documents: kept, notices: notices.slice(-MAX_NOTICES), quarantine: quarantine.slice(-MAX_QUARANTINE) };
    const value = { version: HISTORY_VERSION, documents: state.documents };
    this.cache = null;
    await this.area.set({ [HISTORY_KEY]: value, [NOTICES_KEY]: state.notices, [QUARANTINE_KEY]: state.quarantine });
    this.cache = { text: JSON.stringify(value), documents: state.documents };
    return state;
  }

  /** Saves a reading of a page (replacing an earlier reading of the same address). Returns false when nothing changed. */
  save(record: HistoryRecord, sameAs?: (existing: HistoryRecord) => boolean): Promise<boolean> {
    const valid = HistoryRecordSchema.parse(record);
    return this.serial(async () => {
      const state = await this.loadNow();
      const existing = state.documents.find((d) => d.url === valid.url);
      if (existing && sameAs?.(existing)) return false;
      await this.write([...state.documents.filter((d) => d.url !== valid.url), valid], state.notices, state.quarantine);
      return true;
    });
  }

  /** Changes the stored record of one address, if there is one. */
  update(url: string, change: (existing: HistoryRecord) => HistoryRecord | null): Promise<boolean> {
    return this.serial(async () => {
      const state = await this.loadNow();
      const existing = state.documents.find((d) => d.url === url);
      const next = existing ? change(existing) : null;
      if (!next) return false;
      const valid = HistoryRecordSchema.parse(next);
      await this.write(state.documents.map((d) => (d.url === url ? valid : d)), state.notices, state.quarantine);
      return true;
    });
  }

  remove(urls: readonly string[]): Promise<number> {
    const gone = new Set(urls);
    return this.serial(async () => {
      const state = await this.loadNow();
      const kept = state.documents.filter((d) => !gone.has(d.url));
      await this.write(kept, state.notices, state.quarantine);
      return state.documents.length - kept.length;
    });
  }

  /** Deletes every record (the notices and the quarantine stay until dismissed or deleted). */
  clear(): Promise<void> {
    return this.serial(async () => {
      const state = await this.loadNow();
      await this.write([], state.notices, state.quarantine);
    });
  }

  /**
   * Adds the records of an export file (already validated): a record of an address already saved
   * replaces it only when it was read later. Returns how many were added and replaced.
   */
  import(file: HistoryFile): Promise<{ added: number; replaced: number; unchanged: number }> {
    return this.serial(async () => {
      const state = await this.loadNow();
      const byUrl = new Map(state.documents.map((d) => [d.url, d]));
      let added = 0;
      let replaced = 0;
      let unchanged = 0;
      for (const record of file.documents) {
        const existing = byUrl.get(record.url);
        if (!existing) added++;
        else if (Date.parse(record.readAt) > Date.parse(existing.readAt)) replaced++;
        else {
          unchanged++;
          continue;
        }
        byUrl.set(record.url, record);
      }
      await this.write([...byUrl.values()], state.notices, state.quarantine);
      return { added, replaced, unchanged };
    });
  }

  dismissNotices(): Promise<void> {
    return this.serial(() => this.area.set({ [NOTICES_KEY]: [] }));
  }

  clearQuarantine(): Promise<void> {
    return this.serial(() => this.area.set({ [QUARANTINE_KEY]: [] }));
  }
}

/** The export file of every saved record. */
export function historyFile(documents: HistoryRecord[], now: Date): HistoryFile {
  return { format: 'suanpan-history', version: HISTORY_VERSION, exportedAt: now.toISOString(), documents };
}
