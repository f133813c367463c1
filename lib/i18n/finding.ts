/**
 * One finding in words, the same everywhere it is shown: the page's card, the side panel, the copied
 * text, Markdown, CSV and the command line all take their words from `findingWords` (and the text forms
 * from `findingTextLines`), so a finding never reads one way in the CLI and another on the card.
 *
 * Besides the engine's explanation it says:
 * - what the printed figure is compared with, named for what it is: a number computed from the others,
 *   the same quantity printed elsewhere, or the figure read in its neighbours' unit;
 * - the printed figure, and the difference, each with its unit (the engine gives some bare: "161.07"),
 *   and between two rates in percentage points (百分点), never as a percentage;
 * - which figure is in doubt (the one whose printed value the finding disputes), which need not be
 *   the figure highlighted first.
 *
 * Pure: the words come from a `Words` (browser.i18n in the extension, locales/*.json in Node).
 */
import type { FigureRef, Finding } from '../report';
import { checkTitle, figureText, findingMessage, parsePrinted, say, severityLabel, signedDifference, unitText, type Words } from '../export/words';
import { formatNumber } from './render';

/** How the compared value came about (message `finding_expected_<kind>`). */
export type ExpectedKind = 'computed' | 'printedElsewhere' | 'otherUnit';

export interface FindingNumber {
  role: 'expected' | 'actual' | 'difference';
  label: string;
  value: string;
}

export interface FindingWords {
  severity: string;
  check: string;
  message: string;
  /** Compared value, printed value, difference: those the finding has. */
  numbers: FindingNumber[];
  /** The difference as a plain signed number and its unit apart (CSV keeps numbers numbers). */
  difference: { number: string; unit: string } | null;
  /** The figure in doubt, as printed (its text with its unit). */
  questioned: string | null;
  /** Index in finding.figures of the figure in doubt (−1 when none). */
  questionedIndex: number;
}

const BARE = /^[+-]?\d+(\.\d+)?$/;
/** A figure as printed, with its unit when the page printed it apart (a table cell under 单位：万元). */
export function figureWithUnit(figure: FigureRef): string {
  return figure.unit && !figure.text.endsWith(figure.unit) ? `${figure.text}${figure.unit}` : figure.text;
}

/** The figure whose printed value is `text` (same number and, when both have one, same unit). */
function figureOf(figures: readonly FigureRef[], text: string | null, skip = -1): number {
  if (text === null) return -1;
  const wanted = parsePrinted(text);
  if (!wanted) return -1;
  return figures.findIndex((figure, i) => {
    if (i === skip) return false;
    const printed = parsePrinted(figureWithUnit(figure));
    if (!printed || !printed.value.eq(wanted.value)) return false;
    return !wanted.unit || !printed.unit || wanted.unit === printed.unit;
  });
}

/**
 * The compared and printed values with units: a bare number takes the other value's unit, else the
 * unit of the figure it was printed as, else that of the finding's first figure.
 */
function withUnits(finding: Finding, questionedIndex: number): { expected: string | null; actual: string | null } {
  const unitOf = (text: string | null) => (text === null ? '' : (parsePrinted(text)?.unit ?? ''));
  const fallback = (questionedIndex >= 0 ? finding.figures[questionedIndex]?.unit : null) ?? finding.figures[0]?.unit ?? '';
  const unit = unitOf(finding.actual) || unitOf(finding.expected) || fallback;
  const complete = (text: string | null) => (text !== null && BARE.test(text) && unit ? `${text}${unit}` : text);
  return { expected: complete(finding.expected), actual: complete(finding.actual) };
}

/** Which of the figures is in doubt: the one printed as the finding's `actual`, else the first. */
export function questionedFigure(finding: Finding): number {
  const printed = figureOf(finding.figures, finding.actual);
  return printed >= 0 ? printed : finding.figures.length > 0 ? 0 : -1;
}

/** Checks whose compared value is one printed figure (the same quantity stated elsewhere), not a sum. */
const PRINTED_ELSEWHERE = new Set(['restated', 'prose-table', 'table-links']);

function expectedKind(finding: Finding, expected: string | null, questionedIndex: number): ExpectedKind {
  if (finding.check === 'unit-slip') return 'otherUnit';
  // A sum may equal one of its terms (215.36 + 0): only these checks compare with a printed figure.
  return PRINTED_ELSEWHERE.has(finding.check) && figureOf(finding.figures, expected, questionedIndex) >= 0 ? 'printedElsewhere' : 'computed';
}

/** printed − compared, signed, in the figures' precision; its unit ("万元", or 百分点 between two rates). */
function differenceOf(words: Words, expected: string | null, actual: string | null): { number: string; unit: string; text: string } | null {
  const found = signedDifference(expected, actual);
  if (!found) return null;
  const { number, unit } = found;
  const shown = formatNumber(number, words.locale);
  if (unit === '%') {
    const points = say(words, 'finding_points', { value: shown });
    return { number, unit: say(words, 'finding_pointsUnit'), text: points };
  }
  return { number, unit: unitText(words, unit), text: `${shown}${unitText(words, unit)}` };
}

export function findingWords(words: Words, finding: Finding): FindingWords {
  const questionedIndex = questionedFigure(finding);
  const { expected, actual } = withUnits(finding, questionedIndex);
  const numbers: FindingNumber[] = [];
  if (expected !== null) numbers.push({ role: 'expected', label: say(words, `finding_expected_${expectedKind(finding, expected, questionedIndex)}`), value: figureText(words, expected) });
  if (actual !== null) numbers.push({ role: 'actual', label: say(words, 'finding_actual'), value: figureText(words, actual) });
  const difference = differenceOf(words, expected, actual);
  if (difference) numbers.push({ role: 'difference', label: say(words, 'finding_difference'), value: difference.text });
  const questioned = questionedIndex >= 0 ? figureWithUnit(finding.figures[questionedIndex]!) : null;
  return {
    severity: severityLabel(words, finding.severity),
    check: checkTitle(words, finding.check),
    message: findingMessage(words, finding),
    numbers,
    difference: difference && { number: difference.number, unit: difference.unit },
    questioned,
    questionedIndex,
  };
}

/** "按其他数字算得：93.1分；此处所印：90分；相差：-3.1分" (empty when the finding has no numbers). */
export function numbersLine(words: Words, view: FindingWords): string {
  return view.numbers.map((number) => say(words, 'finding_pair', { label: number.label, value: number.value })).join(say(words, 'finding_separator'));
}

/**
 * The finding as lines of plain text (the command line, the copied text): "[错误] 单位错误：…", then
 * the numbers, then the figure in doubt with the clause it stands in.
 */
/** `paintSeverity` colours the severity's name (the CLI on a terminal); the words are the same. */
export function findingTextLines(words: Words, finding: Finding, paintSeverity: (name: string) => string = (name) => name): string[] {
  const view = findingWords(words, finding);
  const lines = [say(words, 'finding_line', { severity: paintSeverity(view.severity), check: view.check, message: view.message })];
  if (finding.table) lines.push(say(words, 'finding_table', { table: finding.table }));
  if (view.numbers.length > 0) lines.push(numbersLine(words, view));
  const figure = view.questionedIndex >= 0 ? finding.figures[view.questionedIndex]! : null;
  if (figure?.quote) lines.push(say(words, 'finding_quote', { figure: view.questioned ?? figure.text, quote: figure.quote }));
  return lines;
}
