/**
 * Reading a PDF's pages with pdf.js, which the caller passes in (the legacy build in Node, the browser
 * build with its bundled worker in the extension): this module imports nothing from pdf.js and uses no
 * DOM or Node API, so it is engine code. What it keeps of each page is what the layout needs: the text
 * items with their positions, straight ruling segments, and whether the page paints images.
 *
 * It never hangs and never throws anything but PdfReadError: pages are bounded (maxPages), and so is the
 * time spent (timeLimitMs, checked around every pdf.js call, each of which is also raced against the
 * remaining time).
 */

/** The few pdf.js calls used, typed loosely so both builds (and test doubles) fit. */
export interface PdfJsLike {
  getDocument(source: Record<string, unknown>): PdfLoadingTaskLike;
  OPS: Record<string, number>;
}

export interface PdfLoadingTaskLike {
  promise: Promise<PdfDocumentLike>;
  destroy(): Promise<void> | void;
}

export interface PdfDocumentLike {
  numPages: number;
  getPage(pageNumber: number): Promise<PdfPageLike>;
  destroy?(): Promise<void> | void;
}

export interface PdfPageLike {
  /** The page as displayed (rotation and crop box applied): maps page space to y-down pixels at scale 1. */
  getViewport(params: { scale: number }): { width: number; height: number; transform: number[] };
  getTextContent(): Promise<{ items: Array<Record<string, unknown>> }>;
  getOperatorList(): Promise<{ fnArray: ArrayLike<number>; argsArray: unknown[] }>;
  cleanup?(): unknown;
}

/** One text item as pdf.js gives it: baseline origin (x, y) in page space, y upwards. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (the item's height). */
  height: number;
  /** False for rotated or vertical text (watermarks, stamps), which the layout leaves out. */
  upright: boolean;
}

/** A straight ruling segment (a table's line), in page space. */
export interface PdfRule {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  rules: PdfRule[];
  /** Images painted on the page. */
  images: number;
}

export interface PdfPages {
  pages: PdfPage[];
  numPages: number;
  /** Fewer pages read than the file has (maxPages or the time limit). */
  truncated: boolean;
}

export type PdfProblem = 'encrypted' | 'scanned' | 'corrupt' | 'empty' | 'timeout';

export class PdfReadError extends Error {
  constructor(readonly problem: PdfProblem, message: string) {
    super(message);
    this.name = 'PdfReadError';
  }
}

export interface PdfReadOptions {
  maxPages?: number;
  timeLimitMs?: number;
  /** Extra getDocument parameters (cMapUrl, standardFontDataUrl, …) of the caller's build. */
  documentParams?: Record<string, unknown>;
}

export const MAX_PDF_PAGES = 300;
export const PDF_TIME_LIMIT_MS = 60_000;

