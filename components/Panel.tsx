/**
 * The side panel's content for one tab: per frame that holds a disclosure, what is wrong first (a few
 * lines naming the document, the counts, the findings), then the totals, the exports and the history;
 * the switches after all of them; and, on a site we do not run on, a way to enable it. At the panel's
 * usual size (420×900) the first finding is in view without scrolling (test/e2e/panel-layout.spec.ts).
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { FrameStateView as ContentState, SettingsView as Settings } from './view-types';
import { DocumentSummary, DocumentTotals } from './DocumentSummary';
import { FindingList } from './FindingList';
import { counts, tallyText } from './format';
import { reportAsText } from './export-text';
import { i18n, UI_LANG, UI_WORDS } from './i18n';

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

function FrameReport({ frame, showInfo, onReveal, multiple, extras }: { frame: FrameState; showInfo: boolean; onReveal: PanelProps['onReveal']; multiple: boolean; extras?: PanelProps['frameExtras'] }) {
  const { state } = frame;
  const report = state.report;
  if (!report) {
    return <p class="status">{state.status === 'error' ? i18n.t('ui.panel.failed', { error: state.error ?? i18n.t('ui.panel.unknownError') }) : i18n.t('ui.panel.auditing')}</p>;
  }
  const tally = counts(report.findings);
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
        <FindingList findings={report.findings} placed={state.placed} showInfo={showInfo} onReveal={(finding) => onReveal(frame.frameId, finding)} />
        <CopyButton frame={frame} showInfo={showInfo} />
      </section>
      <DocumentTotals report={report} />
      {extras?.(frame)}
    </article>
  );
}

export function Panel({ status, frames, settings, onSettings, onReveal, enable, frameExtras, banner }: PanelProps) {
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
        <FrameReport key={frame.frameId} frame={frame} showInfo={settings.showInfo} onReveal={onReveal} multiple={detected.length > 1} extras={frameExtras} />
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
