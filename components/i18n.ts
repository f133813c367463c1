/**
 * The extension's words: browser.i18n with the messages of locales/ (zh_CN by default, English when the
 * browser's language is English). `i18n.t` (typed, from WXT) for the UI's own sentences; `UI_WORDS`,
 * the same messages as a Lookup, for the pure helpers shared with Node (lib/export, ./format.ts).
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { numberText, type Words } from '../lib/export/words';
import type { Locale, Lookup } from '../lib/i18n/render';

export { i18n };

// getMessage is typed for the predefined @@ messages only; ours are checked by the tests of locales/.
const getMessage = browser.i18n.getMessage as (name: string) => string;
const lookup: Lookup = (key) => getMessage(key) || undefined;

/** The locale of the messages the browser picked (a language we have no messages for gets zh_CN's). */
export const UI_LOCALE: Locale = lookup('ui_locale') === 'en' ? 'en' : 'zh_CN';

/** For `lang` attributes: "zh-CN" or "en". */
export const UI_LANG: string = lookup('ui_lang') ?? 'zh-CN';

export const UI_WORDS: Words = { lookup, locale: UI_LOCALE };

/** A number the extension computed or counted, for the locale (Chinese: no digit grouping). Not for years. */
export function n(value: number | string, places?: number): string {
  return numberText(UI_WORDS, value, places);
}
