/**
 * Words from keys. Pure: the caller supplies `lookup`, which is browser.i18n.getMessage in the
 * extension (so the dictionaries are not bundled into the content script) and the JSON files in
 * `locales/` in Node (see ./dictionaries.ts).
 *
 * Templates use WXT's named substitutions, `{name}`, so the same text works with `i18n.t(key, args)`.
 */
import type { Explain, ExplainArg, MoneyUnit } from './explain';

export const LOCALES = ['zh_CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Returns the template for a flattened key, or undefined / '' when there is none. */
export type Lookup = (key: string) => string | undefined;

/** The money units as printed on the page, and the names of their messages. */
export const MONEY_UNIT_KEYS: Readonly<Record<MoneyUnit, string>> = { 元: 'unit_yuan', 万元: 'unit_wan', 亿元: 'unit_yi' };
const NAMED = /\{([A-Za-z0-9_]+)\}/g;

/**
 * A computed number for this locale. Chinese keeps the documents' own style (no digit grouping, so
 * "1234.56" reads like the page it came from); English groups thousands.
 */
export function formatNumber(value: string, locale: Locale, places?: number): string {
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const [whole = '0', fraction = ''] = digits.split('.');
  const shown = places === undefined ? fraction : fraction.padEnd(places, '0').slice(0, places);
  const grouped = locale === 'en' ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${negative ? '-' : ''}${grouped}${shown ? `.${shown}` : ''}`;
}

function argText(arg: ExplainArg, lookup: Lookup, locale: Locale): string {
  if (typeof arg === 'string') return arg;
  if ('number' in arg) return formatNumber(arg.number, locale, arg.places);
  if ('unit' in arg) return lookup(MONEY_UNIT_KEYS[arg.unit]) || arg.unit;
  return renderExplain({ key: arg.message, args: arg.args ?? {} }, lookup, locale);
}

/** The explanation in words. A missing key shows the key itself rather than nothing. */
export function renderExplain(explain: Explain, lookup: Lookup, locale: Locale): string {
  const template = lookup(explain.key);
  if (!template) return explain.key;
  return template.replace(NAMED, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(explain.args, name) ? argText(explain.args[name]!, lookup, locale) : whole,
  );
}
