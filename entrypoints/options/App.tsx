/**
 * The options page: everything the extension keeps, and control over it. The saved documents by unit
 * and year (open the source, delete one or all), export to a versioned JSON file, import such a file
 * (checked before anything is written), and whatever was set aside as unreadable.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { HistoryNotices } from '../../components/HistoryNotices';
import { i18n, n, UI_LANG, UI_WORDS } from '../../components/i18n';
import { kindLabel } from '../../lib/export/words';
import { readableTime } from '../../lib/export/words';
import { parseHistoryFile } from '../../lib/history/import-file';
import { importErrorText, setAsideText } from '../../lib/history/words';
import { groupByUnit } from '../../lib/history/series';
import { historyFile } from '../../lib/history/store';
import { askHistory, watchHistory } from '../shared/history-client';
import type { HistoryRequest, HistoryView } from '../shared/history-requests';

function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${n(Math.max(1, Math.round(bytes / 1024)))} KB` : `${n((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** A unit's name as read from its documents; a placeholder when none was recognised. */
function unitName(group: { records: ReadonlyArray<{ unit: string | null }> }): string {
  return group.records.find((record) => record.unit)?.unit ?? i18n.t('ui.options.unknownUnit');
}

export function OptionsApp() {
  const [view, setView] = useState<HistoryView | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [generation, setGeneration] = useState(0);

  useEffect(() => watchHistory(() => setGeneration((g) => g + 1)), []);
  useEffect(() => {
    void askHistory({ type: 'suanpan:history-get' }).then((result) => {
      if (result.view) setView(result.view);
      else setMessage({ text: result.message, error: true });
    });
  }, [generation]);

  const act = useCallback(async (request: HistoryRequest) => {
    const result = await askHistory(request);
    if (result.view) setView(result.view);
    if (result.message) setMessage({ text: result.message, error: !result.ok });
    return result.ok;
  }, []);

  const exportAll = () => {
    if (!view) return;
    download(`${JSON.stringify(historyFile(view.documents, new Date()), null, 2)}\n`, i18n.t('ui.options.historyFile', { day: today() }));
    setMessage({ text: i18n.t('ui.options.exported', { count: n(view.documents.length) }), error: false });
  };

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const parsed = parseHistoryFile(await chosen.text());
    if (!parsed.ok) {
      setMessage({ text: importErrorText(UI_WORDS, parsed.error), error: true });
      return;
    }
    await act({ type: 'suanpan:history-import', file: parsed.file });
  };

  const exportQuarantine = () => {
    if (!view) return;
    download(`${JSON.stringify({ format: 'suanpan-quarantine', exportedAt: new Date().toISOString(), entries: view.quarantine }, null, 2)}\n`, i18n.t('ui.options.quarantineFile', { day: today() }));
  };

  const groups = view ? groupByUnit(view.documents) : [];
  const bytes = view ? new TextEncoder().encode(JSON.stringify(view.documents)).length : 0;
  return (
    <main class="options" lang={UI_LANG}>
      <h1>{i18n.t('ui.options.title')}</h1>
      <p class="privacy">
        {i18n.t('ui.options.privacy')}
      </p>
      {view && (
        <HistoryNotices notices={view.notices} onDismiss={() => void act({ type: 'suanpan:history-dismiss-notices' })} />
      )}
      <section class="actions" aria-label={i18n.t('ui.options.actions')}>
        <button type="button" class="copy" onClick={exportAll} disabled={!view}>
          {i18n.t('ui.options.exportAll')}
        </button>
        <label class="copy file-button">
          {i18n.t('ui.options.import')}
          <input type="file" accept=".json,application/json" class="sr-only" onChange={(e) => void importFile(e.currentTarget)} aria-label={i18n.t('ui.options.importLabel')} />
        </label>
        {!confirmClear ? (
          <button type="button" class="copy danger" onClick={() => setConfirmClear(true)} disabled={!view || view.documents.length === 0}>
            {i18n.t('ui.options.clearAll')}
          </button>
        ) : (
          <span class="confirm">
            {i18n.t('ui.options.confirmClear', { count: n(view?.documents.length ?? 0) })}
            <button
              type="button"
              class="copy danger"
              onClick={() => {
                setConfirmClear(false);
                void act({ type: 'suanpan:history-clear' });
              }}
            >
              {i18n.t('ui.options.confirm')}
            </button>
            <button type="button" class="copy" onClick={() => setConfirmClear(false)}>
              {i18n.t('ui.options.cancel')}
            </button>
          </span>
        )}
      </section>
      {message && (
        <p class={message.error ? 'message message-error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {view && (
        <p class="summary">
          {i18n.t('ui.options.summary', { count: n(view.documents.length), size: sizeText(bytes), limit: n(view.limits.documents), limitSize: sizeText(view.limits.bytes) })}
        </p>
      )}
      {view && view.documents.length === 0 && <p class="empty">{i18n.t('ui.options.empty')}</p>}
      {groups.map((group) => (
        <section key={group.unitKey || group.records[0]!.url} class="unit-group" aria-label={unitName(group)}>
          <h2>{unitName(group)}</h2>
          <table class="records">
            <thead>
              <tr>
                <th scope="col">{i18n.t('ui.options.year')}</th>
                <th scope="col">{i18n.t('ui.options.kind')}</th>
                <th scope="col">{i18n.t('ui.options.titleColumn')}</th>
                <th scope="col">{i18n.t('ui.options.readAt')}</th>
                <th scope="col">{i18n.t('ui.options.counts')}</th>
                <th scope="col">
                  <span class="sr-only">{i18n.t('ui.options.operations')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.records.map((record) => (
                <tr key={record.url} data-url={record.url}>
                  <td>{record.year ?? '—'}</td>
                  <td>{record.kind ? kindLabel(UI_WORDS, record.kind) : '—'}</td>
                  <td>
                    <a href={record.url} target="_blank" rel="noreferrer">
                      {record.title || record.url}
                    </a>
                  </td>
                  <td>{readableTime(new Date(record.readAt))}</td>
                  <td>
                    {n(record.findings.error)} / {n(record.findings.warning)} / {n(record.findings.info)}
                  </td>
                  <td>
                    <button type="button" class="copy" onClick={() => void act({ type: 'suanpan:history-delete', urls: [record.url] })} aria-label={i18n.t('ui.options.deleteLabel', { title: record.title })}>
                      {i18n.t('ui.options.delete')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      {view && view.quarantine.length > 0 && (
        <section class="quarantine" aria-labelledby="quarantine-title">
          <h2 id="quarantine-title">{i18n.t('ui.options.quarantineTitle', { count: n(view.quarantine.length) })}</h2>
          <p>{i18n.t('ui.options.quarantineText')}</p>
          <ul>
            {view.quarantine.map((entry, i) => (
              <li key={i}>
                {i18n.t('ui.options.quarantineEntry', {
                  time: readableTime(new Date(entry.at)),
                  reason: setAsideText(UI_WORDS, entry.reason),
                  size: sizeText(entry.data.length),
                  truncated: entry.truncated ? i18n.t('ui.options.quarantineTruncated') : '',
                })}
              </li>
            ))}
          </ul>
          <button type="button" class="copy" onClick={exportQuarantine}>
            {i18n.t('ui.options.exportQuarantine')}
          </button>
          <button type="button" class="copy danger" onClick={() => void act({ type: 'suanpan:history-clear-quarantine' })}>
            {i18n.t('ui.options.clearQuarantine')}
          </button>
        </section>
      )}
    </main>
  );
}
