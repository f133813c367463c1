/**
 * The viewer's pages and what is painted on them: one box per page (sized from the PDF, drawn by
 * pdf.js only when near the viewport), a layer of marks over each page placed from lib/pdf's charBox
 * (./place.ts), and the content script's overlay (badge, card, live region, screen-reader lists:
 * components/Overlay.ts) in a shadow root. It answers the side panel and the keyboard commands with
 * the content script's messages (entrypoints/shared/messages.ts).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { browser } from 'wxt/browser';
import overlayCss from '../../components/overlay.css?inline';
import { h } from '../../components/dom';
import { counts, spokenFinding } from '../../components/format';
import { i18n, n, UI_WORDS } from '../../components/i18n';
import { INITIAL_OVERLAY, mountOverlay, type OverlayState } from '../../components/Overlay';
import { createStore } from '../../components/store';
import type { PageSize } from './protocol';
import type { DocumentReport, Finding } from '../../lib/report';
import { STATE_MESSAGE, ToContentSchema, type OpenPanel, type RevealResult, type ToContent } from '../shared/messages';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../shared/settings';
import type { ContentState } from '../shared/state';
import { isPdfStop, pdfLookOf, type PdfMark, type PdfPlacement } from './place';
import { PageDrawer } from './render-pages';

/** How far outside the viewport pages are drawn ahead of scrolling. */
const RENDER_MARGIN = '150% 0px';
/** Beyond this, a drawn page is released. */
const KEEP_MARGIN = '600% 0px';
const MAX_SCALE = 1.6;
const HIDE_CARD_MS = 300;
/** A glyph's top above its baseline, and its bottom below it, in ems. */
const ASCENT = 0.9;
const DESCENT = 0.2;

type Status = ContentState['status'];

interface PageBox {
  number: number;
  /** Which of the documents shown (two when a 情况说明 and its 附表 are checked together), and the page in it. */
  file: number;
  local: number;
  width: number;
  height: number;
  element: HTMLDivElement;
  marks: HTMLDivElement;
  drawn: boolean;
  /** In or near the viewport (drawn as soon as the document is there). */
  near: boolean;
}

export class PdfView {
  private readonly store = createStore<OverlayState>({ ...INITIAL_OVERLAY });
  private settings: Settings = DEFAULT_SETTINGS;
  private status: Status = 'scanning';
  private source = '';
  private title = '';
  private report: DocumentReport | null = null;
  private placement: PdfPlacement = { marks: [], ticks: [], placed: [] };
  private pages: PageBox[] = [];
  private documents: Array<Promise<PDFDocumentProxy>> = [];
  private destroyDocuments: Array<() => Promise<void>> = [];
  private observer: IntersectionObserver | null = null;
  /** Draws the pages, one at a time (./render-pages.ts); made by startDrawing. */
  private drawer: PageDrawer | null = null;
  private keeper: IntersectionObserver | null = null;
  private scale = 1;
  /** Pages are drawn only once the check is painted (startDrawing). */
  private drawing = false;
  /** The element of each painted mark (its first box carries the focus and the words). */
  private elements = new Map<PdfMark, HTMLElement[]>();
  private stops: PdfMark[] = [];
  /** The checklist's ✗ items whose places belong to no finding: the mark of each one's first place (checklist-places.ts). */
  private places = new Map<string, PdfMark>();
  /** The box flashed for such a place (it has no card), until the next. */
  private flashed: HTMLElement | null = null;
  private current: PdfMark | null = null;
  private cardMark: PdfMark | null = null;
  private pointerInCard = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private focusBeforeCard: HTMLElement | null = null;
  private error: string | null = null;
  /** Scroll events before this time come from our own scrolling to a figure, not from the reader. */
  private ownScrollUntil = 0;

  constructor(private readonly container: HTMLElement) {}

