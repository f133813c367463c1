/**
 * The background's side of the history: the only code that writes it.
 *
 *  - After each audit of a detected page the content script's state message carries the report: the
 *    reading is saved (address, title, unit, year, kind, totals, finding counts) even when nothing
 *    else arrives.
 *  - The content script may also send the page's prose (history-link.ts): then the key figures are
 *    read from it and saved too, the page is compared with the saved documents of its unit, and the
 *    cross-document findings go back to the page.
 *  - The panel and the options page read the history and ask for changes (history-requests.ts); only
 *    extension pages may.
 *
 * The page sends its prose only after it has painted; the state message comes before it paints, so
 * the saving it triggers waits a moment (on a machine with few cores the background's work competes
 * with the page's). A wait is dropped when the history is emptied meanwhile: a reading pending at that
 * moment must not come back after the user deleted everything.
 */
import { browser } from 'wxt/browser';
import { i18n, n } from '../../components/i18n';
import { recordFromReport, sameReport } from '../../lib/history/build-record';
import { crossDocumentFindings, hasCounterpart } from '../../lib/history/compare';
import { blocksFromTexts, fromStored, keyFiguresOf } from '../../lib/history/key-figures';
import type { HistoryRecord } from '../../lib/history/record';
import { DEFAULT_LIMITS, HISTORY_KEY, HistoryStorage, type HistoryState, type StorageAreaLike } from '../../lib/history/store';
import { unitKey } from '../../lib/history/unit-key';
import { describeInBrowser } from './describe';
import { AUDITED_MESSAGE, type HistoryAnswer } from './history-messages';
import { AuditedSchema, HistoryRequestSchema, type HistoryRequest, type HistoryResult, type HistoryView } from './history-requests';
import { STATE_MESSAGE } from './messages';
import { ContentStateSchema } from './state';

/** A page read again within this time, with the same result, is not written again (live pages re-audit often). */
const REREAD_MS = 10 * 60 * 1000;
/** Time for the page to place and paint its marks before the background saves what the state message says. */
const AFTER_PAINT_MS = 1000;

interface Sender {
  tab?: { id?: number };
  url?: string;
}

function view(state: HistoryState, unit: string | null | undefined): HistoryView {
  const key = unit === undefined ? null : unitKey(unit);
  const documents = key === null ? state.documents : key === '' ? [] : state.documents.filter((d) => d.unitKey === key);
  return { documents, notices: state.notices, quarantine: state.quarantine, total: state.documents.length, limits: DEFAULT_LIMITS };
}

