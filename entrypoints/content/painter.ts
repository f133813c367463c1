/**
 * Two ways to paint marks. The CSS Custom Highlight API paints ranges without touching the page's DOM
 * (default where CSS.highlights exists); the fallback wraps each figure in a <suanpan-mark> element and
 * takes it out again exactly. Both keep a map from text node to marks for hit-testing.
 */
import type { Mark } from './marks';

export type PainterKind = 'highlight-api' | 'wrap';

export interface Painter {
  readonly kind: PainterKind;
  /** Paints more marks; called repeatedly in idle slices. */
  add(marks: readonly Mark[]): void;
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

export function supportsHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** The document-level <style> both painters use; ::highlight() rules do not work inside a shadow root. */
export function addPageStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.setAttribute('data-suanpan', '');
  style.textContent = css;
  (document.head ?? document.documentElement).append(style);
  return style;
}
