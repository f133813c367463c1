/** The panel's and the options page's requests to the background, which alone reads and writes the history. */
import { browser } from 'wxt/browser';
import { i18n } from '../../components/i18n';
import { HistoryResultSchema, type HistoryRequest, type HistoryResult } from './history-requests';
import { HISTORY_KEY, NOTICES_KEY, QUARANTINE_KEY } from '../../lib/history/store';

export async function askHistory(request: HistoryRequest): Promise<HistoryResult> {
  try {
    const parsed = HistoryResultSchema.safeParse(await browser.runtime.sendMessage(request));
    return parsed.success ? parsed.data : { ok: false, message: i18n.t('ui.options.badAnswer') };
  } catch (error) {
    return { ok: false, message: i18n.t('ui.options.noConnection', { error: error instanceof Error ? error.message : String(error) }) };
  }
}

/** Calls back (at most every 300 ms) when the stored history changes. */
export function watchHistory(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(HISTORY_KEY in changes || NOTICES_KEY in changes || QUARANTINE_KEY in changes)) return;
    clearTimeout(timer);
    timer = setTimeout(callback, 300);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}