export function installHistory(): void {
  const storage = new HistoryStorage(browser.storage.local as unknown as StorageAreaLike);
  const extensionOrigin = browser.runtime.getURL('/');
  const viewerPage = browser.runtime.getURL('/viewer.html');
  // The PDF viewer is an extension page that audits a document as a content script does: its state and
  // its audited reports go to the history like a page's. Every other extension page only reads it.
  const fromViewer = (sender: Sender) => typeof sender.url === 'string' && sender.url.startsWith(viewerPage);
  const fromExtensionPage = (sender: Sender) => typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin) && !fromViewer(sender);

  /** Bumped when the history is emptied: waiting saves from before then are dropped. */
  let epoch = 0;
  const later = (task: () => Promise<unknown>) => {
    const scheduled = epoch;
    setTimeout(() => void (scheduled === epoch ? task() : Promise.resolve()).catch(() => undefined), AFTER_PAINT_MS);
  };
  browser.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && HISTORY_KEY in changes && changes[HISTORY_KEY]!.newValue === undefined) epoch++;
  });

  async function saveFromState(raw: unknown): Promise<void> {
    const parsed = ContentStateSchema.safeParse(raw);
    if (!parsed.success || parsed.data.status !== 'done' || !parsed.data.report?.detected) return;
    const { url, title, report } = parsed.data;
    const record = recordFromReport(url, title, report, [], new Date());
    // Same facts as saved (typically just saved from the page's prose, with key figures): keep that.
    await storage.save(record, (existing) => sameReport(existing, record));
  }

  function saveReading(record: HistoryRecord, now: Date): Promise<boolean> {
    const figures = JSON.stringify(record.figures);
    return storage.save(record, (existing) => sameReport(existing, record) && JSON.stringify(existing.figures) === figures && now.getTime() - Date.parse(existing.readAt) < REREAD_MS);
  }

  async function audited(raw: unknown): Promise<HistoryAnswer> {
    const message = AuditedSchema.parse(raw);
    const now = new Date();
    const read = () => {
      const figures = keyFiguresOf(blocksFromTexts(message.texts), message.report.kind);
      return { figures, record: recordFromReport(message.url, message.title, message.report, figures, now) };
    };
    const { documents } = await storage.load();
    const page = { url: message.url, unitKey: unitKey(message.report.unit), year: message.report.year, kind: message.report.kind };
    const { figures, record } = read();
    // Saved after the answer is computed, in the store's queue (the page is already painted).
    const saving = () => void saveReading(record, now).catch(() => undefined);
    if (!hasCounterpart(page, documents)) {
      saving();
      return { findings: [] };
    }
    const counterparts = documents.filter((d) => d.unitKey === page.unitKey && d.url !== page.url).map((d) => ({ ...d, figures: fromStored(d.figures) }));
    const findings = crossDocumentFindings({ ...record, figures }, counterparts, describeInBrowser);
    saving();
    return { findings };
  }

  async function handle(request: HistoryRequest): Promise<HistoryResult> {
    switch (request.type) {
      case 'suanpan:history-get':
        return { ok: true, message: '', view: view(await storage.load(), request.unit) };
      case 'suanpan:history-delete': {
        const removed = await storage.remove(request.urls);
        return { ok: true, message: i18n.t('ui.options.deleted', { count: n(removed) }), view: view(await storage.load(), undefined) };
      }
      case 'suanpan:history-clear':
        epoch++;
        await storage.clear();
        return { ok: true, message: i18n.t('ui.options.cleared'), view: view(await storage.load(), undefined) };
      case 'suanpan:history-import': {
        const { added, replaced, unchanged } = await storage.import(request.file);
        const parts = [i18n.t('ui.options.importAdded', { count: n(added) }), i18n.t('ui.options.importReplaced', { count: n(replaced) })];
        if (unchanged > 0) parts.push(i18n.t('ui.options.importUnchanged', { count: n(unchanged) }));
        return { ok: true, message: i18n.t('ui.options.imported', { parts: parts.join(i18n.t('ui.options.importSeparator')) }), view: view(await storage.load(), undefined) };
      }
      case 'suanpan:history-dismiss-notices':
        await storage.dismissNotices();
        return { ok: true, message: '', view: view(await storage.load(), undefined) };
      case 'suanpan:history-clear-quarantine':
        await storage.clearQuarantine();
        return { ok: true, message: i18n.t('ui.options.quarantineCleared'), view: view(await storage.load(), undefined) };
    }
  }

  browser.runtime.onMessage.addListener((raw: unknown, sender: Sender) => {
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === STATE_MESSAGE) {
      if (!fromExtensionPage(sender)) later(() => saveFromState(raw));
      return undefined;
    }
    if (type === AUDITED_MESSAGE) {
      if (fromExtensionPage(sender)) return undefined;
      return audited(raw).catch(() => ({ findings: [] }));
    }
    if (typeof type === 'string' && type.startsWith('suanpan:history-')) {
      if (!fromExtensionPage(sender)) return undefined;
      const request = HistoryRequestSchema.safeParse(raw);
      if (!request.success) return Promise.resolve({ ok: false, message: i18n.t('ui.options.badRequest') } satisfies HistoryResult);
      return handle(request.data).catch((error: unknown) => ({ ok: false, message: i18n.t('ui.options.failed', { error: error instanceof Error ? error.message : String(error) }) }) satisfies HistoryResult);
    }
    return undefined;
  });
}
