/**
 * One finding explained: the relation that failed (the engine's message), the table it is in, the
 * value compared with, the printed value and the difference (words from lib/i18n/finding.ts, shared
 * with the exports and the CLI), and every figure in it as printed with the clause it stands in — the
 * figure in doubt first, then the ones it was checked against. When the card is about another figure
 * than the one in doubt, it says so. Plain DOM, so the page's card
 * needs no framework; the side panel shows the same elements through a small Preact wrapper
 * (FindingList.tsx). Text only: page-derived strings never become markup.
 */
import type { FigureLocation, FigureRef, Finding, Severity } from '../lib/report';
import { fill, h } from './dom';
import { severityLabel } from './format';
import { figureWithUnit, findingWords, questionedFigure } from '../lib/i18n/finding';
import { i18n, n, UI_WORDS } from './i18n';

/** `into` (a new <span> by default) as the chip naming `severity`. */
export function severityChip(severity: Severity, into: HTMLElement = h('span')): HTMLElement {
  return fill(into, { class: `chip chip-${severity}` }, severityLabel(UI_WORDS, severity));
}

/** The figure the card is about: where it is when known (a table repeats the same number in many
 *  cells), else its text. */
export interface Emphasis {
  text: string;
  at: FigureLocation | null;
}

export interface DetailsOptions {
  emphasize?: Emphasis;
  /** Say which table the finding is in (the panel leaves it out under the table's own heading). */
  showTable?: boolean;
  /** Whether the list of figures may start open (it does when short); a card's later findings start folded. */
  openFigures?: boolean;
}

/** Whether the card's figure is the one `finding` has in doubt (not just one it was checked against). */
export function questions(finding: Finding, emphasize: Emphasis): boolean {
  const figure = finding.figures[questionedFigure(finding)];
  return figure !== undefined && isEmphasized(figure, emphasize);
}

function isEmphasized(figure: FigureRef, emphasize: Emphasis | undefined): boolean {
  if (!emphasize) return false;
  const [a, b] = [figure.at, emphasize.at];
  if (!a || !b) return figure.text === emphasize.text;
  return a.block === b.block && a.table === b.table && a.row === b.row && a.cell === b.cell && a.start === b.start && a.end === b.end;
}

function figureItem(figure: FigureRef, emphasize: Emphasis | undefined): HTMLLIElement {
  return h(
    'li',
    { class: isEmphasized(figure, emphasize) ? 'figure-current' : null },
    h('span', { class: 'figure-text' }, figureWithUnit(figure)),
    figure.quote && figure.quote !== figure.text && h('span', { class: 'figure-quote' }, figure.quote),
  );
}

/** One label and value of the expected / printed / difference list; nothing without a value. */
function numberRow(label: string, value: string | null): HTMLDivElement | null {
  return value === null ? null : h('div', null, h('dt', null, label), h('dd', null, value));
}

/** `into` (a new <div> by default) as the finding's details. */
export function findingDetails(finding: Finding, { emphasize, showTable = true, openFigures = true }: DetailsOptions = {}, into: HTMLElement = h('div')): HTMLElement {
  const { figures } = finding;
  const view = findingWords(UI_WORDS, finding);
  const questioned = figures[view.questionedIndex];
  const others = figures.filter((_, i) => i !== view.questionedIndex);
  // The card is about a figure that is not the one in doubt (a base, a part): say which one is.
  const current = emphasize ? figures.find((figure) => isEmphasized(figure, emphasize)) : undefined;
  const aboutOther = current && questioned && current !== questioned && figureWithUnit(current) !== figureWithUnit(questioned);
  return fill(
    into,
    { class: 'finding-details' },
    h('p', { class: 'finding-head' }, severityChip(finding.severity), h('span', { class: 'finding-check' }, view.check)),
    showTable && finding.table && h('p', { class: 'finding-table' }, i18n.t('ui.details.table', { table: finding.table })),
    h('p', { class: 'finding-message' }, view.message),
    aboutOther && h('p', { class: 'finding-about' }, i18n.t('finding.aboutOther', { questioned: figureWithUnit(questioned), figure: figureWithUnit(current) })),
    view.numbers.length > 0 && h('dl', { class: 'finding-numbers' }, ...view.numbers.map((number) => numberRow(number.label, number.value))),
    figures.length > 0 &&
      h(
        'details',
        { class: 'finding-figures', open: openFigures && figures.length <= 4 },
        h('summary', null, i18n.t('ui.details.figures', { count: n(figures.length) })),
        questioned && h('p', { class: 'figure-role' }, i18n.t('finding.questioned')),
        questioned && h('ul', null, figureItem(questioned, emphasize)),
        others.length > 0 && h('p', { class: 'figure-role' }, i18n.t('finding.compared')),
        others.length > 0 && h('ul', null, ...others.map((figure) => figureItem(figure, emphasize))),
      ),
  );
}
