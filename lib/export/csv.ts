/**
 * Findings as CSV, one row per finding, made to open correctly in Excel with Chinese text: UTF-8 with a
 * byte-order mark (without it Excel reads the file as the local code page), CRLF line ends, every field
 * quoted. The difference is a plain signed number in every row, its unit (万元, 分, 个百分点) in a
 * column of its own. A field that a spreadsheet would run as a formula (=, +, -, @ before text) gets a leading
 * apostrophe: page text must never become a formula on the reader's machine.
 */
import type { ExportOptions } from './markdown';
import type { ExportItem } from './report-file';
import { findingWords } from '../i18n/finding';
import { kindLabel, numberText, readableTime, say, type Words } from './words';

/** The columns, by message name (export_csv_<name>): the header row is in the reader's language. */
export const CSV_COLUMNS = ['address', 'readAt', 'title', 'unit', 'year', 'kind', 'index', 'severity', 'check', 'message', 'expected', 'actual', 'difference', 'differenceUnit', 'figures', 'quotes', 'table'] as const;

export function csvHeader(words: Words): string[] {
  return CSV_COLUMNS.map((column) => say(words, `export_csv_${column}`));
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

function row(fields: Array<string | number | null | undefined>): string {
  return fields.map(csvField).join(',');
}

export function toCsv(items: readonly ExportItem[], options: ExportOptions): string {
  const { words } = options;
  const rows = [row(csvHeader(words))];
  for (const item of items) {
    const { report } = item;
    // The document's own facts as read (unit and year as printed); the kind in the reader's words.
    const document = [item.url, readableTime(item.readAt), report.title, report.unit, report.year, report.kind === null ? null : kindLabel(words, report.kind)];
    if (!report.detected && !options.force) {
      rows.push(row([...document, '', '', '', say(words, 'export_notDetected')]));
      continue;
    }
    const findings = report.findings.filter((finding) => options.includeInfo || finding.severity !== 'info');
    if (findings.length === 0) rows.push(row([...document, '', '', '', say(words, 'export_noFindings')]));
    findings.forEach((finding, i) => {
      const view = findingWords(words, finding);
      const value = (role: 'expected' | 'actual') => view.numbers.find((number) => number.role === role)?.value ?? null;
      rows.push(
        row([
          ...document,
          numberText(words, i + 1),
          view.severity,
          view.check,
          view.message,
          value('expected'),
          value('actual'),
          // A plain signed number (a spreadsheet reads it as one) and its unit in the next column.
          view.difference?.number ?? null,
          view.difference?.unit ?? null,
          finding.figures.map((figure) => figure.text).join(say(words, 'export_listSeparator')),
          finding.figures.map((figure) => say(words, 'export_quoted', { quote: figure.quote })).join(say(words, 'export_listSeparator')),
          finding.table,
        ]),
      );
    });
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
