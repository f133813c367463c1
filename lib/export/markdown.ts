/**
 * A page's report as Markdown, for an article or a letter of complaint: the document, where and when
 * it was read, its totals, and each finding with the figures quoted in their clause, so a reader can
 * find every one of them on the page without the extension.
 */
import Decimal from 'decimal.js';
import { TOTAL_KEYS, type Finding } from '../report';
import type { ExportItem } from './report-file';
import { checkTitle, difference, readableTime, SEVERITY_LABEL, wanText } from './words';

export interface ExportOptions {
  /** Include info-level findings (rounding gaps, figures that could not be checked). */
  includeInfo: boolean;
}

/** Page text is data: characters Markdown would read as markup are escaped, line breaks flattened. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function findingLines(finding: Finding, index: number): string[] {
  const lines = [`### ${index}. 【${SEVERITY_LABEL[finding.severity]}·${checkTitle(finding.check)}】`, '', escapeMarkdown(finding.message), ''];
  if (finding.table) lines.push(`- 所在表格：${escapeMarkdown(finding.table)}`);
  if (finding.expected !== null || finding.actual !== null) {
    const diff = difference(finding.expected, finding.actual);
    lines.push(`- 按其他数字推算：${escapeMarkdown(finding.expected ?? '—')}；页面所印：${escapeMarkdown(finding.actual ?? '—')}${diff ? `；相差：${escapeMarkdown(diff)}` : ''}`);
  }
  if (finding.figures.length > 0) {
    lines.push('- 涉及的数字（原文）：');
    for (const figure of finding.figures) lines.push(`  - ${escapeMarkdown(figure.text)}：“${escapeMarkdown(figure.quote)}”`);
  }
  lines.push('');
  return lines;
}

export function reportToMarkdown(item: ExportItem, options: ExportOptions): string {
  const { report } = item;
  const lines = [`## ${escapeMarkdown(report.title || '（无标题）')}`, ''];
  // An address with a scheme becomes a link; a file path (the CLI) stays text.
  const address = /^[a-z][a-z0-9+.-]*:/i.test(item.url) ? `<${item.url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(item.url);
  lines.push(`- 地址：${address}`);
  lines.push(`- 读取时间：${readableTime(item.readAt)}`);
  if (!report.detected) {
    lines.push('- 未识别为预算或决算公开文件，未检查。', '');
    return lines.join('\n');
  }
  lines.push(`- 单位：${escapeMarkdown(report.unit ?? '未识别')}；年度：${report.year ?? '未识别'}；类型：${report.kind ?? '未识别'}`);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of report.findings) counts[finding.severity]++;
  lines.push(`- 结果：错误 ${counts.error}，提醒 ${counts.warning}，提示 ${counts.info}${report.truncated ? '（页面过长，只读了前面一部分）' : ''}`, '');
  const totals = TOTAL_KEYS.filter((key) => report.totals[key] !== undefined);
  if (totals.length > 0) {
    lines.push('### 主要总额（万元）', '', '| 项目 | 金额 |', '|---|---:|');
    for (const key of totals) lines.push(`| ${key} | ${wanText(report.totals[key]!)} |`);
    lines.push('');
  }
  const findings = report.findings.filter((finding) => options.includeInfo || finding.severity !== 'info');
  if (findings.length === 0) lines.push('没有发现算不上的数字。', '');
  findings.forEach((finding, i) => lines.push(...findingLines(finding, i + 1)));
  return lines.join('\n');
}

export function toMarkdown(items: readonly ExportItem[], options: ExportOptions): string {
  const head = ['# 算盘核算结果', '', '由“算盘”按页面所印数字重新计算；“错误”指所印数字不可能同时成立，“提醒”指可疑但不能断定有错。', ''];
  return `${[...head, ...items.map((item) => reportToMarkdown(item, options))].join('\n').trimEnd()}\n`;
}
