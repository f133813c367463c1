/**
 * The message files of `locales/` for Node (CLI, tests), flattened the way WXT's i18n module flattens
 * them for browser.i18n: nested keys joined with "_". The extension never imports this file.
 */
import en from '../../locales/en.json' with { type: 'json' };
import zhCN from '../../locales/zh_CN.json' with { type: 'json' };
import { renderExplain, type Locale, type Lookup } from './render';
import type { Explain } from './explain';

type Messages = { [key: string]: string | Messages };

function flatten(messages: Messages, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (typeof value === 'string') into.set(name, value);
    else flatten(value, name, into);
  }
  return into;
}

const FLAT: Record<Locale, Map<string, string>> = { zh_CN: flatten(zhCN as Messages), en: flatten(en as Messages) };

export function lookupFor(locale: Locale): Lookup {
  return (key) => FLAT[locale].get(key);
}

export function messageKeys(locale: Locale): string[] {
  return [...FLAT[locale].keys()];
}

/** Renders with the Node dictionaries (Chinese unless told otherwise). */
export function describe(explain: Explain, locale: Locale = 'zh_CN'): string {
  return renderExplain(explain, lookupFor(locale), locale);
}
