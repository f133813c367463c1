/**
 * Export of the page's report: Markdown (for an article or a complaint), CSV (for a spreadsheet) and
 * JSON (versioned), as files or to the clipboard. Every finding carries the address, the time read
 * and its figures quoted in their clause (lib/export).
 */
import { useState } from 'preact/hooks';
import { toCsv, toJson, toMarkdown, type ExportItem } from '../lib/export';
import type { DocumentReport } from '../lib/report';

type Format = 'md' | 'csv' | 'json';
const TYPES: Record<Format, string> = { md: 'text/markdown;charset=utf-8', csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' };

function render(format: Format, item: ExportItem, includeInfo: boolean): string {
  if (format === 'md') return toMarkdown([item], { includeInfo });
  if (format === 'csv') return toCsv([item], { includeInfo });
  return toJson([item], new Date());
}

/** A file name that works on every system: the unit, the year and kind, the date. */
export function exportFileName(report: DocumentReport, readAt: Date, format: Format): string {
  const day = `${readAt.getFullYear()}${String(readAt.getMonth() + 1).padStart(2, '0')}${String(readAt.getDate()).padStart(2, '0')}`;
  const name = [report.unit ?? '未识别单位', report.year ? `${report.year}年` : '', report.kind ?? ''].join('').replace(/[\\/:*?"<>|\s]+/g, '');
  return `算盘-${name.slice(0, 60)}-${day}.${format}`;
}

function download(text: string, name: string, type: string): void {
  // The CSV starts with a byte-order mark already (toCsv): Excel needs it to read UTF-8.
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportMenu({ report, url, readAt, includeInfo }: { report: DocumentReport; url: string; readAt: Date; includeInfo: boolean }) {
  const [status, setStatus] = useState('');
  const item: ExportItem = { url, readAt, report };
  const save = (format: Format) => {
    try {
      download(render(format, item, includeInfo), exportFileName(report, readAt, format), TYPES[format]);
      setStatus(`已生成 ${format === 'md' ? 'Markdown' : format.toUpperCase()} 文件。`);
    } catch (error) {
      setStatus(`导出失败：${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const copy = () => {
    navigator.clipboard.writeText(render('md', item, includeInfo)).then(
      () => setStatus('已复制 Markdown 到剪贴板。'),
      () => setStatus('无法写入剪贴板。'),
    );
  };
  return (
    <section class="export" aria-label="导出本页结果">
      <span class="export-label">导出{includeInfo ? '（含提示）' : ''}：</span>
      <button type="button" class="copy" onClick={() => save('md')}>
        Markdown
      </button>
      <button type="button" class="copy" onClick={() => save('csv')}>
        CSV（Excel）
      </button>
      <button type="button" class="copy" onClick={() => save('json')}>
        JSON
      </button>
      <button type="button" class="copy" onClick={copy}>
        复制 Markdown
      </button>
      <p class="export-status" role="status">
        {status}
      </p>
    </section>
  );
}
