/**
 * Painting with the CSS Custom Highlight API: ranges registered in CSS.highlights and coloured by
 * ::highlight() rules. The page's DOM is not touched (the one <style> goes into <head> and out again).
 */
import type { Severity } from '../../lib';
import type { Mark } from './marks';
import { addPageStyle, FLASH_MS, type Painter } from './painter';

type Layer = Severity | 'current' | 'flash';
const LAYERS: Layer[] = ['info', 'warning', 'error', 'current', 'flash'];
export const HIGHLIGHT_NAMES: Record<Layer, string> = {
  error: 'suanpan-error',
  warning: 'suanpan-warning',
  info: 'suanpan-info',
  current: 'suanpan-current',
  flash: 'suanpan-flash',
};

/** Translucent backgrounds keep the page's own text colour readable; the underline carries the meaning
 *  for readers who cannot tell red from amber (wavy = error, solid = warning, dotted = info). */
const CSS_TEXT = `
::highlight(suanpan-error) { background-color: rgba(220, 38, 38, 0.22); text-decoration: underline wavy #b91c1c; text-decoration-thickness: 1.5px; }
::highlight(suanpan-warning) { background-color: rgba(245, 158, 11, 0.30); text-decoration: underline solid #b45309; }
::highlight(suanpan-info) { background-color: rgba(59, 130, 246, 0.14); text-decoration: underline dotted #1d4ed8; }
::highlight(suanpan-current) { background-color: rgba(37, 99, 235, 0.35); }
::highlight(suanpan-flash) { background-color: rgba(250, 204, 21, 0.85); color: #111; }
@media (forced-colors: active) {
  ::highlight(suanpan-error), ::highlight(suanpan-warning), ::highlight(suanpan-info) { background-color: Mark; color: MarkText; }
  ::highlight(suanpan-current), ::highlight(suanpan-flash) { background-color: Highlight; color: HighlightText; }
}`;

export function createHighlightPainter(): Painter {
  const layers = new Map<Layer, Highlight>();
  const rangesOf = new Map<Mark, Range[]>();
  let byNode = new WeakMap<Node, Mark[]>();
  let style: HTMLStyleElement | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const layer = (name: Layer): Highlight => {
    let highlight = layers.get(name);
    if (!highlight) {
      highlight = new Highlight();
      // Later layers win where ranges overlap: flash over current over error over warning over info.
      highlight.priority = LAYERS.indexOf(name);
      layers.set(name, highlight);
      CSS.highlights.set(HIGHLIGHT_NAMES[name], highlight);
    }
    return highlight;
  };

  return {
    kind: 'highlight-api',
    add(marks) {
      style ??= addPageStyle(CSS_TEXT);
      for (const mark of marks) {
        const ranges = mark.spans.map((span) => {
          const range = new Range();
          range.setStart(span.node, span.start);
          range.setEnd(span.node, span.end);
          return range;
        });
        rangesOf.set(mark, ranges);
        const highlight = layer(mark.severity);
        for (const range of ranges) highlight.add(range);
        for (const span of mark.spans) {
          const list = byNode.get(span.node) ?? [];
          list.push(mark);
          byNode.set(span.node, list);
        }
      }
    },
    clear() {
      clearTimeout(flashTimer);
      for (const name of LAYERS) {
        // Only delete what is ours: a page may use the registry for its own highlights.
        if (layers.has(name) && CSS.highlights.get(HIGHLIGHT_NAMES[name]) === layers.get(name)) CSS.highlights.delete(HIGHLIGHT_NAMES[name]);
      }
      layers.clear();
      rangesOf.clear();
      byNode = new WeakMap();
      style?.remove();
      style = null;
    },
    ranges(mark) {
      return rangesOf.get(mark) ?? [];
    },
    marksAt(node) {
      return byNode.get(node) ?? [];
    },
    setCurrent(mark) {
      const current = layer('current');
      current.clear();
      for (const range of mark ? (rangesOf.get(mark) ?? []) : []) current.add(range);
    },
    flash(mark) {
      const flash = layer('flash');
      flash.clear();
      for (const range of rangesOf.get(mark) ?? []) flash.add(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => flash.clear(), FLASH_MS);
    },
  };
}
