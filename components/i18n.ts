/**
 * The extension's words: browser.i18n with the messages of locales/ (zh_CN by default, English when the
 * browser's language is English). `i18n.t` for the UI's own sentences, typed by WXT's i18n module from
 * locales/; `UI_WORDS`, the same messages as a Lookup, for the pure helpers shared with Node
 * (lib/export, ./format.ts). Both go through the one `lookup` below.
 */
import type { createI18n } from '@wxt-dev/i18n';
import { browser } from 'wxt/browser';
import { numberText, say, type Words } from '../lib/export/words';
import type { Locale, Lookup } from '../lib/i18n/render';
// The generated message structure, by path rather than through '#i18n' (whose runtime, createI18n, is
// not used: see `i18n` below), so that the Node tests' tsconfig, which has no '#i18n' alias, reads it too.
import type { GeneratedI18nStructure } from '../.wxt/i18n/structure';

// getMessage is typed for the predefined @@ messages only (and not at all without WXT's generated
// types, as in the Node tests); ours are checked by the tests of locales/.
const { getMessage } = browser.i18n as unknown as { getMessage(name: string): string };
// Remembered per key: the same few messages are asked for once per finding (hundreds on a large page),
// and each getMessage call goes out to the browser.
const messages = new Map<string, string | undefined>();
const lookup: Lookup = (key) => {
  if (!messages.has(key)) messages.set(key, getMessage(key) || undefined);
  return messages.get(key);
};

/** The locale of the messages the browser picked (a language we have no messages for gets zh_CN's). */
export const UI_LOCALE: Locale = lookup('ui_locale') === 'en' ? 'en' : 'zh_CN';

/** For `lang` attributes: "zh-CN" or "en". */
export const UI_LANG: string = lookup('ui_lang') ?? 'zh-CN';

export const UI_WORDS: Words = { lookup, locale: UI_LOCALE };

type UiI18n = ReturnType<typeof createI18n<GeneratedI18nStructure>>;
// Compiles only while no message needs what `t` below leaves out of WXT's runtime (plural forms, $1);
// the error names the messages that do.
type None<T extends never> = T;
type NeedingWxtRuntime = None<{ [K in keyof GeneratedI18nStructure]: GeneratedI18nStructure[K] extends { plural: false; substitutions: 0 } ? never : K }[keyof GeneratedI18nStructure]>;

/**
 * WXT's typed `t` ("ui.card.close", { figure }) without its runtime: our messages use named arguments
 * only (no plurals, no $1: see NeedingWxtRuntime above), which `say` fills the way lib/ fills the
 * engine's explanations.
 */
export const i18n: UiI18n = {
  t: ((key: string, args?: Record<string, string | number>) => say(UI_WORDS, key.replaceAll('.', '_'), args)) as UiI18n['t'],
};

/** A number the extension computed or counted, for the locale (Chinese: no digit grouping). Not for years. */
export function n(value: number | string, places?: number): string {
  return numberText(UI_WORDS, value, places);
}
