/**
 * Words and numbers for the UI: severity names, check titles (message keys), and the difference
 * between what a relation gives and what is printed. Pure functions, no DOM: the extension passes
 * words backed by browser.i18n (./i18n.ts), the tests the dictionaries of locales/.
 */
import { checkTitle, difference, figureText, findingMessage, numberText, say, severityLabel, type Words } from '../lib/export/words';
import type { Finding, Severity } from '../lib/report';
import { findingWords, numbersLine } from '../lib/i18n/finding';

// One source of these words for the panel, the page and the exports (lib/export/words.ts).
export { checkTitle, difference, figureText, findingMessage, numberText, say, severityLabel, type Words };

export function severityHint(words: Words, severity: Severity): string {
  return say(words, `ui_severityHint_${severity}`);
}
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

export function counts(findings: readonly Finding[]): Record<Severity, number> {
  const result: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) result[finding.severity]++;
  return result;
}

/** "错误 3": a severity and how many, for chips and tallies. */
export function tallyText(words: Words, severity: Severity, count: number): string {
  return say(words, 'ui_tally', { severity: severityLabel(words, severity), count: numberText(words, count) });
}

/** One line for screen readers and the live region: the same words as the card's (lib/i18n/finding.ts). */
export function spokenFinding(words: Words, finding: Finding): string {
  const view = findingWords(words, finding);
  const others = finding.figures.filter((_, i) => i !== view.questionedIndex);
  const parts = [say(words, 'ui_spoken_head', { severity: view.severity, check: view.check, message: view.message })];
  if (finding.table) parts.push(say(words, 'ui_spoken_table', { table: finding.table }));
  if (view.numbers.length > 0) parts.push(numbersLine(words, view));
  if (view.questioned !== null) parts.push(say(words, 'finding_pair', { label: say(words, 'finding_questioned'), value: view.questioned }));
  if (others.length > 0) parts.push(say(words, 'finding_pair', { label: say(words, 'finding_compared'), value: others.map((figure) => figure.text).join(say(words, 'ui_spoken_listSeparator')) }));
  return parts.join(say(words, 'ui_spoken_separator'));
}
