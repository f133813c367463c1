/**
 * Painting with the CSS Custom Highlight API: ranges registered in CSS.highlights and coloured by
 * ::highlight() rules (highlight-css.ts). The page's DOM is not touched; in Firefox the one <style>
 * goes into <head> and out again. On a page with very many figures only those near the viewport are
 * registered at a time (highlight-window.ts).
 */
import { highlightName, LAYERS, type Layer } from './highlight-css';
import { ViewportWindow } from './highlight-window';
import type { Mark } from './marks';
import { addPageStyle, FLASH_MS, lookName, type Painter } from './painter';
import { rangesFromSpans } from './scroll';


interface Painted {
  mark: Mark;
  layer: Highlight;
  /** Made when first shown or asked for. */
  ranges: Range[] | null;
}

/**
 * `pageCss`: rules to add to the page when painting starts, where the manifest's stylesheet does not
 * do (Firefox). Past `registerAllUpTo` ranges, only those near the viewport are registered.
 */
export function createHighlightPainter(pageCss: string | null, registerAllUpTo: number): Painter {
  const layers = new Map<Layer, Highlight>();
  let painted = new Map<Mark, Painted>();
  let byNode = new WeakMap<Node, Mark[]>();
  let viewport: ViewportWindow | null = null;
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
  const rangesOf = (entry: Painted): Range[] => (entry.ranges ??= rangesFromSpans(entry.mark.spans));
  const show = (entry: Painted) => {
    for (const range of rangesOf(entry)) entry.layer.add(range);
  };
  const hide = (entry: Painted) => {
    for (const range of entry.ranges ?? []) entry.layer.delete(range);
  };
  const rangesFor = (mark: Mark): Range[] => {
    const entry = painted.get(mark);
    return entry ? rangesOf(entry) : [];
  };

  return {
    begin(ranges) {
      // Past the threshold, the viewport window decides what is registered (see highlight-window.ts).
      if (ranges > registerAllUpTo) viewport ??= new ViewportWindow();
    },
    add(items) {
      if (pageCss) style ??= addPageStyle(pageCss);
      for (const { mark, look } of items) {
        const entry: Painted = { mark, layer: layer(lookName(look)), ranges: null };
        painted.set(mark, entry);
        if (!viewport) show(entry);
        else viewport.add({ elements: () => mark.spans.map((span) => span.node.parentElement), show: () => show(entry), hide: () => hide(entry) });
        for (const span of mark.spans) {
          const list = byNode.get(span.node) ?? [];
          list.push(mark);
          byNode.set(span.node, list);
        }
      }
    },
    clear() {
      clearTimeout(flashTimer);
      viewport?.stop();
      viewport = null;
      for (const name of LAYERS) {
        // Only delete what is ours: a page may use the registry for its own highlights.
        if (layers.has(name) && CSS.highlights.get(highlightName(name)) === layers.get(name)) CSS.highlights.delete(highlightName(name));
      }
      layers.clear();
      painted = new Map();
      byNode = new WeakMap();
      style?.remove();
      style = null;
    },
    ranges: rangesFor,
    marksAt(node) {
      return byNode.get(node) ?? [];
    },
    setCurrent(mark) {
      const current = layer('current');
      current.clear();
      for (const range of mark ? rangesFor(mark) : []) current.add(range);
    },
    flash(mark) {
      const flash = layer('flash');
      flash.clear();
      // A mark that is not painted (a checklist item's place) is flashed all the same.
      const ranges = painted.has(mark) ? rangesFor(mark) : rangesFromSpans(mark.spans);
      for (const range of ranges) flash.add(range);
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => flash.clear(), FLASH_MS);
    },
  };
}
