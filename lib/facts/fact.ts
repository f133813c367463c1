/**
 * A fact is a figure bound to what it measures: a concept (a line of the template, or a function-
 * classification item the document names) in a context (the year, the scenario, the fund). Two facts
 * with one key are the same quantity, wherever they are printed (XBRL's "duplicate facts").
 */
import type { Figure } from '../figures/figure';
import type { Fund, Scenario } from './vocabulary';

/**
 * certain: a table cell under its row and column, a template sentence naming the quantity exactly, a
 * template slot under its item heading. probable: nearby words only (may warn, never be an error).
 */
export type Certainty = 'certain' | 'probable';

export interface Binding {
  /** A concept id of the vocabulary, or "item:" and a classification path ("item:一般公共服务支出（类）…（项）"). */
  concept: string;
  /** The year the figure is for. */
  period: number | null;
  scenario: Scenario;
  fund: Fund;
  certainty: Certainty;
}

export interface Fact extends Binding {
  figure: Figure;
  source: 'prose' | 'table';
}

export function factKey(binding: Binding): string {
  return `${binding.concept}|${binding.period ?? ''}|${binding.scenario}|${binding.fund}`;
}

/** A document's scenario for a figure whose words name none: the 决算's actuals, the 预算's allocation. */
export function defaultScenario(kind: '预算' | '决算' | null): Scenario {
  return kind === '决算' ? 'actual' : 'budget';
}
