/**
 * Pieces the check families put into their explanations again and again: a computed number, a money
 * unit, "增加/减少 x", a percentage, the budget a change is measured against, a list of clauses. Each is
 * an ExplainArg (see ./explain.ts); the words live in locales/*.json under "explain".
 */
import { D, type Dec } from '../decimal';
import type { Basis } from '../prose/cues';
import { isMoneyUnit as isMoney } from '../figures/figure';
// Types only: explain.ts holds the zod schema, which the content script must not bundle.
import type { Explain, ExplainArg, MoneyUnit } from './explain';

/** A clause: another message, nested in this one. */
export function clause(key: string, args: Record<string, ExplainArg> = {}): ExplainArg {
  return { message: `explain_${key}`, args };
}

/** A whole explanation (the key without its "explain_" prefix). */
export function say(key: string, args: Record<string, ExplainArg> = {}): Explain {
  return { key: `explain_${key}`, args };
}

/** A number the engine computed, already rounded and written out ("1234.50"): shown per locale. */
export function num(text: string): ExplainArg {
  return { number: text };
}

/** The unit after a computed amount: a money unit in the reader's words, any other unit word (人, 分) as printed. */
export function unit(unit: string | null | undefined): ExplainArg {
  return isMoney(unit ?? null) ? { unit: unit as MoneyUnit } : (unit ?? '');
}

/** A money unit named in running text ("若按“万元”计"): its name, not the suffix after a number. */
export function unitName(unit: string | null): ExplainArg {
  if (!isMoney(unit)) return unit ?? '';
  return clause(`unitName_${unit === '元' ? 'yuan' : unit === '万元' ? 'wan' : 'yi'}`);
}

/** A percentage the engine computed, rounded half up to `decimals` (the template adds the "%"). */
export function percent(value: Dec, decimals: number): ExplainArg {
  return { number: value.toDecimalPlaces(decimals, D.ROUND_HALF_UP).toFixed(decimals), places: decimals };
}

/** "增加x" / "减少x": `amount` is printed text or a computed number. */
export function change(direction: number | null, amount: ExplainArg): ExplainArg {
  return clause(direction === -1 ? 'common_decrease' : 'common_increase', { amount });
}

/** A signed computed amount as a change: "-0.50" → "减少0.50". */
export function signedChange(text: string): ExplainArg {
  return text.startsWith('-') ? change(-1, num(text.slice(1))) : change(1, num(text));
}

const BASIS_KEYS: Record<Basis, string> = { prior: 'prior', budget: 'budget', adjusted: 'adjusted', 'full-year': 'fullYear' };

/** What a change or a completion rate is measured against: 上年, 年初预算, 调整预算, 全年预算. */
export function basis(value: Basis): ExplainArg {
  return clause(`basis_${BASIS_KEYS[value]}`);
}

/** Text copied from the document, in quotation marks of the reader's language. */
export function quoted(text: string): ExplainArg {
  return clause('common_quoted', { text });
}

/**
 * Items joined as a list ("a、b、c" in Chinese, "a, b, c" in English), or with `key` as the joint
 * ("common_plus": "a + b"). Nested two at a time, so any number of items needs one message.
 */
export function series(items: ExplainArg[], key = 'common_series'): ExplainArg {
  if (items.length === 0) return '';
  return items.reduceRight((tail, head) => clause(key, { head, tail }));
}

/** An optional clause: present when `when` holds, empty otherwise. */
export function optional(when: boolean, key: string, args: Record<string, ExplainArg> = {}): ExplainArg {
  return when ? clause(key, args) : '';
}
