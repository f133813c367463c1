/**
 * A page's report as Markdown, for an article or a letter of complaint: the document, where and when
 * it was read, its totals, and each finding with the figures quoted in their clause, so a reader can
 * find every one of them on the page without the extension.
 */
import { TOTAL_KEYS, type Checklist, type Finding } from '../report';
import { CHECKLIST_MARKS, checklistByGroup, checklistDetail, checklistGroupText, checklistLabel, checklistStatusText, checklistSummary, distinctPlaces } from './checklist';
import type { ExportItem } from './report-file';
import { totalLabel } from './totals';
import { findingWords, numbersLine } from '../i18n/finding';
import { amountText, factText, kindLabel, numberText, readableTime, say, type Words } from './words';

export interface ExportOptions {
  /** Include info-level findings (rounding gaps, figures that could not be checked). */
  includeInfo: boolean;
  /** The wording (Chinese or English) and the locale of computed numbers. */
  words: Words;
  /** The CLI's --force: a document not recognised as a disclosure was checked all the same; show its findings. */
  force?: boolean;
  /** Add the report's checklist after its findings (default true; the CLI's --no-checklist leaves it out). */
  checklist?: boolean;
}

/** In Markdown, an item lists at most this many of its places (the JSON export has them all). */
export const MARKDOWN_PLACES = 5;

/** Page text is data: characters Markdown would read as markup are escaped, line breaks flattened. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

function findingLines(finding: Finding, index: number, words: Words): string[] {
  const view = findingWords(words, finding);
  const head = say(words, 'export_md_findingHead', { index: numberText(words, index), severity: view.severity, check: view.check });
  const lines = [head, '', escapeMarkdown(view.message), ''];
  if (finding.table) lines.push(say(words, 'export_md_table', { table: escapeMarkdown(finding.table) }));
  if (view.numbers.length > 0) lines.push(say(words, 'export_md_numbers', { numbers: escapeMarkdown(numbersLine(words, view)) }));
  if (finding.figures.length > 0) {
    lines.push(say(words, 'export_md_figures'));
    // The figure in doubt first.
    const order = [view.questionedIndex, ...finding.figures.map((_, j) => j).filter((j) => j !== view.questionedIndex)].filter((j) => j >= 0);
    for (const j of order) {
      const figure = finding.figures[j]!;
      lines.push(say(words, 'export_md_figure', { text: escapeMarkdown(figure.text), quote: escapeMarkdown(figure.quote), role: j === view.questionedIndex ? say(words, 'export_md_questioned') : '' }));
    }
  }
  lines.push('');
  return lines;
}

export function reportToMarkdown(item: ExportItem, options: ExportOptions): string {
  const { report } = item;
  const { words } = options;
  const lines = [`## ${escapeMarkdown(report.title || say(words, 'export_untitled'))}`, ''];
  // An address with a scheme becomes a link; a file path (the CLI) stays text.
  const address = /^[a-z][a-z0-9+.-]*:/i.test(item.url) ? `<${item.url.replace(/[<>\s]/g, encodeURIComponent)}>` : escapeMarkdown(item.url);
  lines.push(say(words, 'export_md_address', { address }));
  lines.push(say(words, 'export_md_readAt', { time: readableTime(item.readAt, words) }));
  if (!report.detected && !options.force) {
    lines.push(say(words, 'export_md_notDetected', { text: say(words, 'export_notDetected') }), '');
    return lines.join('\n');
  }
  if (!report.detected) lines.push(say(words, 'export_md_notDetected', { text: say(words, 'cli_forced') }));
  lines.push(say(words, 'export_md_document', { unit: escapeMarkdown(factText(words, report.unit)), year: factText(words, report.year), kind: kindLabel(words, report.kind) }));
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of report.findings) counts[finding.severity]++;
  const result = {
    error: numberText(words, counts.error),
    warning: numberText(words, counts.warning),
    info: numberText(words, counts.info),
    truncated: report.truncated ? say(words, 'export_md_truncated') : '',
  };
  lines.push(say(words, 'export_md_result', result), '');
  const totals = TOTAL_KEYS.filter((key) => report.totals[key] !== undefined);
  if (totals.length > 0) {
    lines.push(say(words, 'export_md_totals'), '', say(words, 'export_md_totalsHead'), '|---|---:|');
    for (const key of totals) lines.push(`| ${totalLabel(words, key)} | ${amountText(words, report.totals[key]!)} |`);
    lines.push('');
  }
  const findings = report.findings.filter((finding) => options.includeInfo || finding.severity !== 'info');
  if (findings.length === 0) lines.push(say(words, 'export_noFindings'), '');
  findings.forEach((finding, i) => lines.push(...findingLines(finding, i + 1, words)));
  if (report.checklist && options.checklist !== false) lines.push(...checklistLines(report.checklist, words));
  return lines.join('\n');
}

/** Every item under its group, with its mark and word, why it is not ✓, and where (for a ✗). */
function checklistLines(checklist: Checklist, words: Words): string[] {
  const lines = [say(words, 'export_checklist_md_heading'), '', checklistSummary(words, checklist), ''];
  for (const { group, items } of checklistByGroup(checklist)) {
    lines.push(say(words, 'export_checklist_md_group', { group: checklistGroupText(words, group) }), '');
    if (items.length === 0) lines.push(say(words, 'export_checklist_md_emptyGroup'));
    for (const item of items) {
      const why = checklistDetail(words, item);
      const detail = why ? say(words, 'export_checklist_md_detail', { detail: escapeMarkdown(why) }) : '';
      lines.push(say(words, 'export_checklist_md_item', { mark: CHECKLIST_MARKS[item.status], status: checklistStatusText(words, item.status), label: escapeMarkdown(checklistLabel(words, item)), detail }));
      const places = distinctPlaces(item);
      for (const place of places.slice(0, MARKDOWN_PLACES)) lines.push(say(words, 'export_checklist_md_place', { text: escapeMarkdown(place.text), quote: escapeMarkdown(place.quote) }));
      if (places.length > MARKDOWN_PLACES) lines.push(say(words, 'export_checklist_md_more', { count: numberText(words, places.length - MARKDOWN_PLACES) }));
    }
    lines.push('');
  }
  return lines;
}

export function toMarkdown(items: readonly ExportItem[], options: ExportOptions): string {
  const head = [say(options.words, 'export_md_heading'), '', say(options.words, 'export_md_intro'), ''];
  return `${[...head, ...items.map((item) => reportToMarkdown(item, options))].join('\n').trimEnd()}\n`;
}
