/**
 * Findings' explanations in the browser's language, through browser.i18n: the dictionaries stay in
 * _locales/ (built from locales/*.json by WXT's i18n module) and are never bundled into a script. Used
 * by the content script (the engine's findings) and the background (the cross-document findings), with
 * the same words and locale as the rest of the UI (components/i18n.ts).
 */
import { UI_WORDS } from '../../components/i18n';
import type { Explain } from '../../lib/i18n/explain';
import { renderExplain } from '../../lib/i18n/render';

export function describeInBrowser(explain: Explain): string {
  return renderExplain(explain, UI_WORDS.lookup, UI_WORDS.locale);
}
