/**
 * Which painted figures have their ranges in the browser's highlight registry.
 *
 * Each time the registry changes, Chromium's rendering work grows with the number of ranges
 * registered (about 20 µs a range: the 3,000 figures of a 1 MB page made one 65 ms frame, 15,000 on
 * 5 MB one of 350 ms). So a page with more than REGISTER_ALL_UP_TO ranges gets only the figures within
 * a screen of the viewport registered, and scrolling moves that window; the frame then costs a few ms
 * whatever the page's size. Smaller pages (every real disclosure we have seen) register everything at
 * once, as before.
 *
 * Where a figure is comes from its text's element (getBoundingClientRect, in document coordinates),
 * measured a bounded number per frame and measured again when the document's size changes (content
 * loaded above, a new window width) or a box inside the page scrolls.
 */
import { guard } from './guard';

/** Above this many ranges, only those near the viewport are registered (a 150 kB page has ~500). */
export const REGISTER_ALL_UP_TO = 1000;
/** Elements measured per frame: 3-6 µs each on the benchmark machine, so under 5 ms of a frame that
 *  may also hold the badge's mount and its layout. */
const MEASURE_PER_FRAME = 800;

/** A vertical stretch of the document, in document coordinates (CSS px from the top of the page). */
export interface Extent {
  top: number;
  bottom: number;
}

/** One screen above and one below the visible one: scrolling by a screen finds its figures painted. */
export function viewWindow(scrollY: number, viewportHeight: number): Extent {
  return { top: scrollY - viewportHeight, bottom: scrollY + 2 * viewportHeight };
}

/** Whether a figure at `extent` belongs in the window; a figure with no box (not rendered) never does. */
export function inWindow(extent: Extent, window: Extent): boolean {
  return extent.bottom > extent.top && extent.bottom >= window.top && extent.top <= window.bottom;
}

/** Where the elements holding a figure's text are, together; an empty extent when none is rendered. */
export function extentOf(elements: Iterable<Element | null>, scrollY: number): Extent {
  let top = Infinity;
  let bottom = -Infinity;
  for (const element of elements) {
    const rect = element?.getBoundingClientRect();
    if (!rect || (rect.width === 0 && rect.height === 0)) continue;
    top = Math.min(top, rect.top + scrollY);
    bottom = Math.max(bottom, rect.bottom + scrollY);
  }
  return { top, bottom };
}

export interface WindowItem {
  /** The elements whose boxes place the item. */
  elements(): Iterable<Element | null>;
  show(): void;
  hide(): void;
}

interface Tracked {
  item: WindowItem;
  extent: Extent | null;
  shown: boolean;
}

/** Keeps the items within the view window shown and the others hidden, from frame to frame. */
export class ViewportWindow {
  private readonly tracked: Tracked[] = [];
  private frame = 0;
  private readonly resizeObserver: ResizeObserver;
  private lastSize = '';
  private readonly onScroll = guard((event: Event) => {
    // A box inside the page scrolled: its figures moved without the document changing size.
    if (event.target !== document && event.target !== window) this.remeasure();
    else this.schedule();
  });
  private readonly onResize = guard(() => this.schedule());

  constructor() {
    this.resizeObserver = new ResizeObserver(guard(() => {
      const root = document.documentElement;
      const size = `${root.scrollWidth}x${root.scrollHeight}`;
      if (size === this.lastSize) return;
      // The first call (observing) only records the size; every figure is still to be measured anyway.
      if (this.lastSize) this.remeasure();
      this.lastSize = size;
    }));
    this.resizeObserver.observe(document.documentElement);
    window.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    window.addEventListener('resize', this.onResize, { passive: true });
  }

  add(item: WindowItem): void {
    this.tracked.push({ item, extent: null, shown: false });
    this.schedule();
  }

  /** Stops following the viewport; the items stay as they are (the painter clears them). */
  stop(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.resizeObserver.disconnect();
    window.removeEventListener('scroll', this.onScroll, { capture: true });
    window.removeEventListener('resize', this.onResize);
    this.tracked.length = 0;
  }

  private remeasure(): void {
    for (const tracked of this.tracked) tracked.extent = null;
    this.schedule();
  }

  private schedule(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(guard(() => {
      this.frame = 0;
      this.update();
    }));
  }

  /** Measures up to MEASURE_PER_FRAME items, then shows and hides by the window (measured items only). */
  private update(): void {
    const view = viewWindow(window.scrollY, window.innerHeight);
    let measurable = MEASURE_PER_FRAME;
    let unmeasured = false;
    for (const tracked of this.tracked) {
      if (!tracked.extent) {
        if (measurable-- <= 0) {
          unmeasured = true;
          continue;
        }
        tracked.extent = extentOf(tracked.item.elements(), window.scrollY);
      }
      const wanted = inWindow(tracked.extent, view);
      if (wanted === tracked.shown) continue;
      tracked.shown = wanted;
      if (wanted) tracked.item.show();
      else tracked.item.hide();
    }
    if (unmeasured) this.schedule();
  }
}
