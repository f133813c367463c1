/**
 * The side panel's content for one tab: per frame that holds a disclosure, what is wrong first (a few
 * lines naming the document, the counts, the findings), then the totals, the exports and the history;
 * the switches after all of them; and, on a site we do not run on, a way to enable it. At the panel's
 * usual size (420×900) the first finding is in view without scrolling (test/e2e/panel-layout.spec.ts).
 * When the report has a checklist, the findings and the checklist (ChecklistView) are two views under
 * one tab pair, findings first and selected.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { FrameStateView as ContentState, SettingsView as Settings } from './view-types';
import { DocumentSummary, DocumentTotals } from './DocumentSummary';
import { FindingList } from './FindingList';
import { ChecklistView } from './ChecklistView';
import { checklistCounts } from '../lib/export/checklist';
import { counts, tallyText } from './format';
import { reportAsText } from './export-text';
import { i18n, n, UI_LANG, UI_WORDS } from './i18n';

export interface FrameState {
  frameId: number;
  state: ContentState;
  receivedAt: Date;
}

export type TabStatus = 'waiting' | 'no-script' | 'ready';

export interface PanelProps {
  status: TabStatus;
  frames: FrameState[];
  settings: Settings;
  onSettings: (change: Partial<Settings>) => void;
  onReveal: (frameId: number, finding: number) => Promise<boolean>;
  /** Go to the first place of a checklist item whose places belong to no finding. */
  onRevealPlace?: (frameId: number, item: string) => Promise<boolean>;
  /** Offered when the tab's site is not enabled (no content script answered). */
  enable: { site: string; onEnable: () => void; message: string | null } | null;
  /** Shown under a frame's findings and totals (export, 历年对比: mounted by the app). */
  frameExtras?: (frame: FrameState) => ComponentChildren;
  /** Shown under the header (notices about the saved history). */
  banner?: ComponentChildren;
}

function Switches({ settings, onSettings, onAnnounce }: Pick<PanelProps, 'settings' | 'onSettings'> & { onAnnounce: (text: string) => void }) {
  return (
    <fieldset class="switches">
      <legend>{i18n.t('ui.panel.switches')}</legend>
      <label>
        <input
          type="checkbox"
          role="switch"
          checked={settings.highlights}
          onChange={(e) => {
            const highlights = e.currentTarget.checked;
            onSettings({ highlights });
            onAnnounce(i18n.t(highlights ? 'a11y.highlightsShown' : 'a11y.highlightsHidden'));
          }}
        />
        {i18n.t('ui.panel.highlights')}
      </label>
      <label>
        <input type="checkbox" role="switch" checked={settings.showInfo} onChange={(e) => onSettings({ showInfo: e.currentTarget.checked })} />
        {i18n.t('ui.panel.showInfo')}
      </label>
      <label title={i18n.t('ui.panel.ticksTitle')}>
        <input type="checkbox" role="switch" checked={settings.ticks} onChange={(e) => onSettings({ ticks: e.currentTarget.checked })} />
        {i18n.t('ui.panel.ticks')}
      </label>
    </fieldset>
  );
}

function CopyButton({ frame, showInfo }: { frame: FrameState; showInfo: boolean }) {
  const [done, setDone] = useState(false);
  const report = frame.state.report;
  if (!report) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(reportAsText(UI_WORDS, report, frame.state.url, frame.receivedAt, showInfo));
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  };
  return (
    <button type="button" class="copy" onClick={() => void copy().catch(() => setDone(false))}>
      {done ? i18n.t('ui.panel.copied') : i18n.t('ui.panel.copy')}
    </button>
  );
}

type View = 'findings' | 'checklist';
const VIEWS: readonly View[] = ['findings', 'checklist'];

/**
 * The two views of a frame's results, findings first: a tab list with roving focus (the selected tab
 * is the one Tab stop; arrow keys, Home and End move between them and select).
 */
function ViewTabs({ prefix, view, onView, labels }: { prefix: string; view: View; onView: (view: View) => void; labels: Record<View, string> }) {
  const tabs = useRef<Partial<Record<View, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const at = VIEWS.indexOf(view);
    // A horizontal tab list: left and right (up and down still scroll the panel).
    const moves: Record<string, number> = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: VIEWS.length - 1 };
    if (!Object.hasOwn(moves, event.key)) return;
    const next = moves[event.key]!;
    event.preventDefault();
    const chosen = VIEWS[(next + VIEWS.length) % VIEWS.length]!;
    onView(chosen);
    tabs.current[chosen]?.focus();
  };
  return (
    <div class="view-tabs" role="tablist" aria-label={i18n.t('ui.checklist.tabs')} onKeyDown={onKeyDown}>
      {VIEWS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          class="view-tab"
          id={`${prefix}-tab-${name}`}
          aria-controls={`${prefix}-view-${name}`}
          aria-selected={view === name}
          tabindex={view === name ? 0 : -1}
          data-view={name}
          ref={(element) => {
            tabs.current[name] = element;
          }}
          onClick={() => onView(name)}
        >
          {labels[name]}
        </button>
      ))}
    </div>
  );
}

