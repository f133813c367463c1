/**
 * Painting with the CSS Custom Highlight API: ranges registered in CSS.highlights and coloured by
 * ::highlight() rules. The page's DOM is not touched (the one <style> goes into <head> and out again).
 */
import type { Mark } from './marks';
import { addPageStyle, FLASH_MS, lookName, looksCss, type LookName, type Painter } from './painter';

type Layer = LookName | 'current' | 'flash';
/** Later layers win where ranges overlap: flash over current over the primaries over related over ticks. */
const LAYERS: Layer[] = ['verified', 'info-related', 'warning-related', 'error-related', 'info', 'warning', 'error', 'current', 'flash'];
export const highlightName = (layer: Layer): string => `suanpan-${layer}`;

const CSS_TEXT = `
${looksCss((name) => `::highlight(${highlightName(name)})`)}
::highlight(suanpan-current) { background-color: rgba(37, 99, 235, 0.35); }
::highlight(suanpan-flash) { background-color: rgba(250, 204, 21, 0.85); color: #111; }
@media (forced-colors: active) {
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
      highlight.priority = LAYERS.indexOf(name);
      layers.set(name, highlight);
      CSS.highlights.set(highlightName(name), highlight);
    }
    return highlight;
  };

  return {
    kind: 'highlight-api',
    add(items) {
      style ??= addPageStyle(CSS_TEXT);
      for (const { mark, look } of items) {
        const ranges = mark.spans.map((span) => {
          const range = new Range();
          range.setStart(span.node, span.start);
          range.setEnd(span.node, span.end);
          return range;
        });
        rangesOf.set(mark, ranges);
        const highlight = layer(lookName(look));
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
        if (layers.has(name) && CSS.highlights.get(highlightName(name)) === layers.get(name)) CSS.highlights.delete(highlightName(name));
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
