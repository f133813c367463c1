/**
 * One finding explained: the relation that failed (the engine's message), the table it is in, every
 * figure in it as printed with the clause it stands in — the figure in question first, then the ones
 * it was compared with — and expected vs printed with the difference. Shared by the page's card and
 * the side panel. Text only, through Preact: page-derived strings never become markup.
 */
import type { FigureLocation, FigureRef, Finding } from '../lib/report';
import { checkTitle, difference, SEVERITY_LABEL } from './format';

export function SeverityChip({ severity }: { severity: Finding['severity'] }) {
  return <span class={`chip chip-${severity}`}>{SEVERITY_LABEL[severity]}</span>;
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
  const diff = difference(finding.expected, finding.actual);
  const [primary, ...related] = finding.figures;
  return (
    <div class="finding-details">
      <p class="finding-head">
        <SeverityChip severity={finding.severity} />
        <span class="finding-check">{checkTitle(finding.check)}</span>
      </p>
      {showTable && finding.table && <p class="finding-table">表格：{finding.table}</p>}
      <p class="finding-message">{finding.message}</p>
      {(finding.expected !== null || finding.actual !== null) && (
        <dl class="finding-numbers">
          {finding.expected !== null && (
            <div>
              <dt>按其他数字推算</dt>
              <dd>{finding.expected}</dd>
            </div>
          )}
          {finding.actual !== null && (
            <div>
              <dt>页面所印</dt>
              <dd>{finding.actual}</dd>
            </div>
          )}
          {diff !== null && (
            <div>
              <dt>相差</dt>
              <dd>{diff}</dd>
            </div>
          )}
        </dl>
      )}
      {finding.figures.length > 0 && (
        <details class="finding-figures" open={finding.figures.length <= 4}>
          <summary>涉及的数字（{finding.figures.length}）</summary>
          <p class="figure-role">所指数字</p>
          <ul>{primary && <FigureItem figure={primary} emphasize={emphasize} />}</ul>
          {related.length > 0 && (
            <>
              <p class="figure-role">参与比较的数字</p>
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
