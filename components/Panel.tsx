/**
 * The side panel's content for one tab: per frame that holds a disclosure, the document, its totals
 * and its findings; the switches; and, on a site we do not run on, a way to enable it.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ContentState } from '../entrypoints/shared/state';
import type { Settings } from '../entrypoints/shared/settings';
import { DocumentSummary } from './DocumentSummary';
import { FindingList } from './FindingList';
import { counts, SEVERITY_LABEL } from './format';
import { reportAsText } from './export-text';

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
  /** Shown under a frame's document summary (历年对比, export: mounted by the app). */
  frameExtras?: (frame: FrameState) => ComponentChildren;
  /** Shown under the header (notices about the saved history). */
  banner?: ComponentChildren;
}

function Switches({ settings, onSettings }: Pick<PanelProps, 'settings' | 'onSettings'>) {
  return (
    <fieldset class="switches">
      <legend class="sr-only">显示设置</legend>
      <label>
        <input type="checkbox" role="switch" checked={settings.highlights} onChange={(e) => onSettings({ highlights: e.currentTarget.checked })} />
        在页面上标出数字
      </label>
      <label>
        <input type="checkbox" role="switch" checked={settings.showInfo} onChange={(e) => onSettings({ showInfo: e.currentTarget.checked })} />
        显示提示（取整误差、无法核对）
      </label>
      <label title="用淡绿色下划线标出算盘核对过、前后相符的合计">
        <input type="checkbox" role="switch" checked={settings.ticks} onChange={(e) => onSettings({ ticks: e.currentTarget.checked })} />
        标出已核对无误的合计
      </label>
    </fieldset>
  );
}

function CopyButton({ frame, showInfo }: { frame: FrameState; showInfo: boolean }) {
  const [done, setDone] = useState(false);
  const report = frame.state.report;
  if (!report) return null;
  const copy = async () => {
    await navigator.clipboard.writeText(reportAsText(report, frame.state.url, frame.receivedAt, showInfo));
    setDone(true);
    setTimeout(() => setDone(false), 2000);
  };
  return (
    <button type="button" class="copy" onClick={() => void copy().catch(() => setDone(false))}>
      {done ? '已复制' : '复制结果（文本）'}
    </button>
  );
}

function FrameReport({ frame, showInfo, onReveal, multiple, extras }: { frame: FrameState; showInfo: boolean; onReveal: PanelProps['onReveal']; multiple: boolean; extras?: PanelProps['frameExtras'] }) {
  const { state } = frame;
  const report = state.report;
  if (!report) {
    return <p class="status">{state.status === 'error' ? `核算出错：${state.error ?? '未知错误'}` : '正在核算…'}</p>;
  }
  const tally = counts(report.findings);
  return (
    <article class="frame" aria-label={multiple ? `框架 ${frame.frameId}：${report.title}` : undefined}>
      {multiple && <p class="frame-label">{frame.frameId === 0 ? '主页面' : `内嵌页面（框架 ${frame.frameId}）`}</p>}
      <DocumentSummary report={report} url={state.url} />
      {extras?.(frame)}
      <section class="results" aria-labelledby={`results-${frame.frameId}`}>
        <h3 id={`results-${frame.frameId}`}>
          核对结果
          <span class="tally">
            {(['error', 'warning', 'info'] as const).map((severity) => (
              <span key={severity} class={`chip chip-${severity}`}>
                {SEVERITY_LABEL[severity]} {tally[severity]}
              </span>
            ))}
          </span>
        </h3>
        <CopyButton frame={frame} showInfo={showInfo} />
        <FindingList findings={report.findings} placed={state.placed} showInfo={showInfo} onReveal={(finding) => onReveal(frame.frameId, finding)} />
      </section>
    </article>
  );
}

export function Panel({ status, frames, settings, onSettings, onReveal, enable, frameExtras, banner }: PanelProps) {
  const detected = frames.filter((frame) => frame.state.status !== 'not-detected').sort((a, b) => a.frameId - b.frameId);
  return (
    <main class="panel" lang="zh-CN">
      <header class="panel-header">
        <h1>
          <img src="/icon/32.png" alt="" width={20} height={20} /> 算盘 · 核算
        </h1>
        <Switches settings={settings} onSettings={onSettings} />
      </header>
      {banner}
      {status === 'waiting' && <p class="status" role="status">正在读取当前标签页…</p>}
      {status === 'no-script' && (
        <section class="not-enabled" role="status">
          <p>算盘没有在这个页面上运行。它默认只在 gov.cn 网站上运行。</p>
          {enable && (
            <>
              <button type="button" class="enable" onClick={enable.onEnable}>
                在 {enable.site} 上启用算盘
              </button>
              {enable.message && <p class="enable-message">{enable.message}</p>}
            </>
          )}
          {!enable && <p class="hint">要在其他网站上使用，请在该网页上点击工具栏中的算盘图标，再回到这里启用。</p>}
        </section>
      )}
      {status === 'ready' && detected.length === 0 && (
        <p class="status" role="status">
          这个页面不像预算或决算公开，算盘没有做任何标记。
        </p>
      )}
      {detected.map((frame) => (
        <FrameReport key={frame.frameId} frame={frame} showInfo={settings.showInfo} onReveal={onReveal} multiple={detected.length > 1} extras={frameExtras} />
      ))}
      <footer class="panel-footer">
        <p>快捷键：Alt+Shift+S 打开面板，Alt+Shift+J / K 下一处 / 上一处，Alt+Shift+H 显示或隐藏标记。</p>
      </footer>
    </main>
  );
}
