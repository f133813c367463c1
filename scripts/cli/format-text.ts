/** The CLI's readable summary of one document's report, in the chosen language (locales/*.json, "cli"). */
import type { Checklist, DocumentReport, Finding, TotalKey } from '../../lib';
import { CHECKLIST_MARKS, checklistByGroup, checklistDetail, checklistGroupText, checklistLabel, checklistStatusText, checklistSummary, distinctPlaces, kindLabel, numberText, say, totalLabel, unitText, type Words } from '../../lib/export';
import { findingTextLines } from '../../lib/i18n/finding';

/** "{count} error" or "{count} errors": the message `cli_<noun>One` when the locale's plural rule says one. */
export function counted(words: Words, noun: string, count: number): string {
  const one = new Intl.PluralRules(words.locale.replace('_', '-')).select(count) === 'one';
  return say(words, `cli_${noun}${one ? 'One' : ''}`, { count: numberText(words, count) });
}

/** ANSI colours for a terminal; `plain` writes none. */
export interface Paint {
  error(text: string): string;
  warning(text: string): string;
  info(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
}

const ansi = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
export const COLOURS: Paint = { error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39), heading: ansi(1, 22), dim: ansi(2, 22) };
export const PLAIN: Paint = { error: (t) => t, warning: (t) => t, info: (t) => t, heading: (t) => t, dim: (t) => t };

/**
 * Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org); FORCE_COLOR
 * (other than 0) asks for it anyway, as Node's own tools do.
 */
export function wantsColour(isTTY: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(isTTY) && env.TERM !== 'dumb';
}

/**
 * The checklist after the findings, compactly: the summary line, then only the items that need a look
 * (✗, and 未核对: a requirement nobody judged), each on one line with its group and why, a ✗ with its
 * first place. ✓ and 不适用 are in the count only (--md, --csv and --json list every item).
 */
export function checklistTextLines(checklist: Checklist, words: Words, paint: Paint = PLAIN): string[] {
  const lines = [checklistSummary(words, checklist)];
  for (const { group, items } of checklistByGroup(checklist)) {
    for (const item of items) {
      if (item.status !== 'fail' && item.status !== 'unchecked') continue;
      const mark = CHECKLIST_MARKS[item.status];
      const why = checklistDetail(words, item);
      lines.push(
        say(words, 'cli_checklistItem', {
          mark: item.status === 'fail' ? paint.error(mark) : paint.dim(mark),
          status: checklistStatusText(words, item.status),
          group: checklistGroupText(words, group),
          label: checklistLabel(words, item),
          detail: why ? say(words, 'cli_checklistDetail', { detail: why }) : '',
        }),
      );
      const places = distinctPlaces(item);
      const first = places[0];
      if (item.status === 'fail' && first) {
        const more = places.length > 1 ? say(words, 'cli_checklistMore', { count: numberText(words, places.length - 1) }) : '';
        lines.push(`  ${paint.dim(say(words, 'cli_checklistPlace', { text: first.text, quote: first.quote, more }))}`);
      }
    }
  }
  return lines;
}

/** `checklist`: print the report's checklist after the findings (default true; --no-checklist). */
export function formatReport(report: DocumentReport, options: { showInfo: boolean; words: Words; force?: boolean; paint?: Paint; checklist?: boolean }): string {
  const { words } = options;
  const paint = options.paint ?? PLAIN;
  const lines: string[] = [paint.heading(`== ${report.source}`)];
  if (!report.detected) {
    // With --force the engine checked it all the same: say so, then show what it found.
    if (!options.force) {
      lines.push(`   ${say(words, 'cli_notDetected')}`);
      return lines.join('\n');
    }
    lines.push(`   ${paint.dim(say(words, 'cli_forced'))}`);
  }
  const year = report.year === null ? '?' : say(words, 'cli_year', { year: report.year });
  lines.push(`   ${report.unit ?? say(words, 'cli_unitUnknown')} · ${year} · ${kindLabel(words, report.kind)}${report.truncated ? say(words, 'cli_truncated') : ''}`);
  // Totals are in 万元 (lib/totals.ts).
  const totals = Object.entries(report.totals).map(([name, value]) => say(words, 'cli_total', { name: totalLabel(words, name as TotalKey), amount: `${numberText(words, value)}${unitText(words, '万元')}` }));
  if (totals.length) lines.push(`   ${totals.join(' · ')}`);
  const count = (severity: Finding['severity']) => report.findings.filter((f) => f.severity === severity).length;
  const { figures, relations, checked, unchecked } = report.stats;
  const errors = count('error');
  const warnings = count('warning');
  lines.push(
    `   ${say(words, 'cli_counts', {
      errors: errors > 0 ? paint.error(counted(words, 'errors', errors)) : counted(words, 'errors', errors),
      warnings: warnings > 0 ? paint.warning(counted(words, 'warnings', warnings)) : counted(words, 'warnings', warnings),
      infos: counted(words, 'infos', count('info')),
      figures: counted(words, 'figures', figures),
      relations: counted(words, 'relations', relations),
      checked: numberText(words, checked),
      unchecked: numberText(words, unchecked),
    })}`,
  );
  for (const finding of report.findings) {
    if (finding.severity === 'info' && !options.showInfo) continue;
    // The same words as the card's and the exports' (lib/i18n/finding.ts), the severity in its colour.
    const [head, ...rest] = findingTextLines(words, finding, paint[finding.severity]);
    lines.push(`   ${head}`, ...rest.map((line) => `          ${paint.dim(line)}`));
  }
  if (report.checklist && options.checklist !== false) lines.push(...checklistTextLines(report.checklist, words, paint).map((line) => `   ${line}`));
  return lines.join('\n');
}

/** The closing line over every file: how many were read, how many were disclosures, the findings in all. */
/** `files`: how many files the reports were read from, when some report covers several (a 情况说明 and its 附表); one each by default. */
export function formatSummary(reports: readonly DocumentReport[], failed: number, options: { words: Words; paint?: Paint; files?: number }): string {
  const { words } = options;
  const paint = options.paint ?? PLAIN;
  const total = (severity: Finding['severity']) => reports.reduce((sum, report) => sum + report.findings.filter((f) => f.severity === severity).length, 0);
  const errors = total('error');
  const warnings = total('warning');
  return say(words, 'cli_summary', {
    documents: counted(words, 'documents', options.files ?? reports.length),
    audited: numberText(words, reports.filter((report) => report.detected).length),
    errors: errors > 0 ? paint.error(counted(words, 'errors', errors)) : counted(words, 'errors', errors),
    warnings: warnings > 0 ? paint.warning(counted(words, 'warnings', warnings)) : counted(words, 'warnings', warnings),
    infos: counted(words, 'infos', total('info')),
    failed: failed > 0 ? paint.error(counted(words, 'failed', failed)) : '',
  });
}
