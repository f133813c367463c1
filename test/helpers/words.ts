/** The words of locales/ for tests of code that takes a `Words` (lib/export, components/format). */
import { lookupFor } from '../../lib/i18n/dictionaries';
import type { Locale } from '../../lib/i18n/render';
import type { Words } from '../../lib/export/words';

export function wordsFor(locale: Locale): Words {
  return { lookup: lookupFor(locale), locale };
}

export const ZH = wordsFor('zh_CN');
export const EN = wordsFor('en');
