/**
 * Findings as CSV, one row per finding, made to open correctly in Excel with Chinese text: UTF-8 with a
 * byte-order mark (without it Excel reads the file as the local code page), CRLF line ends, every field
 * quoted. The difference is a plain signed number in every row, its unit (万元, 分, 个百分点) in a
 * column of its own. A field that a spreadsheet would run as a formula (=, +, -, @ before text) gets a leading
 * apostrophe: page text must never become a formula on the reader's machine.
 *
 * One table, so that it stays one table for every reader: after a document's findings come its
 * checklist's items (unless options.checklist is false), in the same columns where the meaning is the
 * same (the document, 序号, 说明 = the requirement, 涉及数字 / 原文摘录 = its places) and in four columns
 * added at the end: 记录类型 (问题 or 清单项, on every row), 清单分组, 清单结论 (✓ 符合 …), 清单说明.
 * The first seventeen columns are those of before, in the same order with the same meaning; a reader
 * that counts rows as findings must now keep only the rows whose 记录类型 is 问题.
 */
import type { ExportOptions } from './markdown';
import type { ExportItem } from './report-file';
import { findingWords } from '../i18n/finding';
import type { ChecklistItem } from '../report';
import { CHECKLIST_MARKS, checklistByGroup, checklistDetail, checklistGroupText, checklistLabel, checklistStatusText, distinctPlaces } from './checklist';
import { kindLabel, numberText, readableTime, say, type Words } from './words';

/** The columns, by message name (export_csv_<name>): the header row is in the reader's language. */
export const CSV_COLUMNS = ['address', 'readAt', 'title', 'unit', 'year', 'kind', 'index', 'severity', 'check', 'message', 'expected', 'actual', 'difference', 'differenceUnit', 'figures', 'quotes', 'table', 'record', 'checklistGroup', 'checklistStatus', 'checklistDetail'] as const;

export function csvHeader(words: Words): string[] {
  return CSV_COLUMNS.map((column) => say(words, `export_csv_${column}`));
}

const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?%?$/;

export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** A row of the table, every column there (those a row leaves out at the end, empty). */
function row(fields: Array<string | number | null | undefined>): string {
  const all = fields.length < CSV_COLUMNS.length ? [...fields, ...Array<string>(CSV_COLUMNS.length - fields.length).fill('')] : fields;
  return all.map(csvField).join(',');
}

/** A checklist item's fields after the document's: 序号 to 所在表格, then 记录类型 to 清单说明. */
function checklistFields(item: ChecklistItem, index: number, { words }: ExportOptions): Array<string | null> {
  const places = distinctPlaces(item);
  const separator = say(words, 'export_listSeparator');
  return [
    numberText(words, index),
    '',
    '',
    checklistLabel(words, item),
    '',
    '',
    '',
    '',
    places.map((place) => place.text).join(separator),
    places.map((place) => say(words, 'export_quoted', { quote: place.quote })).join(separator),
    '',
    say(words, 'export_checklist_record_item'),
    checklistGroupText(words, item.group),
    `${CHECKLIST_MARKS[item.status]} ${checklistStatusText(words, item.status)}`,
    checklistDetail(words, item) ?? '',
  ];
}

export function toCsv(items: readonly ExportItem[], options: ExportOptions): string {
  const { words } = options;
  const rows = [row(csvHeader(words))];
  for (const item of items) {
    const { report } = item;
    // The document's own facts as read (unit and year as printed); the kind in the reader's words.
    const document = [item.url, readableTime(item.readAt), report.title, report.unit, report.year, report.kind === null ? null : kindLabel(words, report.kind)];
    const record = say(words, 'export_checklist_record_finding');
    // The columns between 说明 and 记录类型 left empty.
    const gap = Array<string>(CSV_COLUMNS.indexOf('record') - CSV_COLUMNS.indexOf('message') - 1).fill('');
    if (!report.detected && !options.force) {
      rows.push(row([...document, '', '', '', say(words, 'export_notDetected'), ...gap, record]));
      continue;
    }
    const findings = report.findings.filter((finding) => options.includeInfo || finding.severity !== 'info');
    if (findings.length === 0) rows.push(row([...document, '', '', '', say(words, 'export_noFindings'), ...gap, record]));
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
          record,
        ]),
      );
    });
    if (report.checklist && options.checklist !== false) {
      // Grouped as the panel and the Markdown show them, numbered in that order.
      const items = checklistByGroup(report.checklist).flatMap(({ items }) => items);
      items.forEach((item, i) => rows.push(row([...document, ...checklistFields(item, i + 1, options)])));
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
