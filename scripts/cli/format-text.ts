/** The CLI's readable summary of one document's report, in the chosen language (locales/*.json, "cli"). */
import type { DocumentReport, Finding, TotalKey } from '../../lib';
import { kindLabel, numberText, say, totalLabel, unitText, type Words } from '../../lib/export';
import { findingTextLines } from '../../lib/i18n/finding';

export function formatReport(report: DocumentReport, options: { showInfo: boolean; words: Words }): string {
  const { words } = options;
  const lines: string[] = [`== ${report.source}`];
  if (!report.detected) {
    lines.push(`   ${say(words, 'cli_notDetected')}`);
    return lines.join('\n');
  }
  const year = report.year === null ? '?' : say(words, 'cli_year', { year: report.year });
  lines.push(`   ${report.unit ?? say(words, 'cli_unitUnknown')} · ${year} · ${kindLabel(words, report.kind)}${report.truncated ? say(words, 'cli_truncated') : ''}`);
  // Totals are in 万元 (lib/totals.ts).
  const totals = Object.entries(report.totals).map(([name, value]) => say(words, 'cli_total', { name: totalLabel(words, name as TotalKey), amount: `${numberText(words, value)}${unitText(words, '万元')}` }));
  if (totals.length) lines.push(`   ${totals.join(' · ')}`);
  const count = (severity: Finding['severity']) => numberText(words, report.findings.filter((f) => f.severity === severity).length);
  const { figures, relations, checked, unchecked } = report.stats;
  lines.push(
    `   ${say(words, 'cli_counts', {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      figures: numberText(words, figures),
      relations: numberText(words, relations),
      checked: numberText(words, checked),
      unchecked: numberText(words, unchecked),
    })}`,
  );
  for (const finding of report.findings) {
    if (finding.severity === 'info' && !options.showInfo) continue;
    // The same words as the card's and the exports' (lib/i18n/finding.ts).
    const [head, ...rest] = findingTextLines(words, finding);
    lines.push(`   ${head}`, ...rest.map((line) => `          ${line}`));
  }
  return lines.join('\n');
}
