/**
 * The content script's state machine: read the page, ask the engine, paint, explain, answer the panel.
 * All decisions about the figures are the engine's; this file only moves data between the engine, the
 * painters, the overlay and the extension's messages.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectDisclosure } from '../../lib/detect';
import { createAudit, untraced } from '../../lib/engine';
import type { DocumentReport, Finding } from '../../lib/report';
import { counts, spokenFinding } from '../../components/format';
import { i18n, n, UI_WORDS } from '../../components/i18n';
import type { OverlayState } from '../../components/Overlay';
import type { Store } from '../../components/store';
import { describeInBrowser } from '../shared/describe';
import { withHistory } from '../shared/history-link';
import { STATE_MESSAGE, ToContentSchema, type RevealResult, type ToContent } from '../shared/messages';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../shared/settings';
import type { ContentState } from '../shared/state';
import { getLastError, guard, isSuperseded, recordError } from './guard';
import { markAtPoint, markAtSelection } from './hit-test';
import { afterNextFrame, forEachInSlices, nextSlice, runGenerator, WorkBudget } from './slices';
import { isStop, placeChecklist, placeFindings, visibleMarks, visibleTicks, type Look, type Mark, type Painted } from './marks';
import type { Painter } from './painter';
import { mayBeDisclosure, readPage, UI_TAG } from './read-page';
import { rangesFromSpans, scrollRangeIntoView } from './scroll';
import { testNumber } from './test-params';
import { markPresented, timed } from './timing';
import { DISCLOSURE_DELAYS, delaysAfterRead, watchMutations, type MutationWatch } from './watch-mutations';

type Status = ContentState['status'];

export interface Ui {
  store: Store<OverlayState>;
  /** Mounts the shadow-root overlay the first time a disclosure is detected. */
  ensureMounted(): void;
  remove(): void;
}

const PAINT_CHUNK = 100;
/**
 * Main-thread work one audit may take before it stops and says "not fully checked". A 5 MB disclosure
 * needs about a second (see README, Speed); this bounds what a pathological page can cost.
 */
const AUDIT_BUDGET_MS = 4000;

/** Test builds only: ?suanpan-budget=<ms> shrinks the budget so the tests can see it run out. */
function auditBudget(): WorkBudget {
  return new WorkBudget(testNumber('suanpan-budget') ?? AUDIT_BUDGET_MS);
}
const HIDE_CARD_MS = 300;
/** How long an audit runs before the badge appears early to say the page is being checked. */
const SHOW_BADGE_WHILE_CHECKING_MS = 300;

