/**
 * 历年对比: the unit's totals by year from the documents read before (kept on this computer), 预算
 * beside 决算, each value a link to the page it was read from, and a chart of one total.
 */
import { useState } from 'preact/hooks';
import type { HistoryRecord } from '../lib/history/record';
import { keysWithData, unitYears, type SeriesKey } from '../lib/history/series';
import { wanText } from '../lib/export/words';
import { HistoryChart } from './HistoryChart';

function Amount({ record, quantity, mark, currentUrl }: { record: HistoryRecord | null; quantity: SeriesKey; mark: '预' | '决'; currentUrl: string }) {
  const text = record?.totals[quantity];
  const label = mark === '预' ? '预算' : '决算';
  if (!record || text === undefined) {
    return (
      <span class="amount amount-missing" title={record ? `${label}文件中未找到${quantity}` : `未保存${label}文件`}>
        <span class="amount-mark">{mark}</span> —
      </span>
    );
  }
  return (
    <a class={`amount${record.url === currentUrl ? ' amount-current' : ''}`} href={record.url} target="_blank" rel="noreferrer" title={`${record.year}年${label}：${record.title}`}>
      <span class="amount-mark">{mark}</span> {wanText(text)}
    </a>
  );
}

export function History({ records, unit, currentUrl, onManage }: { records: readonly HistoryRecord[]; unit: string | null; currentUrl: string; onManage?: () => void }) {
  const years = unitYears(records, unit);
  const keys = keysWithData(years);
  const [picked, setPicked] = useState<SeriesKey | null>(null);
  const quantity = picked && keys.includes(picked) ? picked : keys.includes('支出合计') ? '支出合计' : keys[0];
  const onlyThisPage = years.length === 1 && !(years[0]!.budget && years[0]!.final);
  return (
    <section class="history" aria-labelledby="history-title">
      <h3 id="history-title">
        历年对比
        {onManage && (
          <button type="button" class="link-button" onClick={onManage}>
            管理历史记录
          </button>
        )}
      </h3>
      {years.length === 0 || quantity === undefined ? (
        <p class="empty">{unit ? '还没有这个单位的其他记录。' : '没有识别出单位名称，无法对比。'}</p>
      ) : (
        <>
          {onlyThisPage && <p class="hint">目前只有本页。读过同一单位其他年度的预算、决算后，这里会并列显示。</p>}
          <div class="history-table-wrap">
            <table class="history-table">
              <caption class="sr-only">{unit}历年总额（万元），“预”为预算，“决”为决算</caption>
              <thead>
                <tr>
                  <th scope="col">万元</th>
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
                    <th scope="row">{key}</th>
                    {years.map((y) => (
                      <td key={y.year}>
                        <Amount record={y.budget} quantity={key} mark="预" currentUrl={currentUrl} />
                        <Amount record={y.final} quantity={key} mark="决" currentUrl={currentUrl} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <fieldset class="history-pick">
            <legend>图示</legend>
            {keys.map((key) => (
              <label key={key}>
                <input type="radio" name="history-quantity" checked={key === quantity} onChange={() => setPicked(key)} />
                {key}
              </label>
            ))}
          </fieldset>
          <HistoryChart years={years} quantity={quantity} currentUrl={currentUrl} />
        </>
      )}
    </section>
  );
}
