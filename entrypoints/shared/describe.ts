/**
 * Findings' explanations in the browser's language, through browser.i18n: the dictionaries stay in
 * _locales/ (built from locales/*.json by WXT's i18n module) and are never bundled into a script. Used
 * by the content script (the engine's findings) and the background (the cross-document findings).
 */
import { browser } from 'wxt/browser';
import type { Explain } from '../../lib/i18n/explain';
import { renderExplain, type Locale, type Lookup } from '../../lib/i18n/render';

// getMessage is typed for WXT's generated keys; explanation keys are checked by the tests of locales/.
const getMessage = browser.i18n.getMessage as (name: string) => string;
const lookup: Lookup = (key) => getMessage(key) || undefined;

/**
 * The locale the messages come in: English for an English browser, Chinese otherwise (a language with
 * no messages of its own gets the default locale's, zh_CN).
 */
export function pageLocale(): Locale {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? 'en' : 'zh_CN';
}

export function describeInBrowser(explain: Explain): string {
  return renderExplain(explain, lookup, pageLocale());
}