export class Controller {
  private settings: Settings = DEFAULT_SETTINGS;
  private status: Status = 'scanning';
  private report: DocumentReport | null = null;
  private marks: Mark[] = [];
  /** Marks of the report's verified figures, painted only with the ticks switch on. */
  private ticks: Mark[] = [];
  private placed: number[] = [];
  /** Checklist items whose places belong to no finding: the mark of each one's first place. */
  private places = new Map<string, Mark>();
  /** The marks on the page now, with their looks. */
  private painted = new Map<Mark, Look>();
  /** Where keyboard navigation stops: the painted primary figures, in document order. */
  private stops: Mark[] = [];
  private detected = false;
  private scanAbort: AbortController | null = null;
  private paintAbort: AbortController | null = null;
  private watch: MutationWatch | null = null;
  private current: Mark | null = null;
  private cardMark: Mark | null = null;
  private pointerInCard = false;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private pointer = { x: 0, y: 0, pending: false };
  private focusBeforeCard: Element | null = null;
  /** Scroll events before this time come from our own scrolling to a figure, not from the reader. */
  private ownScrollUntil = 0;
  /** How long the last read of the page took (sets how eagerly a non-disclosure is re-read). */
  private lastReadMs = 0;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly painter: Painter,
    private readonly ui: Ui,
  ) {}

  async start(): Promise<void> {
    this.settings = await getSettings();
    const unwatch = watchSettings(guard((settings: Settings) => this.applySettings(settings)));
    // Answered through sendResponse, synchronously: the content script uses the browser's own API (no
    // polyfill, see wxt.config.ts), and a listener's returned Promise is not a reply in every browser.
    const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
      const reply = this.onMessage(message);
      if (reply !== undefined) sendResponse(reply);
    };
    browser.runtime.onMessage.addListener(onMessage);
    this.ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      this.stop();
    });
    this.watch = watchMutations({
      root: document.documentElement,
      ignore: (node) => this.isOurs(node) || (document.head?.contains(node) ?? false),
      onChange: guard(() => this.scan()),
      delays: () => (this.detected ? DISCLOSURE_DELAYS : delaysAfterRead(this.lastReadMs)),
    });
    this.ctx.addEventListener(document, 'mousemove', guard((event: MouseEvent) => this.onPointerMove(event)), { passive: true, capture: true });
    this.ctx.addEventListener(document, 'selectionchange', guard(() => this.onSelectionChange()));
    this.ctx.addEventListener(window, 'scroll', guard(() => this.onScroll()), { passive: true, capture: true });
    this.ctx.addEventListener(window, 'resize', guard(() => this.onScroll()), { passive: true });
    await this.scan();
  }

  // ---- reading and auditing ------------------------------------------------------------------------

  async scan(): Promise<void> {
    this.scanAbort?.abort();
    const abort = new AbortController();
    this.scanAbort = abort;
    const signal = AbortSignal.any([abort.signal, this.ctx.signal]);
    try {
      if (!timed('gate', mayBeDisclosure)) return this.notDetected();
      const readStart = performance.now();
      const model = await readPage(signal);
      const detected = timed('detect', () => detectDisclosure(model.document).detected);
      // Wall time, waits between slices included: a page that keeps the main thread busy is re-read less eagerly too.
      this.lastReadMs = performance.now() - readStart;
      if (!detected) return this.notDetected();
      this.detected = true;
      this.status = 'scanning';
      this.ui.store.set({ active: true, scanning: this.report === null });
      // The badge comes with the highlights: putting it on the page restyles and lays out the page (tens
      // of ms on a large one), which would only delay them. An audit that runs long shows it meanwhile,
      // saying "checking…".
      const showBadge = setTimeout(guard(() => timed('mount', () => this.ui.ensureMounted())), SHOW_BADGE_WHILE_CHECKING_MS);
      const budget = auditBudget();
      const report = await runGenerator(createAudit(model.document, { shouldStop: () => budget.exhausted, describe: describeInBrowser }), signal, 'audit', budget).finally(() => clearTimeout(showBadge));
      this.report = report;
      ({ marks: this.marks, ticks: this.ticks, placed: this.placed } = timed('place', () => placeFindings(report, model)));
      this.places = timed('place', () => placeChecklist(report, model, this.marks));
      this.current = null;
      this.status = 'done';
      await this.repaint();
      markPresented();
      // Each in its own task, after the frame that shows the highlights (see afterNextFrame for a tab
      // that renders none): mounting the badge restyles the page, and the state and history messages
      // serialize the whole report (on a 5 MB page the three together made that frame wait over 100 ms).
      // The screen-reader lists too get a frame of their own (see OverlayState.spoken).
      await afterNextFrame(signal);
      timed('mount', () => this.ui.ensureMounted());
      await afterNextFrame(signal);
      timed('overlay', () => this.ui.store.set({ spoken: true }));
      await afterNextFrame(signal);
      this.sendState();
      await nextSlice(signal);
      const withPast = await withHistory(model.document, report, signal, (send) => timed('history', send));
      if (withPast && this.report === report) {
        this.report = withPast;
        ({ marks: this.marks, ticks: this.ticks, placed: this.placed } = timed('place', () => placeFindings(withPast, model)));
        this.places = timed('place', () => placeChecklist(withPast, model, this.marks));
        this.updateOverlay();
        this.sendState();
        await this.repaint();
      }
    } catch (error) {
      if (isSuperseded(error)) return;
      this.status = 'error';
      recordError(error);
      this.sendState();
    }
  }

  private notDetected(): void {
    const wasDetected = this.detected;
    this.detected = false;
    this.status = 'not-detected';
    this.report = null;
    this.marks = [];
    this.ticks = [];
    this.placed = [];
    this.places = new Map();
    this.clearPaint();
    this.ui.store.set({ active: false, card: null });
    // Only a page that showed something must tell the panel and toolbar it no longer does.
    if (wasDetected) this.sendState();
  }

  // ---- painting ------------------------------------------------------------------------------------

  private clearPaint(): void {
    this.paintAbort?.abort();
    this.hideCard();
    this.painter.setCurrent(null);
    if (this.watch) this.watch.pause(() => this.painter.clear());
    else this.painter.clear();
    this.painted = new Map();
    this.stops = [];
  }

  private async repaint(): Promise<void> {
    timed('clear', () => this.clearPaint());
    const report = this.report;
    if (!this.settings.highlights || !report) return this.updateOverlay();
    const abort = new AbortController();
    this.paintAbort = abort;
    const { showInfo } = this.settings;
    const shown = timed('looks', () => visibleMarks(this.marks, report, showInfo));
    const visible = this.settings.ticks ? [...shown, ...timed('looks', () => visibleTicks(this.ticks, shown))] : shown;
    this.painter.begin(visible.reduce((sum, { mark }) => sum + mark.spans.length, 0));
    const chunks: Painted[][] = [];
    for (let i = 0; i < visible.length; i += PAINT_CHUNK) chunks.push(visible.slice(i, i + PAINT_CHUNK));
    try {
      await forEachInSlices(chunks, (chunk) => this.watch!.pause(() => this.painter.add(chunk)), AbortSignal.any([abort.signal, this.ctx.signal]), 'paint');
    } catch (error) {
      if (isSuperseded(error)) return;
      throw error;
    }
    this.painted = new Map(visible.map(({ mark, look }) => [mark, look]));
    this.stops = shown.filter(({ mark }) => isStop(mark, report, showInfo)).map(({ mark }) => mark);
    this.updateOverlay();
  }

  private applySettings(next: Settings): void {
    const previous = this.settings;
    this.settings = next;
    if (next.highlights === previous.highlights && next.showInfo === previous.showInfo && next.ticks === previous.ticks) return;
    const announcement =
      next.highlights !== previous.highlights ? (next.highlights ? i18n.t('ui.page.highlightsShown') : i18n.t('ui.page.highlightsHidden'))
      : next.ticks !== previous.ticks ? (next.ticks ? i18n.t('ui.page.ticksOn') : i18n.t('ui.page.ticksOff'))
      : '';
    if (announcement) this.ui.store.set({ announcement });
    if (this.report) void this.repaint().catch(recordError);
  }

  private updateOverlay(): void {
    timed('overlay', () => this.showInOverlay());
  }

  private showInOverlay(): void {
    const report = this.report;
    const findings = report?.findings ?? [];
    const shownFindings = new Set(report ? visibleMarks(this.marks, report, this.settings.showInfo).flatMap(({ mark }) => mark.findings) : []);
    const ticked = [...this.painted].filter(([, look]) => look.role === 'verified').map(([mark]) => mark.figure);
    this.ui.store.set({
      scanning: this.status === 'scanning' && report === null,
      counts: counts(findings),
      highlights: this.settings.highlights,
      showInfo: this.settings.showInfo,
      findings: findings.filter((finding, i) => shownFindings.has(i) && (this.settings.showInfo || finding.severity !== 'info')),
      verified: ticked,
    });
  }

  // ---- the card ------------------------------------------------------------------------------------

  private rangesFor(mark: Mark): Range[] {
    const painted = this.painter.ranges(mark);
    return painted.length > 0 ? painted : rangesFromSpans(mark.spans);
  }

  /** A mark's findings for the card and the live region; info-level ones (rounding gaps) only when
   *  the reader asked for them, or when the mark is there because of them. */
  private findingsOf(mark: Mark): Finding[] {
    const findings = this.report?.findings ?? [];
    return mark.findings
      .map((i) => findings[i])
      .filter((finding): finding is Finding => finding !== undefined && (this.settings.showInfo || finding.severity !== 'info' || mark.severity === 'info'));
  }

  private showCard(mark: Mark, takeFocus: boolean): void {
    const report = this.report;
    const range = this.rangesFor(mark)[0];
    if (!report || !range) return;
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    clearTimeout(this.hideTimer);
    if (takeFocus && !this.focusBeforeCard) {
      const active = document.activeElement;
      this.focusBeforeCard = active && active.nodeName.toLowerCase() !== UI_TAG ? active : null;
    }
    this.cardMark = mark;
    const position = this.stops.indexOf(mark);
    this.ui.store.set({
      card: {
        findings: this.findingsOf(mark),
        figure: mark.figure,
        at: mark.at,
        role: this.painted.get(mark)?.role ?? (mark.kind === 'verified' ? 'verified' : 'primary'),
        rect: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right },
        position: position >= 0 ? i18n.t('ui.page.position', { index: n(position + 1), total: n(this.stops.length) }) : null,
        takeFocus,
      },
    });
  }

  hideCard(): void {
    clearTimeout(this.hideTimer);
    const card = this.ui.store.get().card;
    this.cardMark = null;
    this.pointerInCard = false;
    if (!card) return;
    this.ui.store.set({ card: null });
    if (card.takeFocus) {
      this.painter.setCurrent(null);
      const back = this.focusBeforeCard;
      this.focusBeforeCard = null;
      if (back instanceof HTMLElement || back instanceof SVGElement) back.focus({ preventScroll: true });
    }
  }

  setPointerInCard(inside: boolean): void {
    this.pointerInCard = inside;
    if (inside) clearTimeout(this.hideTimer);
    else this.scheduleHide();
  }

  private scheduleHide(): void {
    const card = this.ui.store.get().card;
    if (!card || card.takeFocus) return;
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(guard(() => {
      if (!this.pointerInCard) this.hideCard();
    }), HIDE_CARD_MS);
  }

  private onPointerMove(event: MouseEvent): void {
    if (this.painted.size === 0) return;
    this.pointer.x = event.clientX;
    this.pointer.y = event.clientY;
    if (this.pointer.pending) return;
    this.pointer.pending = true;
    // One hit test per frame, however fast the pointer moves.
    this.ctx.requestAnimationFrame(guard(() => {
      this.pointer.pending = false;
      if (this.pointerInCard) return;
      const mark = markAtPoint(this.painter, this.pointer.x, this.pointer.y);
      if (mark) {
        clearTimeout(this.hideTimer);
        if (mark !== this.cardMark || this.ui.store.get().card === null) this.showCard(mark, false);
      } else if (this.cardMark) {
        this.scheduleHide();
      }
    }));
  }

  private onSelectionChange(): void {
    if (this.painted.size === 0) return;
    const mark = markAtSelection(this.painter);
    if (mark && mark !== this.cardMark) this.showCard(mark, false);
  }

  private onScroll(): void {
    const card = this.ui.store.get().card;
    if (!card || !this.cardMark) return;
    if (performance.now() < this.ownScrollUntil) return this.showCard(this.cardMark, card.takeFocus);
    // A card opened from the keyboard follows its figure; a hover card just goes away.
    if (card.takeFocus) this.showCard(this.cardMark, true);
    else this.hideCard();
  }

  // ---- navigation and reveal -----------------------------------------------------------------------

  /** Next / previous finding: the primary figures only (a related figure or a tick is not a place to
   *  go to), in document order, table cells included. */
  navigate(direction: 'next' | 'previous'): void {
    const list = this.stops;
    if (list.length === 0) {
      this.ui.store.set({ announcement: this.report ? i18n.t('ui.page.noMarks') : i18n.t('ui.page.notDetected') });
      return;
    }
    const at = this.current ? list.indexOf(this.current) : -1;
    const index = direction === 'next' ? (at + 1) % list.length : at <= 0 ? list.length - 1 : at - 1;
    const mark = list[index]!;
    this.current = mark;
    this.goTo(mark, true);
    const findings = this.findingsOf(mark).map((finding) => spokenFinding(UI_WORDS, finding)).join(i18n.t('ui.page.sentenceSeparator'));
    this.ui.store.set({ announcement: i18n.t('ui.page.navigated', { index: n(index + 1), total: n(list.length), findings }) });
  }

  private goTo(mark: Mark, takeFocus: boolean): void {
    const range = this.rangesFor(mark)[0];
    if (!range) return;
    this.ownScrollUntil = performance.now() + 500;
    scrollRangeIntoView(range);
    this.painter.setCurrent(takeFocus ? mark : null);
    this.painter.flash(mark);
    this.showCard(mark, takeFocus);
  }

  reveal(finding: number): RevealResult {
    // The figure the finding is about, else any of its figures on the page.
    const mark = this.marks.find((candidate) => candidate.leadOf.includes(finding)) ?? this.marks.find((candidate) => candidate.findings.includes(finding));
    if (!mark) return { ok: false };
    this.current = this.stops.includes(mark) ? mark : this.current;
    this.goTo(mark, false);
    return { ok: true };
  }

  /** A checklist item whose places belong to no finding: scroll to its first place and flash it (a
   *  finding's mark also shows its card; a place of its own has no card to show). */
  revealPlace(item: string): RevealResult {
    const mark = this.places.get(item);
    const range = mark && this.rangesFor(mark)[0];
    if (!mark || !range) return { ok: false };
    if (mark.findings.length > 0) {
      this.goTo(mark, false);
      return { ok: true };
    }
    this.hideCard();
    this.ownScrollUntil = performance.now() + 500;
    scrollRangeIntoView(range);
    this.painter.flash(mark);
    return { ok: true };
  }

  // ---- messages ------------------------------------------------------------------------------------

  private onMessage(raw: unknown): unknown {
    const parsed = ToContentSchema.safeParse(raw);
    if (!parsed.success) return undefined;
    try {
      return this.handle(parsed.data);
    } catch (error) {
      recordError(error);
      return { ok: false };
    }
  }

  private handle(message: ToContent): unknown {
    switch (message.type) {
      case 'suanpan:get-state':
        // Every frame also broadcasts, so the panel learns each frame's id; the reply serves a caller
        // that wants one answer (the first frame's to reply).
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
      url: location.href,
      title: document.title,
      status: this.status,
      report: this.report && untraced(this.report),
      placed: this.placed,
      error: getLastError(),
    };
  }

  sendState(): void {
    // Timed: the message carries the whole report, which the browser serializes in this task.
    timed('state', () => browser.runtime.sendMessage(this.state())).catch(() => {
      // No panel open and the background asleep is normal; nothing to do.
    });
  }

  // ---- bookkeeping ---------------------------------------------------------------------------------

  private isOurs(node: Node): boolean {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!element) return false;
    // closest() asks the element itself first: our UI's host, or anything inside it.
    return element.hasAttribute('data-suanpan') || element.closest(UI_TAG) !== null;
  }

  private stop(): void {
    this.scanAbort?.abort();
    this.watch?.stop();
    this.clearPaint();
    this.ui.remove();
  }
}
