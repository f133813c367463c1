/**
 * One total across the years as grouped bars, 预算 beside 决算, drawn as inline SVG (no library).
 * Each bar links to the page it was read from and names its value for screen readers.
 */
import Decimal from 'decimal.js';
import type { HistoryRecord } from '../lib/history/record';
import { totalLabel } from '../lib/export/totals';
import { amountText } from '../lib/export/words';
import { i18n, UI_WORDS } from './i18n';
import type { SeriesKey, YearEntry } from '../lib/history/series';

const WIDTH = 340;
const HEIGHT = 170;
const TOP = 18;
const BOTTOM = 22;
const LEFT = 8;

function value(record: HistoryRecord | null, key: SeriesKey): Decimal | null {
  const text = record?.totals[key];
  if (text === undefined) return null;
  try {
    return new Decimal(text);
  } catch {
    return null;
  }
}

export function HistoryChart({ years, quantity, currentUrl }: { years: readonly YearEntry[]; quantity: SeriesKey; currentUrl: string }) {
  const values = years.flatMap((y) => [value(y.budget, quantity), value(y.final, quantity)]).filter((v): v is Decimal => v !== null);
  const name = totalLabel(UI_WORDS, quantity);
  const amount = (v: Decimal) => amountText(UI_WORDS, v);
  if (values.length === 0) return <p class="empty">{i18n.t('ui.history.noData', { quantity: name })}</p>;
  const max = Decimal.max(...values, new Decimal(0));
  const plot = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT * 2) / years.length;
  const bar = Math.min(28, (slot - 10) / 2);
  // Value labels only when they fit: at most six years.
  const labels = years.length <= 6;
  const heightOf = (v: Decimal) => (max.isZero() ? 0 : v.div(max).times(plot).toNumber());
  const summary = years
    .map((y) => {
      const b = value(y.budget, quantity);
      const f = value(y.final, quantity);
      const none = i18n.t('ui.history.none');
      return i18n.t('ui.history.yearSummary', { year: String(y.year), budget: b ? amount(b) : none, final: f ? amount(f) : none });
    })
    .join(i18n.t('ui.history.summarySeparator'));
  return (
    <figure class="history-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={i18n.t('ui.history.chartLabel', { quantity: name, summary })}>
        <line x1={LEFT} x2={WIDTH - LEFT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="axis" />
        {years.map((y, i) => {
          const center = LEFT + slot * i + slot / 2;
          const bars: Array<{ record: HistoryRecord | null; kind: 'budget' | 'final'; x: number }> = [
            { record: y.budget, kind: 'budget', x: center - bar - 1 },
            { record: y.final, kind: 'final', x: center + 1 },
          ];
          return (
            <g key={y.year}>
              {bars.map(({ record, kind, x }) => {
                const v = value(record, quantity);
                const label = i18n.t('ui.history.bar', { year: String(y.year), kind: kind === 'budget' ? i18n.t('ui.history.budget') : i18n.t('ui.history.final') });
                if (!record || v === null) {
                  return <rect key={kind} x={x} y={HEIGHT - BOTTOM - 1} width={bar} height={1} class={`bar bar-missing`} />;
                }
                const h = Math.max(1, heightOf(v));
                const current = record.url === currentUrl;
                return (
                  <a key={kind} href={record.url} target="_blank" rel="noreferrer">
                    <title>{i18n.t('ui.history.barTitle', { label, value: amount(v), title: record.title })}</title>
                    <rect x={x} y={HEIGHT - BOTTOM - h} width={bar} height={h} class={`bar bar-${kind}${current ? ' bar-current' : ''}`} />
                    {labels && (
                      <text x={x + bar / 2} y={HEIGHT - BOTTOM - h - 3} class="bar-label" text-anchor="middle">
                        {amount(v)}
                      </text>
                    )}
                  </a>
                );
              })}
              <text x={center} y={HEIGHT - 6} class="year-label" text-anchor="middle">
                {y.year}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="legend legend-budget" aria-hidden="true" /> {i18n.t('ui.history.legendBudget')} <span class="legend legend-final" aria-hidden="true" /> {i18n.t('ui.history.legendFinal')}{' '}
        {values.length > 0 && years.some((y) => y.budget?.url === currentUrl || y.final?.url === currentUrl) && (
          <>
            <span class="legend legend-current" aria-hidden="true" /> {i18n.t('ui.history.legendCurrent')}
          </>
        )}{' '}
        {i18n.t('ui.history.legendUnit')}
      </figcaption>
    </figure>
  );
}
