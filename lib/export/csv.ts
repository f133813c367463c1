/**
 * Findings as CSV, one row per finding, made to open correctly in Excel with Chinese text: UTF-8 with a
 * byte-order mark (without it Excel reads the file as the local code page), CRLF line ends, every field
 * quoted. A field that a spreadsheet would run as a formula (=, +, -, @ before text) gets a leading
 * apostrophe: page text must never become a formula on the reader's machine.
 */
import type { ExportOptions } from './markdown';
import type { ExportItem } from './report-file';
import { checkTitle, difference, figureText, findingMessage, kindLabel, numberText, readableTime, say, severityLabel, type Words } from './words';

/** The columns, by message name (export_csv_<name>): the header row is in the reader's language. */
export const CSV_COLUMNS = ['address', 'readAt', 'title', 'unit', 'year', 'kind', 'index', 'severity', 'check', 'message', 'expected', 'actual', 'difference', 'figures', 'quotes', 'table'] as const;

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
      rows.push(
        row([
          ...document,
          numberText(words, i + 1),
          severityLabel(words, finding.severity),
          checkTitle(words, finding.check),
          findingMessage(words, finding),
          finding.expected === null ? null : figureText(words, finding.expected),
          finding.actual === null ? null : figureText(words, finding.actual),
          difference(finding.expected, finding.actual, words),
          finding.figures.map((figure) => figure.text).join(say(words, 'export_listSeparator')),
          finding.figures.map((figure) => say(words, 'export_quoted', { quote: figure.quote })).join(say(words, 'export_listSeparator')),
          finding.table,
        ]),
      );
    });
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
