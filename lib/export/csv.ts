/**
 * Findings as CSV, one row per finding, made to open correctly in Excel with Chinese text: UTF-8 with a
 * byte-order mark (without it Excel reads the file as the local code page), CRLF line ends, every field
 * quoted. A field that a spreadsheet would run as a formula (=, +, -, @ before text) gets a leading
 * apostrophe: page text must never become a formula on the reader's machine.
 */
import type { ExportOptions } from './markdown';
import type { ExportItem } from './report-file';
import { checkTitle, difference, readableTime, SEVERITY_LABEL } from './words';

export const CSV_HEADER = ['地址', '读取时间', '标题', '单位', '年度', '类型', '序号', '严重程度', '检查', '说明', '按其他数字推算', '页面所印', '相差', '涉及数字', '原文摘录', '所在表格'] as const;

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
  const rows = [row([...CSV_HEADER])];
  for (const item of items) {
    const { report } = item;
    const document = [item.url, readableTime(item.readAt, false), report.title, report.unit, report.year, report.kind];
    if (!report.detected) {
      rows.push(row([...document, '', '', '', '未识别为预算或决算公开文件，未检查。']));
      continue;
    }
    const findings = report.findings.filter((finding) => options.includeInfo || finding.severity !== 'info');
    if (findings.length === 0) rows.push(row([...document, '', '', '', '没有发现算不上的数字。']));
    findings.forEach((finding, i) => {
      rows.push(
        row([
          ...document,
          i + 1,
          SEVERITY_LABEL[finding.severity],
          checkTitle(finding.check),
          finding.message,
          finding.expected,
          finding.actual,
          difference(finding.expected, finding.actual),
          finding.figures.map((figure) => figure.text).join('；'),
          finding.figures.map((figure) => `“${figure.quote}”`).join('；'),
          finding.table,
        ]),
      );
    });
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