function withDeadline<T>(promise: Promise<T>, deadline: number): Promise<T> {
  const left = deadline - Date.now();
  if (left <= 0) return Promise.reject(new PdfReadError('timeout', 'time limit reached'));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new PdfReadError('timeout', 'time limit reached')), left);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function problemOf(error: unknown): PdfReadError {
  if (error instanceof PdfReadError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = (error as { message?: string } | null)?.message ?? String(error);
  if (name === 'PasswordException' || /password/i.test(message)) return new PdfReadError('encrypted', message);
  return new PdfReadError('corrupt', message);
}

/** Segments of a constructPath operation's path data (pdf.js 5: [op, [Float32Array path], minMax]). */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Text items kept of one page (a page of a hundred thousand glyph runs is not a disclosure's page). */
export const MAX_ITEMS_PER_PAGE = 50_000;

/** The longest a page's rules list may grow (a page of vector art is not a table). */
const MAX_RULES = 20_000;
/** A filled rectangle thinner than this is a drawn line. */
const THIN = 2.5;

/**
 * Straight horizontal and vertical segments of the page's paths (stroked lines, and thin filled
 * rectangles as Excel and WPS draw cell borders), and the number of images painted.
 */
function rulesAndImages(operators: { fnArray: ArrayLike<number>; argsArray: unknown[] }, OPS: Record<string, number>): { rules: PdfRule[]; images: number } {
  const rules: PdfRule[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const imageOps = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObjectRepeat, OPS.paintInlineImageXObjectGroup].filter((op) => op !== undefined));
  const paintOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].filter((op) => op !== undefined));
  const strokeOps = new Set([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke].filter((op) => op !== undefined));
  const add = (ax: number, ay: number, bx: number, by: number) => {
    if (rules.length >= MAX_RULES) return;
    const [x0, y0] = apply(ctm, ax, ay);
    const [x1, y1] = apply(ctm, bx, by);
    if (Math.abs(y0 - y1) < 0.8 || Math.abs(x0 - x1) < 0.8) rules.push({ x0: Math.min(x0, x1), y0: Math.min(y0, y1), x1: Math.max(x0, x1), y1: Math.max(y0, y1) });
  };
  const { fnArray, argsArray } = operators;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) {
      const a = argsArray[i] as number[];
      if (Array.isArray(a) && a.length === 6) ctm = multiply(ctm, a as Matrix);
    } else if (imageOps.has(fn!)) images++;
    else if (fn === OPS.constructPath) {
      const args = argsArray[i] as [number, ArrayLike<number>[] | null, unknown] | undefined;
      const data = args?.[1]?.[0];
      // Only paths that are painted: a clipping path (ended by endPath) draws nothing.
      if (!data || !paintOps.has(args![0])) continue;
      // A filled shape is a line only when thin (a cell's background is not a border); a stroked path's straight segments all are.
      const stroked = strokeOps.has(args![0]);
      // Points of the current subpath, to see a closed thin rectangle as one line.
      let sub: Array<[number, number]> = [];
      let x = 0;
      let y = 0;
      const flush = () => {
        if (sub.length >= 4) {
          const xs = sub.map((p) => p[0]);
          const ys = sub.map((p) => p[1]);
          const minX = Math.min(...xs);
          const maxX = Math.max(...xs);
          const minY = Math.min(...ys);
          const maxY = Math.max(...ys);
          const [ax, ay] = apply(ctm, minX, minY);
          const [bx, by] = apply(ctm, maxX, maxY);
          const w = Math.abs(bx - ax);
          const h = Math.abs(by - ay);
          if (h < THIN && w >= THIN) add(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2);
          else if (w < THIN && h >= THIN) add((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY);
          else if (stroked) for (let k = 1; k < sub.length; k++) add(sub[k - 1]![0], sub[k - 1]![1], sub[k]![0], sub[k]![1]);
        } else if (stroked) {
          for (let k = 1; k < sub.length; k++) add(sub[k - 1]![0], sub[k - 1]![1], sub[k]![0], sub[k]![1]);
        }
        sub = [];
      };
      for (let k = 0; k < data.length; ) {
        const op = data[k++];
        if (op === MOVE_TO) {
          flush();
          x = data[k++]!;
          y = data[k++]!;
          sub.push([x, y]);
        } else if (op === LINE_TO) {
          x = data[k++]!;
          y = data[k++]!;
          sub.push([x, y]);
        } else if (op === CURVE_TO) {
          k += 6;
          sub = [];
        } else if (op === QUADRATIC_CURVE_TO) {
          k += 4;
          sub = [];
        } else if (op === CLOSE_PATH) {
          if (sub.length > 0) sub.push(sub[0]!);
          flush();
        } else break;
      }
      flush();
    }
  }
  return { rules, images };
}

/** Text items in the page's displayed frame (y upwards from its bottom edge): a page turned by /Rotate reads upright. */
function textItems(items: Array<Record<string, unknown>>, view: Matrix, height: number): PdfTextItem[] {
  const out: PdfTextItem[] = [];
  for (const item of items) {
    const str = item.str;
    const transform = item.transform as number[] | undefined;
    if (typeof str !== 'string' || str.length === 0 || !transform || transform.length < 6) continue;
    const [a, b, c, d, e, f] = multiply(view, transform.slice(0, 6) as Matrix);
    // Upright on the displayed page: y-down device space, so d < 0. A horizontal baseline with its glyphs
    // slanted is upright too: Word draws a synthetic italic (倾斜 on a font with no italic) by shearing the
    // text matrix (c ≈ d/3), and prints figures so: the 江苏省人民检察院 2018 预算 has "降幅81.6%" with only
    // its "." slanted, "降幅9.1%" with "9.1" slanted (left out, they read "816%" and "降幅%").
    const upright = Math.abs(b) < 0.05 * Math.abs(a) && Math.abs(c) < 0.5 * Math.abs(d) && a > 0 && d < 0;
    // pdf.js gives a slanted item the height of its sheared side (hypot(c, d)); its print is |d| high.
    const size = upright && Math.abs(c) >= 0.05 * Math.abs(d) ? Math.abs(d) : Math.abs(Number(item.height)) || Math.hypot(c, d);
    // Some producers give no width: estimate it from the characters (ideographs one em, the rest half).
    const given = Math.abs(Number(item.width));
    const width = given > 0 ? given : [...str].reduce((sum, char) => sum + (char.charCodeAt(0) >= 0x2e80 ? 1 : 0.5), 0) * size;
    out.push({ str, x: e, y: height - f, width, height: size, upright });
  }
  return out;
}

