/**
 * The options page: everything the extension keeps, and control over it. The saved documents by unit
 * and year (open the source, delete one or all), export to a versioned JSON file, import such a file
 * (checked before anything is written), and whatever was set aside as unreadable.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { HistoryNotices } from '../../components/HistoryNotices';
import { readableTime } from '../../lib/export/words';
import { parseHistoryFile } from '../../lib/history/import-file';
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
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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
    download(`${JSON.stringify(historyFile(view.documents, new Date()), null, 2)}\n`, `算盘历史记录-${today()}.json`);
    setMessage({ text: `已导出 ${view.documents.length} 份记录。`, error: false });
  };

  const importFile = async (input: HTMLInputElement) => {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    const parsed = parseHistoryFile(await chosen.text());
    if (!parsed.ok) {
      setMessage({ text: parsed.message, error: true });
      return;
    }
    await act({ type: 'suanpan:history-import', file: parsed.file });
  };

  const exportQuarantine = () => {
    if (!view) return;
    download(`${JSON.stringify({ format: 'suanpan-quarantine', exportedAt: new Date().toISOString(), entries: view.quarantine }, null, 2)}\n`, `算盘隔离数据-${today()}.json`);
  };

  const groups = view ? groupByUnit(view.documents) : [];
  const bytes = view ? new TextEncoder().encode(JSON.stringify(view.documents)).length : 0;
  return (
    <main class="options" lang="zh-CN">
      <h1>算盘 · 历史记录</h1>
      <p class="privacy">
        算盘把读过的预算、决算公开页面的要点（地址、标题、单位、年度、总额、关键数字和发现问题的数量，不含网页正文）保存在本机浏览器中，用于历年对比和预算与决算的核对。这些数据不会上传或发送到任何地方；可以在这里查看、导出和删除全部数据。
      </p>
      {view && (
        <HistoryNotices notices={view.notices} onDismiss={() => void act({ type: 'suanpan:history-dismiss-notices' })} />
      )}
      <section class="actions" aria-label="导出与导入">
        <button type="button" class="copy" onClick={exportAll} disabled={!view}>
          导出全部（JSON）
        </button>
        <label class="copy file-button">
          导入…
          <input type="file" accept=".json,application/json" class="sr-only" onChange={(e) => void importFile(e.currentTarget)} aria-label="导入历史记录文件" />
        </label>
        {!confirmClear ? (
          <button type="button" class="copy danger" onClick={() => setConfirmClear(true)} disabled={!view || view.documents.length === 0}>
            删除全部…
          </button>
        ) : (
          <span class="confirm">
            确定删除全部 {view?.documents.length ?? 0} 份记录？
            <button
              type="button"
              class="copy danger"
              onClick={() => {
                setConfirmClear(false);
                void act({ type: 'suanpan:history-clear' });
              }}
            >
              确定删除
            </button>
            <button type="button" class="copy" onClick={() => setConfirmClear(false)}>
              取消
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
          共 {view.documents.length} 份记录，约 {sizeText(bytes)}（上限 {view.limits.documents} 份或 {sizeText(view.limits.bytes)}，超出时删除最早读取的）。
        </p>
      )}
      {view && view.documents.length === 0 && <p class="empty">还没有保存任何记录。用算盘打开预算或决算公开页面后，这里会列出它们。</p>}
      {groups.map((group) => (
        <section key={group.unitKey || group.records[0]!.url} class="unit-group" aria-label={group.unit}>
          <h2>{group.unit}</h2>
          <table class="records">
            <thead>
              <tr>
                <th scope="col">年度</th>
                <th scope="col">类型</th>
                <th scope="col">标题（打开原页面）</th>
                <th scope="col">读取时间</th>
                <th scope="col">错误 / 提醒 / 提示</th>
                <th scope="col">
                  <span class="sr-only">操作</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {group.records.map((record) => (
                <tr key={record.url} data-url={record.url}>
                  <td>{record.year ?? '—'}</td>
                  <td>{record.kind ?? '—'}</td>
                  <td>
                    <a href={record.url} target="_blank" rel="noreferrer">
                      {record.title || record.url}
                    </a>
                  </td>
                  <td>{readableTime(new Date(record.readAt), false)}</td>
                  <td>
                    {record.findings.error} / {record.findings.warning} / {record.findings.info}
                  </td>
                  <td>
                    <button type="button" class="copy" onClick={() => void act({ type: 'suanpan:history-delete', urls: [record.url] })} aria-label={`删除：${record.title}`}>
                      删除
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
          <h2 id="quarantine-title">隔离区：无法读取的数据（{view.quarantine.length}）</h2>
          <p>这些数据不是算盘能读取的格式（可能已损坏，或由其他版本写入），已从历史记录中移出，其余记录照常使用。可以导出保存，或删除。</p>
          <ul>
            {view.quarantine.map((entry, i) => (
              <li key={i}>
                {readableTime(new Date(entry.at), false)}：{entry.reason}（{sizeText(entry.data.length)}
                {entry.truncated ? '，过长部分未保留' : ''}）
              </li>
            ))}
          </ul>
          <button type="button" class="copy" onClick={exportQuarantine}>
            导出隔离的数据
          </button>
          <button type="button" class="copy danger" onClick={() => void act({ type: 'suanpan:history-clear-quarantine' })}>
            删除隔离的数据
          </button>
        </section>
      )}
    </main>
  );
}
