/**
 * One finding explained: the relation that failed (the engine's message), the table it is in, every
 * figure in it as printed with the clause it stands in — the figure in question first, then the ones
 * it was compared with — and expected vs printed with the difference. Shared by the page's card and
 * the side panel. Text only, through Preact: page-derived strings never become markup.
 */
import type { FigureLocation, FigureRef, Finding } from '../lib/report';
import { checkTitle, difference, figureText, findingMessage, severityLabel } from './format';
import { i18n, n, UI_WORDS } from './i18n';

export function SeverityChip({ severity }: { severity: Finding['severity'] }) {
  return <span class={`chip chip-${severity}`}>{severityLabel(UI_WORDS, severity)}</span>;
}

/** The figure the card is about: where it is when known (a table repeats the same number in many
 *  cells), else its text. */
export interface Emphasis {
  text: string;
  at: FigureLocation | null;
}

function isEmphasized(figure: FigureRef, emphasize: Emphasis | undefined): boolean {
  if (!emphasize) return false;
  const [a, b] = [figure.at, emphasize.at];
  if (!a || !b) return figure.text === emphasize.text;
  return a.block === b.block && a.table === b.table && a.row === b.row && a.cell === b.cell && a.start === b.start && a.end === b.end;
}

function FigureItem({ figure, emphasize }: { figure: FigureRef; emphasize: Emphasis | undefined }) {
  return (
    <li class={isEmphasized(figure, emphasize) ? 'figure-current' : undefined}>
      <span class="figure-text">
        {figure.text}
        {figure.unit && !figure.text.endsWith(figure.unit) ? figure.unit : ''}
      </span>
      {figure.quote && figure.quote !== figure.text && <span class="figure-quote">{figure.quote}</span>}
    </li>
  );
}

export function FindingDetails({ finding, emphasize, showTable = true }: { finding: Finding; emphasize?: Emphasis; showTable?: boolean }) {
  const diff = difference(finding.expected, finding.actual, UI_WORDS);
  const [primary, ...related] = finding.figures;
  return (
    <div class="finding-details">
      <p class="finding-head">
        <SeverityChip severity={finding.severity} />
        <span class="finding-check">{checkTitle(UI_WORDS, finding.check)}</span>
      </p>
      {showTable && finding.table && <p class="finding-table">{i18n.t('ui.details.table', { table: finding.table })}</p>}
      <p class="finding-message">{findingMessage(UI_WORDS, finding)}</p>
      {(finding.expected !== null || finding.actual !== null) && (
        <dl class="finding-numbers">
          {finding.expected !== null && (
            <div>
              <dt>{i18n.t('ui.details.expected')}</dt>
              <dd>{figureText(UI_WORDS, finding.expected)}</dd>
            </div>
          )}
          {finding.actual !== null && (
            <div>
              <dt>{i18n.t('ui.details.actual')}</dt>
              <dd>{figureText(UI_WORDS, finding.actual)}</dd>
            </div>
          )}
          {diff !== null && (
            <div>
              <dt>{i18n.t('ui.details.difference')}</dt>
              <dd>{diff}</dd>
            </div>
          )}
        </dl>
      )}
      {finding.figures.length > 0 && (
        <details class="finding-figures" open={finding.figures.length <= 4}>
          <summary>{i18n.t('ui.details.figures', { count: n(finding.figures.length) })}</summary>
          <p class="figure-role">{i18n.t('ui.details.primary')}</p>
          <ul>{primary && <FigureItem figure={primary} emphasize={emphasize} />}</ul>
          {related.length > 0 && (
            <>
              <p class="figure-role">{i18n.t('ui.details.related')}</p>
              <ul>
                {related.map((figure, i) => (
                  <FigureItem key={i} figure={figure} emphasize={emphasize} />
                ))}
              </ul>
            </>
          )}
        </details>
      )}
    </div>
  );
}