/**
 * The pages of a PDF (at most maxPages, within timeLimitMs). Throws PdfReadError: 'encrypted' (a user
 * password is needed), 'corrupt' (pdf.js cannot parse it), 'scanned' (images and no text), 'empty' (no
 * text and no images), 'timeout'.
 */
export async function readPdfPages(data: Uint8Array, pdfjs: PdfJsLike, options: PdfReadOptions = {}): Promise<PdfPages> {
  const maxPages = options.maxPages ?? MAX_PDF_PAGES;
  const deadline = Date.now() + (options.timeLimitMs ?? PDF_TIME_LIMIT_MS);
  // pdf.js may take ownership of (detach) the buffer it is given: hand it a copy.
  let task: PdfLoadingTaskLike;
  try {
    task = pdfjs.getDocument({ ...options.documentParams, data: new Uint8Array(data), isEvalSupported: false, stopAtErrors: false });
  } catch (error) {
    throw problemOf(error);
  }
  const pages: PdfPage[] = [];
  let numPages = 0;
  let truncated = false;
  try {
    let document: PdfDocumentLike;
    try {
      document = await withDeadline(task.promise, deadline);
    } catch (error) {
      throw problemOf(error);
    }
    numPages = document.numPages;
    const count = Math.min(numPages, maxPages);
    truncated = numPages > count;
    for (let n = 1; n <= count; n++) {
      if (Date.now() >= deadline) {
        if (pages.length === 0) throw new PdfReadError('timeout', 'time limit reached');
        truncated = true;
        break;
      }
      try {
        const page = await withDeadline(document.getPage(n), deadline);
        const viewport = page.getViewport({ scale: 1 });
        const view = viewport.transform.slice(0, 6) as Matrix;
        const height = viewport.height;
        const content = await withDeadline(page.getTextContent(), deadline);
        const operators = await withDeadline(page.getOperatorList(), deadline);
        const { rules, images } = rulesAndImages(operators, pdfjs.OPS);
        let items = textItems(content.items, view, height);
        if (items.length > MAX_ITEMS_PER_PAGE) {
          items = items.slice(0, MAX_ITEMS_PER_PAGE);
          truncated = true;
        }
        pages.push({
          number: n,
          width: viewport.width,
          height,
          items,
          rules: rules.map((r) => {
            const [x0, y0] = apply(view, r.x0, r.y0);
            const [x1, y1] = apply(view, r.x1, r.y1);
            return { x0: Math.min(x0, x1), y0: height - Math.max(y0, y1), x1: Math.max(x0, x1), y1: height - Math.min(y0, y1) };
          }),
          images,
        });
        page.cleanup?.();
      } catch (error) {
        const problem = problemOf(error);
        // A damaged page after good ones: keep what was read, say the document is incomplete.
        if (pages.length === 0 || problem.problem === 'encrypted') throw problem;
        truncated = true;
        if (problem.problem === 'timeout') break;
      }
    }
  } finally {
    try {
      await Promise.race([Promise.resolve(task.destroy()), new Promise<void>((resolve) => setTimeout(() => resolve(), 1000))]);
    } catch {
      // Nothing to do: the document is dropped either way.
    }
  }
  const characters = pages.reduce((sum, page) => sum + page.items.reduce((s, item) => s + item.str.trim().length, 0), 0);
  // Fonts with no map to Unicode give private-use or control characters: there is text, but none that can be read.
  let undecodable = 0;
  for (const page of pages) for (const item of page.items) for (const char of item.str) {
    const code = char.charCodeAt(0);
    if ((code >= 0xe000 && code <= 0xf8ff) || (code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) undecodable++;
  }
  if (characters >= 20 && undecodable > 0.3 * characters) throw new PdfReadError('empty', `${undecodable} of ${characters} characters have no Unicode meaning`);
  if (characters < 20) {
    const images = pages.reduce((sum, page) => sum + page.images, 0);
    if (images > 0) throw new PdfReadError('scanned', `${images} images, ${characters} characters of text`);
    throw new PdfReadError('empty', 'no text');
  }
  return { pages, numPages, truncated };
}