function FrameReport({ frame, showInfo, onReveal, onRevealPlace, multiple, extras }: { frame: FrameState; showInfo: boolean; onReveal: PanelProps['onReveal']; onRevealPlace?: PanelProps['onRevealPlace']; multiple: boolean; extras?: PanelProps['frameExtras'] }) {
  const { state } = frame;
  const report = state.report;
  const [view, setView] = useState<View>('findings');
  if (!report) {
    return <p class="status">{state.status === 'error' ? i18n.t('ui.panel.failed', { error: state.error ?? i18n.t('ui.panel.unknownError') }) : i18n.t('ui.panel.auditing')}</p>;
  }
  const tally = counts(report.findings);
  const checklist = report.checklist;
  const prefix = `results-${frame.frameId}`;
  const findings = (
    <>
      <FindingList findings={report.findings} placed={state.placed} showInfo={showInfo} onReveal={(finding) => onReveal(frame.frameId, finding)} />
      <CopyButton frame={frame} showInfo={showInfo} />
    </>
  );
  return (
    <article class="frame" aria-label={multiple ? i18n.t('ui.panel.frame', { frame: frame.frameId, title: report.title }) : undefined}>
      {multiple && <p class="frame-label">{frame.frameId === 0 ? i18n.t('ui.panel.mainFrame') : i18n.t('ui.panel.innerFrame', { frame: frame.frameId })}</p>}
      <DocumentSummary report={report} url={state.url} />
      <section class="results" aria-labelledby={`results-${frame.frameId}`}>
        <h3 id={`results-${frame.frameId}`}>
          {i18n.t('ui.panel.results')}
          <span class="tally">
            {(['error', 'warning', 'info'] as const).map((severity) => (
              <span key={severity} class={`chip chip-${severity}`}>
                {tallyText(UI_WORDS, severity, tally[severity])}
              </span>
            ))}
          </span>
        </h3>
        {!checklist && findings}
        {checklist && (
          <>
            <ViewTabs
              prefix={prefix}
              view={view}
              onView={setView}
              labels={{
                findings: i18n.t('ui.checklist.tabFindings', { count: n(tally.error + tally.warning + (showInfo ? tally.info : 0)) }),
                checklist: i18n.t('ui.checklist.tabChecklist', { fail: n(checklistCounts(checklist).fail) }),
              }}
            />
            <div role="tabpanel" class="view view-findings" id={`${prefix}-view-findings`} aria-labelledby={`${prefix}-tab-findings`} hidden={view !== 'findings'}>
              {findings}
            </div>
            <div role="tabpanel" class="view view-checklist" id={`${prefix}-view-checklist`} aria-labelledby={`${prefix}-tab-checklist`} hidden={view !== 'checklist'}>
              <ChecklistView
                checklist={checklist}
                placed={state.placed}
                idPrefix={`${prefix}-checklist`}
                onReveal={(finding) => onReveal(frame.frameId, finding)}
                onRevealPlace={onRevealPlace && ((item) => onRevealPlace(frame.frameId, item))}
              />
            </div>
          </>
        )}
      </section>
      <DocumentTotals report={report} />
      {extras?.(frame)}
    </article>
  );
}

export function Panel({ status, frames, settings, onSettings, onReveal, onRevealPlace, enable, frameExtras, banner }: PanelProps) {
  // Said politely by screen readers when the reader switches the page's highlights off or on here.
  const [announcement, setAnnouncement] = useState('');
  const detected = frames.filter((frame) => frame.state.status !== 'not-detected').sort((a, b) => a.frameId - b.frameId);
  return (
    <main class="panel" lang={UI_LANG}>
      <header class="panel-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> {i18n.t('ui.panel.title')}
        </h1>
      </header>
      <p class="sr-only" aria-live="polite" aria-atomic="true" data-live="switches">
        {announcement}
      </p>
      {banner}
      {status === 'waiting' && <p class="status" role="status">{i18n.t('ui.panel.waiting')}</p>}
      {status === 'no-script' && (
        <section class="not-enabled" role="status">
          <p>{i18n.t('ui.panel.notRunning')}</p>
          {enable && (
            <>
              <button type="button" class="enable" onClick={enable.onEnable}>
                {i18n.t('ui.panel.enable', { site: enable.site })}
              </button>
              {enable.message && <p class="enable-message">{enable.message}</p>}
            </>
          )}
          {!enable && <p class="hint">{i18n.t('ui.panel.enableHint')}</p>}
        </section>
      )}
      {status === 'ready' && detected.length === 0 && (
        <p class="status" role="status">
          {i18n.t('ui.panel.notDisclosure')}
        </p>
      )}
      {detected.map((frame) => (
        <FrameReport key={frame.frameId} frame={frame} showInfo={settings.showInfo} onReveal={onReveal} onRevealPlace={onRevealPlace} multiple={detected.length > 1} extras={frameExtras} />
      ))}
      <section class="settings">
        <Switches settings={settings} onSettings={onSettings} onAnnounce={setAnnouncement} />
      </section>
      <footer class="panel-footer">
        <p>{i18n.t('ui.panel.shortcuts')}</p>
      </footer>
    </main>
  );
}
