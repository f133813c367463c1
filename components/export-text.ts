/**
 * The findings as plain text for the clipboard: each item with the page address, the time it was read,
 * and the quoted clause, so a reader can find it again without the extension.
 */
import type { DocumentReport } from '../lib/report';
import { factText, kindLabel } from '../lib/export/words';
import { checkTitle, difference, figureText, findingMessage, numberText, say, severityLabel, type Words } from './format';

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
    lines.push(
      say(words, 'ui_text_finding', { index: numberText(words, i + 1), severity: severityLabel(words, finding.severity), check: checkTitle(words, finding.check), message: findingMessage(words, finding) }),
    );
    if (finding.table) lines.push(say(words, 'ui_text_table', { table: finding.table }));
    const diff = difference(finding.expected, finding.actual, words);
    if (finding.expected !== null || finding.actual !== null) {
      const difference = diff ? say(words, 'ui_text_difference', { difference: diff }) : '';
      lines.push(say(words, 'ui_text_numbers', { expected: finding.expected === null ? '—' : figureText(words, finding.expected), actual: finding.actual === null ? '—' : figureText(words, finding.actual), difference }));
    }
    // The first figure is the one in question; the others are what it was compared with.
    finding.figures.forEach((figure, j) => lines.push(say(words, 'ui_text_figure', { role: say(words, j === 0 ? 'ui_text_primary' : 'ui_text_related'), text: figure.text, quote: figure.quote })));
  });
  return lines.join('\n');
}
