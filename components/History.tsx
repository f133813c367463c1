/**
 * 历年对比: the unit's totals by year from the documents read before (kept on this computer), 预算
 * beside 决算, each value a link to the page it was read from, and a chart of one total. Only when
 * there are at least two documents to compare: with this page alone, a table of "—" and a single bar
 * said nothing, so one line says what will appear here.
 */
import { useState } from 'preact/hooks';
import type { HistoryRecord } from '../lib/history/record';
import { keysWithData, unitYears, type SeriesKey } from '../lib/history/series';
import { totalLabel } from '../lib/export/totals';
import { amountText } from '../lib/export/words';
import { HistoryChart } from './HistoryChart';
import { i18n, UI_WORDS } from './i18n';

function Amount({ record, quantity, kind, currentUrl }: { record: HistoryRecord | null; quantity: SeriesKey; kind: 'budget' | 'final'; currentUrl: string }) {
  const text = record?.totals[quantity];
  const label = kind === 'budget' ? i18n.t('ui.history.budget') : i18n.t('ui.history.final');
  const mark = kind === 'budget' ? i18n.t('ui.history.markBudget') : i18n.t('ui.history.markFinal');
  const name = totalLabel(UI_WORDS, quantity);
  if (!record || text === undefined) {
    return (
      <span class="amount amount-missing" title={record ? i18n.t('ui.history.missingIn', { kind: label, quantity: name }) : i18n.t('ui.history.notSaved', { kind: label })}>
        <span class="amount-mark">{mark}</span> —
      </span>
    );
  }
  return (
    <a class={`amount${record.url === currentUrl ? ' amount-current' : ''}`} href={record.url} target="_blank" rel="noreferrer" title={i18n.t('ui.history.record', { year: String(record.year ?? ''), kind: label, title: record.title })}>
      <span class="amount-mark">{mark}</span> {amountText(UI_WORDS, text)}
    </a>
  );
}

export function History({ records, unit, currentUrl, onManage }: { records: readonly HistoryRecord[]; unit: string | null; currentUrl: string; onManage?: () => void }) {
  const years = unitYears(records, unit);
  const keys = keysWithData(years);
  const [picked, setPicked] = useState<SeriesKey | null>(null);
  const quantity = picked && keys.includes(picked) ? picked : keys.includes('支出合计') ? '支出合计' : keys[0];
  const documents = years.reduce((sum, y) => sum + (y.budget ? 1 : 0) + (y.final ? 1 : 0), 0);
  const manage = onManage && (
    <button type="button" class="link-button" onClick={onManage}>
      {i18n.t('ui.history.manage')}
    </button>
  );
  if (documents < 2 || quantity === undefined) {
    const note = !unit ? i18n.t('ui.history.noUnit') : documents === 0 ? i18n.t('ui.history.noRecords') : i18n.t('ui.history.onlyThisPage');
    return (
      <p class="history-note">
        {note} {manage}
      </p>
    );
  }
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">
        {i18n.t('ui.history.title')}
        {manage}
      </h3>
      <div class="history-table-wrap">
        <table class="history-table">
          <caption class="sr-only">{i18n.t('ui.history.caption', { unit: unit ?? '' })}</caption>
          <thead>
            <tr>
              <th scope="col">{i18n.t('ui.history.unitHeader')}</th>
              {years.map((y) => (
                <th key={y.year} scope="col">
                  {y.year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key} class={key === quantity ? 'picked' : undefined}>
                <th scope="row">{totalLabel(UI_WORDS, key)}</th>
                {years.map((y) => (
                  <td key={y.year}>
                    <Amount record={y.budget} quantity={key} kind="budget" currentUrl={currentUrl} />
                    <Amount record={y.final} quantity={key} kind="final" currentUrl={currentUrl} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset class="history-pick">
        <legend>{i18n.t('ui.history.pick')}</legend>
        {keys.map((key) => (
          <label key={key}>
            <input type="radio" name="history-quantity" checked={key === quantity} onChange={() => setPicked(key)} />
            {totalLabel(UI_WORDS, key)}
          </label>
        ))}
      </fieldset>
      <HistoryChart years={years} quantity={quantity} currentUrl={currentUrl} />
    </section>
  );
}
