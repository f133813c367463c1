/**
 * What paints marks on the page (paint-highlight-api.ts: the CSS Custom Highlight API, which never
 * touches the page's DOM), and the looks' colours. It keeps a map from text node to marks for
 * hit-testing.
 */
import type { Look, Mark, Painted } from './marks';

export interface Painter {
  /** Told before the first add how many ranges (mark spans) this painting will have. */
  begin(ranges: number): void;
  /** Paints more marks, each in its look; called repeatedly in slices. */
  add(items: readonly Painted[]): void;
  /** Removes every trace of this painter from the page. */
  clear(): void;
  /** Live ranges over a painted mark (for hit-testing, placing the card, scrolling). */
  ranges(mark: Mark): Range[];
  /** The painted marks that cover (part of) this text node. */
  marksAt(node: Node): readonly Mark[];
  /** Emphasises the mark the keyboard is on, or none. */
  setCurrent(mark: Mark | null): void;
  /** Briefly emphasises a mark the user asked to see. */
  flash(mark: Mark): void;
}

export const FLASH_MS = 1600;

/** The looks by name: "error" (primary), "error-related", …, "verified". Highlight names are built from these. */
export type LookName = 'error' | 'warning' | 'info' | 'error-related' | 'warning-related' | 'info-related' | 'verified';

export function lookName(look: Look): LookName {
  if (look.role === 'verified') return 'verified';
  return look.role === 'primary' ? look.severity : `${look.severity}-related`;
}

/**
 * The colours of the looks (`selector(name)` gives each one's selector).
 * Only properties the highlight API paints (background, text decoration, colour) and nothing that takes
 * space, so painting never moves the page's text.
 *
 * Primary: a translucent background (keeps the page's own text colour readable) and an underline that
 * carries the meaning for readers who cannot tell red from amber (wavy = error, solid = warning,
 * dotted = info). Related: a thin dotted underline in the same colour, no background: visibly part of
 * the story, clearly not the figure in question. Verified: a faint green underline, quieter than all.
 */
export function looksCss(selector: (name: LookName) => string): string {
  const rule = (name: LookName, body: string) => `${selector(name)} { ${body} }`;
  return [
    rule('verified', 'background-color: rgba(22, 163, 74, 0.08); text-decoration: underline solid rgba(21, 128, 61, 0.75); text-decoration-thickness: 2px;'),
    rule('info-related', 'text-decoration: underline dotted #1d4ed8; text-decoration-thickness: 1px;'),
    rule('warning-related', 'text-decoration: underline dotted #b45309; text-decoration-thickness: 1px;'),
    rule('error-related', 'text-decoration: underline dotted #b91c1c; text-decoration-thickness: 1px;'),
    rule('info', 'background-color: rgba(59, 130, 246, 0.14); text-decoration: underline dotted #1d4ed8;'),
    rule('warning', 'background-color: rgba(245, 158, 11, 0.30); text-decoration: underline solid #b45309;'),
    rule('error', 'background-color: rgba(220, 38, 38, 0.22); text-decoration: underline wavy #b91c1c; text-decoration-thickness: 1.5px;'),
    '@media (forced-colors: active) {',
    `  ${['error', 'warning', 'info'].map((name) => selector(name as LookName)).join(', ')} { background-color: Mark; color: MarkText; }`,
    `  ${['error-related', 'warning-related', 'info-related', 'verified'].map((name) => selector(name as LookName)).join(', ')} { background-color: transparent; text-decoration-color: CanvasText; }`,
    '}',
  ].join('\n');
}

export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The document-level <style> of Firefox's highlights (Chromium's come with the manifest); ::highlight() rules do not work inside a shadow root. */
export function addPageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.setAttribute('data-suanpan', '');
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
  return style;
}
