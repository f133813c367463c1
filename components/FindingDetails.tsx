/**
 * One finding explained: the relation that failed (the engine's message), every figure in it as
 * printed with the clause it stands in, and expected vs printed with the difference. Shared by the
 * page's card and the side panel. Text only, through Preact: page-derived strings never become markup.
 */
import type { Finding } from '../lib/report';
import { checkTitle, difference, SEVERITY_LABEL } from './format';

export function SeverityChip({ severity }: { severity: Finding['severity'] }) {
  return <span class={`chip chip-${severity}`}>{SEVERITY_LABEL[severity]}</span>;
}

export function FindingDetails({ finding, emphasize }: { finding: Finding; emphasize?: string }) {
  const diff = difference(finding.expected, finding.actual);
  return (
    <div class="finding-details">
      <p class="finding-head">
        <SeverityChip severity={finding.severity} />
        <span class="finding-check">{checkTitle(finding.check)}</span>
      </p>
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
          <ul>
            {finding.figures.map((figure, i) => (
              <li key={i} class={emphasize !== undefined && figure.text === emphasize ? 'figure-current' : undefined}>
                <span class="figure-text">
                  {figure.text}
                  {figure.unit && !figure.text.endsWith(figure.unit) ? figure.unit : ''}
                </span>
                {figure.quote && figure.quote !== figure.text && <span class="figure-quote">{figure.quote}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
