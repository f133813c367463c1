/**
 * The findings as plain text for the clipboard: each item with the page address, the time it was read,
 * and the quoted clause, so a reader can find it again without the extension.
 */
import type { DocumentReport } from '../lib/report';
import { checkTitle, difference, SEVERITY_LABEL } from './format';

export function reportAsText(report: DocumentReport, url: string, readAt: Date, showInfo: boolean): string {
  const lines = [
    `算盘核算结果：${report.title}`,
    `地址：${url}`,
    `读取时间：${readAt.toLocaleString('zh-CN', { hour12: false })}`,
    `单位：${report.unit ?? '未识别'}；年度：${report.year ?? '未识别'}；类型：${report.kind ?? '未识别'}`,
    '',
  ];
  const findings = report.findings.filter((finding) => showInfo || finding.severity !== 'info');
  if (findings.length === 0) lines.push('没有发现算不上的数字。');
  findings.forEach((finding, i) => {
    lines.push(`${i + 1}. 【${SEVERITY_LABEL[finding.severity]}·${checkTitle(finding.check)}】${finding.message}`);
    if (finding.table) lines.push(`   表格：${finding.table}`);
    const diff = difference(finding.expected, finding.actual);
    if (finding.expected !== null || finding.actual !== null) {
      lines.push(`   推算：${finding.expected ?? '—'}；所印：${finding.actual ?? '—'}${diff ? `；相差：${diff}` : ''}`);
    }
    // The first figure is the one in question; the others are what it was compared with.
    finding.figures.forEach((figure, j) => lines.push(`   ${j === 0 ? '所指' : '比较'} · ${figure.text}：“${figure.quote}”`));
  });
  return lines.join('\n');
}
