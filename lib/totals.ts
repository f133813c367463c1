/**
 * The unit's headline totals, in 万元, as the document states them: the first sentence whose amount is
 * that total's fact (lib/facts: the names are read there, once for every family), else the template's
 * table cell for it. Nothing is computed here; a total printed in 万元 keeps its printed digits (212.10,
 * not 212.1).
 */
import { D } from './decimal';
import { defaultScenario, type FactStore } from './facts';
import type { Fund } from './facts/vocabulary';
import { toWan, isMoneyUnit, type Figure } from './figures/figure';
import type { Statement } from './prose/statements';
import type { TotalKey } from './report';

/** The concepts each total is in the fact layer, by preference (收入总计 where 本年收入合计 is not stated). */
const CONCEPTS: Record<TotalKey, readonly string[]> = {
  收入合计: ['本年收入合计', '收入总计'],
  支出合计: ['本年支出合计', '支出总计'],
  基本支出: ['基本支出'],
  项目支出: ['项目支出'],
  人员经费: ['人员经费'],
  公用经费: ['公用经费'],
  三公经费: ['三公经费'],
};

/** All funds first; the template prints 人员经费 and 公用经费 only for the general budget. */
const FUNDS: readonly Fund[] = ['', '财政拨款', '一般公共预算'];

/** A figure in 万元, with the digits it was printed with when it was printed in 万元. */
function inWan(figure: Figure): string {
  const unit = isMoneyUnit(figure.unit) ? figure.unit : '万元';
  const wan = toWan(new D(figure.value), unit);
  return unit === '万元' ? wan.toFixed(figure.scale) : wan.toFixed();
}

export interface TotalsContext {
  facts: FactStore;
  kind: '预算' | '决算' | null;
  year: number | null;
}

export function totalsOf(statements: Statement[], context: TotalsContext): Partial<Record<TotalKey, string>> {
  const totals: Partial<Record<TotalKey, string>> = {};
  const scenario = defaultScenario(context.kind);
  // The prose's amounts by the fact each is (lib/facts: the one reading of a name), in document order.
  const stated = statements.flatMap((statement) => {
    const figure = statement.value?.figure;
    if (!figure || figure.kind === 'percent' || figure.kind === 'count' || figure.kind === 'score') return [];
    const fact = context.facts.factOf(figure);
    return fact && fact.source === 'prose' && fact.scenario === scenario && (fact.period === null || fact.period === context.year) ? [fact] : [];
  });
  for (const key of Object.keys(CONCEPTS) as TotalKey[]) {
    // All funds before one fund, each the first sentence that states it; then the template's table cell.
    // A 收支总表 whose 收入合计 sums the carry-over is the unit's 收入总计, still the unit's total rather than
    // the 财政拨款 table's 本年收入.
    search: for (const fund of FUNDS) {
      for (const concept of CONCEPTS[key]) {
        const prose = stated.find((fact) => fact.concept === concept && fact.fund === fund);
        const fact = prose ?? context.facts.valueOf({ concept, period: context.year, scenario, fund, certainty: 'certain' });
        if (fact) {
          totals[key] = inWan(fact.figure);
          break search;
        }
      }
    }
  }
  return totals;
}
