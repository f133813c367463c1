/**
 * Drawing the viewer's pages with pdf.js without long tasks on the page's thread (issue 15). A trace of
 * npm run bench:pdf (SUANPAN_BENCH_TRACE=1) showed what the long tasks of drawing were: the canvas of
 * several pages drawn at once (pdf.js's slices of each interleaved, their pixels produced for the same
 * frames), the text layer's hundreds of spans laid out in those frames, and pdf.js turning each embedded
 * font into a font face. So: one page at a time, the one nearest the middle of the viewport first; the
 * canvas first, then the text layer, each in a task of its own, with a task between pages.
 *
 * Tried and left out: disableFontFace (glyphs drawn as paths, no font faces). The font-face tasks went,
 * but pdf.js's drawing slices and the canvas's pixels grew heavier on pages full of Chinese: the
 * longest drawing task rose from 37 to 58 ms of CPU in the same traces.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { h } from '../../components/dom';
import { pdfjs } from './pdfjs';

/** A task of its own for what follows (a message to self: no 4 ms timer clamp). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** A page box to draw into (view.ts's PageBox). */
export interface DrawTarget {
  /** Which file's document (a pair: 0 the 情况说明, 1 the 附表), and the page's number in it. */
  file: number;
  local: number;
  element: HTMLDivElement;
  /** Wanted drawn; false once released (scrolled far away) or replaced by another document. */
  drawn: boolean;
}

/** Draws the pages asked for, one after the other, nearest the viewport's middle first. */
export class PageDrawer {
  private waiting: DrawTarget[] = [];
  private running = false;
  private stopped = false;

  constructor(
    private readonly docs: ReadonlyArray<Promise<PDFDocumentProxy>>,
    private readonly scale: number,
  ) {}

  /** Draws `box` when its turn comes (skipped if it is no longer wanted by then). */
  request(box: DrawTarget): void {
    if (!this.waiting.includes(box)) this.waiting.push(box);
    void this.run();
  }

  /** Nothing more is drawn (a new document). */
  stop(): void {
    this.waiting = [];
    this.stopped = true;
  }

  private next(): DrawTarget | undefined {
    const middle = window.innerHeight / 2;
    let best = -1;
    let distance = Infinity;
    this.waiting.forEach((box, i) => {
      const rect = box.element.getBoundingClientRect();
      const d = Math.abs((rect.top + rect.bottom) / 2 - middle);
      if (d < distance) {
        distance = d;
        best = i;
      }
    });
    return best < 0 ? undefined : this.waiting.splice(best, 1)[0];
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let box = this.next(); box && !this.stopped; box = this.next()) {
        if (!box.drawn) continue;
        await this.draw(box).catch(() => undefined);
        await nextTask();
      }
    } finally {
      this.running = false;
    }
  }

  private async draw(box: DrawTarget): Promise<void> {
    const doc = await this.docs[box.file];
    if (!doc || this.stopped || !box.drawn) return;
    const page = await doc.getPage(box.local);
    const viewport = page.getViewport({ scale: this.scale });
    const ratio = window.devicePixelRatio || 1;
    const canvas = h('canvas', { width: Math.floor(viewport.width * ratio), height: Math.floor(viewport.height * ratio), 'aria-hidden': 'true' });
    const text = h('div', { class: 'textLayer' });
    box.element.prepend(canvas, text);
    const context = canvas.getContext('2d');
    if (!context) return;
    // pdf.js draws in slices of about 15 ms, one per animation frame.
    await page.render({ canvas, canvasContext: context, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise.catch(() => undefined);
    await nextTask();
    // Released meanwhile (scrolled far away): no text layer, nothing to mark.
    if (this.stopped || !box.drawn || !canvas.isConnected) return;
    await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render().catch(() => undefined);
    if (!box.drawn || !canvas.isConnected) return;
    box.element.dataset.drawn = 'true';
    box.element.dataset.wasDrawn = 'true';
    if (performance.getEntriesByName('suanpan-viewer-page-drawn').length === 0) performance.mark('suanpan-viewer-page-drawn');
  }
}
