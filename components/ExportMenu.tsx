/**
 * Export of the page's report: Markdown (for an article or a complaint), CSV (for a spreadsheet) and
 * JSON (versioned), as files or to the clipboard. Every finding carries the address, the time read
 * and its figures quoted in their clause (lib/export).
 */
import { useState } from 'preact/hooks';
import { toCsv, toJson, toMarkdown, type ExportItem } from '../lib/export';
import { kindSlot } from '../lib/export/words';
import type { DocumentReport } from '../lib/report';
import { i18n, UI_WORDS } from './i18n';

type Format = 'md' | 'csv' | 'json';
const TYPES: Record<Format, string> = { md: 'text/markdown;charset=utf-8', csv: 'text/csv;charset=utf-8', json: 'application/json;charset=utf-8' };

function render(format: Format, item: ExportItem, includeInfo: boolean): string {
  if (format === 'md') return toMarkdown([item], { includeInfo, words: UI_WORDS });
  if (format === 'csv') return toCsv([item], { includeInfo, words: UI_WORDS });
  return toJson([item], new Date());
}

/** A file name that works on every system: the unit, the year and kind, the date. */
export function exportFileName(report: DocumentReport, readAt: Date, format: Format): string {
  const day = `${readAt.getFullYear()}${String(readAt.getMonth() + 1).padStart(2, '0')}${String(readAt.getDate()).padStart(2, '0')}`;
  const year = report.year ? i18n.t('ui.export.fileYear', { year: String(report.year) }) : '';
  const kind = report.kind ? (kindSlot(report.kind) === 'budget' ? i18n.t('ui.export.fileKind.budget') : i18n.t('ui.export.fileKind.final')) : '';
  const name = [report.unit ?? i18n.t('ui.export.fileUnit'), year, kind].join('').replace(/[\\/:*?"<>|\s]+/g, '');
  return `${i18n.t('ui.export.fileName', { name: name.slice(0, 60), day })}.${format}`;
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
      setStatus(i18n.t('ui.export.generated', { format: format === 'md' ? 'Markdown' : format.toUpperCase() }));
    } catch (error) {
      setStatus(i18n.t('ui.export.failed', { error: error instanceof Error ? error.message : String(error) }));
    }
  };
  const copy = () => {
    navigator.clipboard.writeText(render('md', item, includeInfo)).then(
      () => setStatus(i18n.t('ui.export.copied')),
      () => setStatus(i18n.t('ui.export.clipboardFailed')),
    );
  };
  return (
    <section class="export" aria-label={i18n.t('ui.export.label')}>
      <span class="export-label">{i18n.t('ui.export.prefix', { info: includeInfo ? i18n.t('ui.export.withInfo') : '' })}</span>
      <button type="button" class="copy" onClick={() => save('md')}>
        Markdown
      </button>
      <button type="button" class="copy" onClick={() => save('csv')}>
        {i18n.t('ui.export.csv')}
      </button>
      <button type="button" class="copy" onClick={() => save('json')}>
        JSON
      </button>
      <button type="button" class="copy" onClick={copy}>
        {i18n.t('ui.export.copyMarkdown')}
      </button>
      <p class="export-status" role="status">
        {status}
      </p>
    </section>
  );
}