  /** Mounts the overlay and starts answering the panel, the commands and the settings. */
  listen(): void {
    const host = document.createElement('suanpan-ui');
    const shadow = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = overlayCss;
    shadow.append(style);
    document.documentElement.append(host);
    mountOverlay(shadow, this.store, {
      openPanel: () => void browser.runtime.sendMessage({ type: 'suanpan:open-panel' } satisfies OpenPanel).catch(() => undefined),
      dismiss: () => this.store.set({ dismissed: true, card: null }),
      closeCard: () => this.hideCard(),
      navigate: (direction) => this.navigate(direction),
      pointerInCard: (inside) => this.setPointerInCard(inside),
    });
    void getSettings().then((settings) => this.applySettings(settings));
    watchSettings((settings) => this.applySettings(settings));
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const parsed = ToContentSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      return Promise.resolve(this.handle(parsed.data));
    });
    window.addEventListener('scroll', () => this.onScroll(), { passive: true });
    window.addEventListener('resize', () => this.onScroll(), { passive: true });
  }

  // ---- documents ---------------------------------------------------------------------------------------

  reset(source: string, name: string): void {
    this.observer?.disconnect();
    this.keeper?.disconnect();
    this.drawer?.stop();
    this.drawer = null;
    for (const destroy of this.destroyDocuments) void destroy();
    this.destroyDocuments = [];
    this.documents = [];
    this.drawing = false;
    this.pages = [];
    this.container.replaceChildren();
    this.source = source;
    this.title = name;
    this.report = null;
    this.placement = { marks: [], ticks: [], placed: [] };
    this.elements = new Map();
    this.stops = [];
    this.places = new Map();
    this.flashed = null;
    this.current = null;
    this.error = null;
    this.hideCard();
    this.status = 'scanning';
    this.store.set({ active: true, scanning: true, counts: { error: 0, warning: 0, info: 0 }, findings: [], verified: [], spoken: false, card: null });
    document.title = `${name} · ${i18n.t('viewer.title')}`;
  }

  /** The document shown is another than reset() named (of two files given, only the first was checked). */
  rename(source: string, name: string): void {
    this.source = source;
    this.title = name;
  }

  /** The documents to draw the pages from (once startDrawing is called), in the order of PageSize.file. */
  setDocuments(tasks: ReadonlyArray<{ promise: Promise<PDFDocumentProxy>; destroy(): Promise<void> }>): void {
    this.documents = tasks.map((task) => task.promise);
    this.destroyDocuments = tasks.map((task) => task.destroy);
  }

  /** Draws the pages near the viewport now, and the others as they come near. */
  startDrawing(): void {
    if (this.documents.length === 0) return;
    this.drawing = true;
    this.drawer = new PageDrawer(this.documents, this.scale);
    for (const box of this.pages) if (box.near && !box.drawn) {
      box.drawn = true;
      this.drawer.request(box);
    }
  }

  failed(message: string): void {
    this.status = 'error';
    this.error = message;
    this.store.set({ active: false, scanning: false });
    this.sendState();
  }

  notDetected(title: string): void {
    this.title = title || this.title;
    this.status = 'not-detected';
    this.store.set({ active: false, scanning: false });
    this.sendState();
  }

  /**
   * A box per page read, drawn when it comes near the viewport. With two files (`names`, one per file),
   * each file's pages under a heading naming it.
   */
  layOut(pages: PageSize[], names: readonly string[] = []): void {
    const widest = Math.max(...pages.map((page) => page.width), 1);
    this.scale = Math.min(MAX_SCALE, Math.max(0.5, (document.documentElement.clientWidth - 48) / widest));
    this.observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const box = this.pages.find((page) => page.element === entry.target);
        if (box) box.near = entry.isIntersecting;
        if (box && entry.isIntersecting && !box.drawn && this.drawing && this.drawer) {
          box.drawn = true;
          this.drawer.request(box);
        }
      }
    }, { rootMargin: RENDER_MARGIN });
    // A page far from the viewport gives its canvas back (a 300-page document would otherwise keep
    // hundreds of megabytes of pixels); it is drawn again when it comes near.
    this.keeper = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        const box = this.pages.find((page) => page.element === entry.target);
        if (box && !entry.isIntersecting && box.drawn) this.release(box);
      }
    }, { rootMargin: KEEP_MARGIN });
    for (const page of pages) {
      const file = page.file ?? 0;
      const local = page.local ?? page.number;
      if (names.length > 1 && local === pages.find((p) => (p.file ?? 0) === file)?.local) {
        this.container.append(h('h2', { class: 'file-heading', 'data-file': file }, i18n.t('viewer.fileHeading', { index: n(file + 1), total: n(names.length), name: names[file] ?? '' })));
      }
      const marks = h('div', { class: 'marks' });
      const element = h(
        'div',
        { class: 'page', 'data-page': page.number, 'data-file': file, style: `width:${page.width * this.scale}px;height:${page.height * this.scale}px;--scale-factor:${this.scale}` },
        h('span', { class: 'page-label' }, i18n.t('viewer.page', { page: n(local) })),
        marks,
      );
      this.pages.push({ number: page.number, file, local, width: page.width, height: page.height, element, marks, drawn: false, near: false });
      this.container.append(element);
      this.observer.observe(element);
      this.keeper.observe(element);
    }
  }

  private release(box: PageBox): void {
    box.drawn = false;
    delete box.element.dataset.drawn;
    for (const child of [...box.element.children]) {
      if (child instanceof HTMLCanvasElement) {
        // Its pixels go now, not when the element is collected.
        child.width = 0;
        child.height = 0;
        child.remove();
      } else if (child.classList.contains('textLayer')) child.remove();
    }
  }

  showReport(report: DocumentReport, placement: PdfPlacement, title: string): void {
    this.report = report;
    this.placement = placement;
    this.title = title || this.title;
    this.status = 'done';
    if (title) document.title = `${title} · ${i18n.t('viewer.title')}`;
    this.paint();
  }

  /** The screen-reader lists of the overlay: a task of their own after the marks (as on an HTML page). */
  speak(): void {
    this.store.set({ spoken: true });
  }

  /** The findings across years of the same unit (the background's answer), placed by the worker. */
  async addHistory(report: DocumentReport, place: (report: DocumentReport) => Promise<PdfPlacement>): Promise<void> {
    const before = this.report;
    const placement = await place(report).catch(() => null);
    if (!placement || this.report !== before) return;
    this.report = report;
    this.placement = placement;
    this.paint();
    this.sendState();
  }

  // ---- painting ----------------------------------------------------------------------------------------

  private paint(): void {
    for (const box of this.pages) box.marks.replaceChildren();
    this.elements = new Map();
    this.stops = [];
    const report = this.report;
    document.body.classList.toggle('marks-hidden', !this.settings.highlights);
    if (!report) return;
    this.hideCard();
    if (!this.settings.highlights) {
      // As on an HTML page: no marks, nothing to navigate to, the badge says they are hidden.
      this.store.set({ active: true, scanning: false, counts: counts(report.findings), highlights: false, showInfo: this.settings.showInfo, findings: [], verified: [] });
      return;
    }
    const shown: PdfMark[] = [];
    const findings = new Set<number>();
    for (const mark of this.placement.marks) {
      const look = pdfLookOf(mark, report, this.settings.showInfo);
      if (!look || look.role === 'verified') continue;
      shown.push(mark);
      for (const i of mark.findings) findings.add(i);
      this.paintMark(mark, look.role === 'primary' ? `mark-${look.severity}` : `mark-related-${look.severity}`, this.wordsOf(mark));
    }
    const ticked: string[] = [];
    if (this.settings.ticks) {
      const taken = new Set(shown.map((mark) => mark.key));
      for (const tick of this.placement.ticks) {
        if (taken.has(tick.key)) continue;
        ticked.push(tick.figure);
        this.paintMark(tick, 'mark-verified', i18n.t('ui.overlay.verifiedItem', { figure: tick.figure }));
      }
    }
    this.stops = shown.filter((mark) => isPdfStop(mark, report, this.settings.showInfo));
    this.store.set({
      active: true,
      scanning: false,
      counts: counts(report.findings),
      highlights: this.settings.highlights,
      showInfo: this.settings.showInfo,
      findings: report.findings.filter((finding, i) => findings.has(i) && (this.settings.showInfo || finding.severity !== 'info')),
      verified: ticked,
    });
  }

  /** What a screen reader hears on a mark: the figure and every finding it takes part in. */
  private wordsOf(mark: PdfMark): string {
    const findings = this.findingsOf(mark).map((finding) => spokenFinding(UI_WORDS, finding));
    return [mark.figure, ...findings].join(i18n.t('ui.page.sentenceSeparator'));
  }

  private paintMark(mark: PdfMark, look: string, words: string): void {
    const elements: HTMLElement[] = [];
    mark.boxes.forEach((box, i) => {
      const page = this.pages.find((p) => p.number === box.page);
      if (!page) return;
      const top = page.height - box.y - ASCENT * box.height;
      const style = `left:${(box.x / page.width) * 100}%;top:${(top / page.height) * 100}%;width:${(box.width / page.width) * 100}%;height:${(((ASCENT + DESCENT) * box.height) / page.height) * 100}%`;
      const first = i === 0;
      const element = h('div', {
        class: `mark ${look}`,
        style,
        'data-mark': mark.index,
        'data-kind': mark.kind,
        'data-figure': mark.figure,
        ...(first ? { role: 'button', tabindex: 0, 'aria-label': words } : { 'aria-hidden': 'true' }),
      });
      element.addEventListener('click', () => this.showCard(mark, true));
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        this.showCard(mark, true);
      });
      element.addEventListener('mouseenter', () => {
        clearTimeout(this.hideTimer);
        if (this.cardMark !== mark || !this.store.get().card) this.showCard(mark, false);
      });
      element.addEventListener('mouseleave', () => this.scheduleHide());
      page.marks.append(element);
      elements.push(element);
    });
    if (elements.length > 0) this.elements.set(mark, elements);
  }

  private applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    if (next.highlights !== previous.highlights) this.store.set({ announcement: next.highlights ? i18n.t('ui.page.highlightsShown') : i18n.t('ui.page.highlightsHidden') });
    if (this.report) this.paint();
  }

  // ---- the card ----------------------------------------------------------------------------------------

  private findingsOf(mark: PdfMark): Finding[] {
    const findings = this.report?.findings ?? [];
    return mark.findings.map((i) => findings[i]).filter((finding): finding is Finding => finding !== undefined && (this.settings.showInfo || finding.severity !== 'info' || mark.severity === 'info'));
  }

  private showCard(mark: PdfMark, takeFocus: boolean): void {
    const element = this.elements.get(mark)?.[0];
    if (!this.report || !element) return;
    const rect = element.getBoundingClientRect();
    clearTimeout(this.hideTimer);
    if (takeFocus && !this.focusBeforeCard) this.focusBeforeCard = element;
    this.cardMark = mark;
    const position = this.stops.indexOf(mark);
    for (const [other, elements] of this.elements) for (const e of elements) e.classList.toggle('mark-current', takeFocus && other === mark);
    this.store.set({
      card: {
        findings: this.findingsOf(mark),
        figure: mark.figure,
        at: mark.at,
        role: mark.kind === 'verified' ? 'verified' : mark.primaryIn.length > 0 ? 'primary' : 'related',
        rect: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right },
        position: position >= 0 ? i18n.t('ui.page.position', { index: n(position + 1), total: n(this.stops.length) }) : null,
        takeFocus,
      },
    });
  }

  hideCard(): void {
    clearTimeout(this.hideTimer);
    const card = this.store.get().card;
    this.cardMark = null;
    this.pointerInCard = false;
    if (!card) return;
    this.store.set({ card: null });
    if (card.takeFocus) {
      for (const elements of this.elements.values()) for (const e of elements) e.classList.remove('mark-current');
      const back = this.focusBeforeCard;
      this.focusBeforeCard = null;
      back?.focus({ preventScroll: true });
    }
  }

  private setPointerInCard(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) clearTimeout(this.hideTimer);
    else this.scheduleHide();
  }

  private scheduleHide(): void {
    const card = this.store.get().card;
    if (!card || card.takeFocus) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (!this.pointerInCard) this.hideCard();
    }, HIDE_CARD_MS);
  }

  private onScroll(): void {
    const card = this.store.get().card;
    if (!card || !this.cardMark) return;
    if (performance.now() < this.ownScrollUntil) return this.showCard(this.cardMark, card.takeFocus);
    if (card.takeFocus) this.showCard(this.cardMark, true);
    else this.hideCard();
  }

  // ---- navigation --------------------------------------------------------------------------------------

  navigate(direction: 'next' | 'previous'): void {
    const list = this.stops;
    if (list.length === 0) {
      this.store.set({ announcement: this.report ? i18n.t('ui.page.noMarks') : i18n.t('ui.page.notDetected') });
      return;
    }
    const at = this.current ? list.indexOf(this.current) : -1;
    const index = direction === 'next' ? (at + 1) % list.length : at <= 0 ? list.length - 1 : at - 1;
    const mark = list[index]!;
    this.current = mark;
    this.goTo(mark, true);
    const findings = this.findingsOf(mark).map((finding) => spokenFinding(UI_WORDS, finding)).join(i18n.t('ui.page.sentenceSeparator'));
    this.store.set({ announcement: i18n.t('ui.page.navigated', { index: n(index + 1), total: n(list.length), findings }) });
  }

  private goTo(mark: PdfMark, takeFocus: boolean): void {
    const element = this.elements.get(mark)?.[0];
    if (!element) return;
    this.ownScrollUntil = performance.now() + 500;
    element.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.showCard(mark, takeFocus);
  }

  reveal(finding: number): RevealResult {
    const mark = this.placement.marks.find((m) => m.leadOf.includes(finding) && this.elements.has(m)) ?? this.placement.marks.find((m) => m.findings.includes(finding) && this.elements.has(m));
    if (!mark) return { ok: false };
    if (this.stops.includes(mark)) this.current = mark;
    this.goTo(mark, false);
    return { ok: true };
  }

  /** Where the checklist's items without findings lead (placed by the worker). */
  setPlaces(places: Map<string, PdfMark>): void {
    this.places = places;
  }

  /**
   * A checklist ✗ whose places belong to no finding: its first place scrolled into view and flashed (a
   * finding's mark on the same figure shows its card instead), as the content script does on a page.
   */
  revealPlace(item: string): RevealResult {
    const place = this.places.get(item);
    if (!place) return { ok: false };
    const painted = [...this.elements.keys()].find((mark) => mark.key === place.key);
    if (painted) {
      this.goTo(painted, false);
      return { ok: true };
    }
    const box = place.boxes[0]!;
    const page = this.pages.find((p) => p.number === box.page);
    if (!page) return { ok: false };
    this.hideCard();
    this.flashed?.remove();
    const top = page.height - box.y - ASCENT * box.height;
    const flash = h('div', {
      class: 'mark mark-place',
      'aria-hidden': 'true',
      style: `left:${(box.x / page.width) * 100}%;top:${(top / page.height) * 100}%;width:${(box.width / page.width) * 100}%;height:${(((ASCENT + DESCENT) * box.height) / page.height) * 100}%`,
    });
    page.marks.append(flash);
    this.flashed = flash;
    this.ownScrollUntil = performance.now() + 500;
    flash.scrollIntoView({ block: 'center', inline: 'nearest' });
    return { ok: true };
  }

  // ---- messages ----------------------------------------------------------------------------------------

  private handle(message: ToContent): unknown {
    switch (message.type) {
      case 'suanpan:get-state':
        this.sendState();
        return this.state();
      case 'suanpan:reveal':
        return this.reveal(message.finding);
      case 'suanpan:reveal-place':
        return this.revealPlace(message.item);
      case 'suanpan:navigate':
        this.navigate(message.direction);
        return { ok: true };
    }
  }

  private state(): ContentState {
    return {
      type: STATE_MESSAGE,
      // The document's own address (or the local file's name), as history and export name it.
      url: this.source,
      title: this.title,
      status: this.status,
      report: this.report,
      placed: this.report ? this.placement.placed : [],
      error: this.error,
    };
  }

  sendState(): void {
    browser.runtime.sendMessage(this.state()).catch(() => undefined);
  }
}
