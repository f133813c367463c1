/** The CLI's readable Chinese summary of one document's report. */
import type { DocumentReport, Finding } from '../../lib';

const SEVERITY_NAMES: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };

export function formatReport(report: DocumentReport, options: { showInfo: boolean; titles: Record<string, string> }): string {
  const lines: string[] = [`== ${report.source}`];
  if (!report.detected) {
    lines.push('   未识别为预算或决算公开文件，未检查。');
    return lines.join('\n');
  }
  lines.push(`   ${report.unit ?? '（单位名称未识别）'} · ${report.year ?? '?'}年 · ${report.kind}${report.truncated ? ' · 文件过大，只检查了开头部分' : ''}`);
  const totals = Object.entries(report.totals).map(([key, value]) => `${key} ${value}万元`);
  if (totals.length) lines.push(`   ${totals.join(' · ')}`);
  const count = (severity: Finding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  const { figures, relations, checked, unchecked } = report.stats;
  lines.push(`   错误 ${count('error')} · 警告 ${count('warning')} · 提示 ${count('info')}（数字 ${figures}，关系 ${relations}，已核对 ${checked}，未能核对 ${unchecked}）`);
  for (const finding of report.findings) {
    if (finding.severity === 'info' && !options.showInfo) continue;
    lines.push(`   [${SEVERITY_NAMES[finding.severity]}] ${options.titles[finding.check] ?? finding.check}：${finding.message}`);
    const quote = finding.figures[0]?.quote;
    if (quote) lines.push(`          原文：“${quote}”`);
  }
  return lines.join('\n');
}
