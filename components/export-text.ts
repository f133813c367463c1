/**
 * The findings as plain text for the clipboard: each item with the page address, the time it was read,
 * and the quoted clause, so a reader can find it again without the extension.
 */
import type { DocumentReport } from '../lib/report';
import { factText, kindLabel } from '../lib/export/words';
import { numberText, say, type Words } from './format';
import { findingWords, numbersLine } from '../lib/i18n/finding';

export function reportAsText(words: Words, report: DocumentReport, url: string, readAt: Date, showInfo: boolean): string {
  const lines = [
    say(words, 'ui_text_title', { title: report.title }),
    say(words, 'ui_text_address', { url }),
    say(words, 'ui_text_readAt', { time: readAt.toLocaleString(words.lookup('ui_lang') || undefined, { hour12: false }) }),
    say(words, 'ui_text_document', { unit: factText(words, report.unit), year: factText(words, report.year), kind: kindLabel(words, report.kind) }),
    '',
  ];
  const findings = report.findings.filter((finding) => showInfo || finding.severity !== 'info');
  if (findings.length === 0) lines.push(say(words, 'export_noFindings'));
  findings.forEach((finding, i) => {
    const view = findingWords(words, finding);
    lines.push(say(words, 'ui_text_finding', { index: numberText(words, i + 1), severity: view.severity, check: view.check, message: view.message }));
    if (finding.table) lines.push(say(words, 'ui_text_table', { table: finding.table }));
    if (view.numbers.length > 0) lines.push(say(words, 'ui_text_numbers', { numbers: numbersLine(words, view) }));
    // The figure in doubt first, then those it was checked against.
    const order = [view.questionedIndex, ...finding.figures.map((_, j) => j).filter((j) => j !== view.questionedIndex)].filter((j) => j >= 0);
    for (const j of order) {
      const figure = finding.figures[j]!;
      lines.push(say(words, 'ui_text_figure', { role: say(words, j === view.questionedIndex ? 'finding_questioned' : 'finding_compared'), text: figure.text, quote: figure.quote }));
    }
  });
  return lines.join('\n');
}
