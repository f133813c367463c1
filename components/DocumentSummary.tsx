/**
 * The panel's description of the document, in two parts: its head (unit, year, 预算/决算, title,
 * address: a few short lines above the findings) and its totals (compact, below the findings).
 */
import { totalLabel } from '../lib/export/totals';
import { amountText, factText, kindLabel } from '../lib/export/words';
import { i18n, n, UI_WORDS } from './i18n';
import type { DocumentReport } from '../lib/report';
import { TOTAL_KEYS } from '../lib/report';

export function DocumentSummary({ report, url }: { report: DocumentReport; url: string }) {
  return (
    <section class="document" aria-labelledby="document-title">
      <h2 id="document-title">{report.title || i18n.t('export.untitled')}</h2>
      <dl class="facts">
        <div>
          <dt>{i18n.t('ui.summary.unit')}</dt>
          <dd>{factText(UI_WORDS, report.unit)}</dd>
        </div>
        <div>
          <dt>{i18n.t('ui.summary.year')}</dt>
          <dd>{factText(UI_WORDS, report.year)}</dd>
        </div>
        <div>
          <dt>{i18n.t('ui.summary.kind')}</dt>
          <dd>{kindLabel(UI_WORDS, report.kind)}</dd>
        </div>
        {/* One line, cut with an ellipsis (the whole address in the tooltip): an address broken
            anywhere left a lone letter on a line of its own. */}
        <div class="address">
          <dt>{i18n.t('ui.summary.address')}</dt>
          <dd title={url}>{url}</dd>
        </div>
      </dl>
      {report.unfinished && report.unfinished.length > 0 && (
        <p class="notice unfinished" role="status">
          {i18n.t('budget.unfinished', { count: String(report.unfinished.length) })}
        </p>
      )}
    </section>
  );
}

/** The totals the document states, two to a line, and how much of it was read and checked. */
export function DocumentTotals({ report }: { report: DocumentReport }) {
  const totals = TOTAL_KEYS.filter((key) => report.totals[key] !== undefined);
  return (
    <section class="document-totals" aria-labelledby="totals-title">
      <h3 id="totals-title">{i18n.t('ui.summary.totals')}</h3>
      {totals.length === 0 ? (
        <p class="empty">{i18n.t('ui.summary.noTotals')}</p>
      ) : (
        <table class="totals">
          <tbody>
            {totals.map((key) => (
              <tr key={key}>
                <th scope="row">{totalLabel(UI_WORDS, key)}</th>
                <td>{amountText(UI_WORDS, report.totals[key]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="stats">
        {i18n.t('ui.summary.stats', {
          figures: n(report.stats.figures),
          relations: n(report.stats.relations),
          checked: n(report.stats.checked),
          unchecked: n(report.stats.unchecked),
          truncated: report.truncated ? i18n.t('ui.summary.truncated') : '',
        })}
      </p>
    </section>
  );
}
