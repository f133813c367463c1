/**
 * One finding explained: the relation that failed (the engine's message), the table it is in, every
 * figure in it as printed with the clause it stands in — the figure in question first, then the ones
 * it was compared with — and expected vs printed with the difference. Plain DOM, so the page's card
 * needs no framework; the side panel shows the same elements through a small Preact wrapper
 * (FindingList.tsx). Text only: page-derived strings never become markup.
 */
import type { FigureLocation, FigureRef, Finding, Severity } from '../lib/report';
import { fill, h } from './dom';
import { checkTitle, difference, figureText, findingMessage, severityLabel } from './format';
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
    h('span', { class: 'figure-text' }, figure.text + (figure.unit && !figure.text.endsWith(figure.unit) ? figure.unit : '')),
    figure.quote && figure.quote !== figure.text && h('span', { class: 'figure-quote' }, figure.quote),
  );
}

/** One label and value of the expected / printed / difference list; nothing without a value. */
function numberRow(label: string, value: string | null): HTMLDivElement | null {
  return value === null ? null : h('div', null, h('dt', null, label), h('dd', null, value));
}

/** `into` (a new <div> by default) as the finding's details. */
export function findingDetails(finding: Finding, { emphasize, showTable = true }: DetailsOptions = {}, into: HTMLElement = h('div')): HTMLElement {
  const { expected, actual, figures } = finding;
  const [primary, ...related] = figures;
  return fill(
    into,
    { class: 'finding-details' },
    h('p', { class: 'finding-head' }, severityChip(finding.severity), h('span', { class: 'finding-check' }, checkTitle(UI_WORDS, finding.check))),
    showTable && finding.table && h('p', { class: 'finding-table' }, i18n.t('ui.details.table', { table: finding.table })),
    h('p', { class: 'finding-message' }, findingMessage(UI_WORDS, finding)),
    (expected !== null || actual !== null) &&
      h(
        'dl',
        { class: 'finding-numbers' },
        numberRow(i18n.t('ui.details.expected'), expected === null ? null : figureText(UI_WORDS, expected)),
        numberRow(i18n.t('ui.details.actual'), actual === null ? null : figureText(UI_WORDS, actual)),
        numberRow(i18n.t('ui.details.difference'), difference(expected, actual, UI_WORDS)),
      ),
    figures.length > 0 &&
      h(
        'details',
        { class: 'finding-figures', open: figures.length <= 4 },
        h('summary', null, i18n.t('ui.details.figures', { count: n(figures.length) })),
        h('p', { class: 'figure-role' }, i18n.t('ui.details.primary')),
        h('ul', null, primary && figureItem(primary, emphasize)),
        related.length > 0 && h('p', { class: 'figure-role' }, i18n.t('ui.details.related')),
        related.length > 0 && h('ul', null, ...related.map((figure) => figureItem(figure, emphasize))),
      ),
  );
}
