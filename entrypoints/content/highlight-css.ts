/**
 * The ::highlight() rules that colour the painted figures, in two forms.
 *
 * Chromium: `:root::highlight(…)` in a stylesheet the manifest injects at document_start (built into
 * content-scripts/highlights.css by wxt.config.ts). Highlight styles inherit down the element tree, so
 * one rule on <html> colours every figure; a rule that matches one element costs nothing measurable
 * while the page loads, and, being there before the page is built, it never makes the browser restyle
 * the whole page when the highlights go in (a <style> added then cost ~60 ms on a 1 MB page).
 *
 * Firefox (153) paints a highlight only from rules that match the text's own parent element, so there
 * the painter adds the universal form (`::highlight(…)`) to the page when it first paints, as before.
 */
import { looksCss } from './painter';

export type Layer = 'verified' | 'info-related' | 'warning-related' | 'error-related' | 'info' | 'warning' | 'error' | 'current' | 'flash';
/** Later layers win where ranges overlap: flash over current over the primaries over related over ticks. */
export const LAYERS: readonly Layer[] = ['verified', 'info-related', 'warning-related', 'error-related', 'info', 'warning', 'error', 'current', 'flash'];
export const highlightName = (layer: Layer): string => `suanpan-${layer}`;

/** The stylesheet the Chromium build's manifest injects (relative to the extension's root). */
export const HIGHLIGHT_CSS_FILE = 'content-scripts/highlights.css';

export function highlightCss(scope: ':root' | ''): string {
  const selector = (layer: Layer) => `${scope}::highlight(${highlightName(layer)})`;
  return `${looksCss(selector)}
${selector('current')} { background-color: rgba(37, 99, 235, 0.35); }
${selector('flash')} { background-color: rgba(250, 204, 21, 0.85); color: #111; }
@media (forced-colors: active) {
  ${selector('current')}, ${selector('flash')} { background-color: Highlight; color: HighlightText; }
}
`;
}
