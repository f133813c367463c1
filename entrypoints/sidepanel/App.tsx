/**
 * The side panel's wiring: which tab it shows (the active one, or the ?tab= one), the states the
 * frames of that tab send, the shared switches, and the requests it makes (reveal, enable a site).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ExportMenu } from '../../components/ExportMenu';
import { History } from '../../components/History';
import { HistoryNotices } from '../../components/HistoryNotices';
import { Panel, type FrameState, type TabStatus } from '../../components/Panel';
import { i18n } from '../../components/i18n';
import { RevealResultSchema, SiteEnabledSchema, type ToContent } from '../shared/messages';
import { DEFAULT_SETTINGS, getSettings, updateSettings, watchSettings, type Settings } from '../shared/settings';
import { sitePattern } from '../shared/site-pattern';
import { ContentStateSchema } from '../shared/state';
import { useHistory } from './use-history';

/** How long to wait for a content script's answer before saying none runs here. */
const ANSWER_MS = 1200;

function useTargetTab(pinned: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(pinned);
  useEffect(() => {
    if (pinned !== null) return;
    let windowId: number | undefined;
    const refresh = () =>
      browser.tabs
        .query({ active: true, currentWindow: true })
        .then(([tab]) => {
          windowId = tab?.windowId;
          setTabId(tab?.id ?? null);
        })
        .catch(() => setTabId(null));
    void refresh();
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === undefined || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinned]);
  return tabId;
}

function useSettings(): [Settings, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  // A switch flipped before the stored settings arrived must not be flipped back by their arrival.
  const changedByUser = useRef(false);
  useEffect(() => {
    void getSettings().then((stored) => changedByUser.current || setSettings(stored));
    return watchSettings(setSettings);
  }, []);
  const change = useCallback((patch: Partial<Settings>) => {
    changedByUser.current = true;
    // Shown at once (a controlled switch would otherwise snap back until storage answers), then stored.
    setSettings((current) => ({ ...current, ...patch }));
    void updateSettings(patch).then(setSettings);
  }, []);
  return [settings, change];
}

function useFrames(tabId: number | null): { status: TabStatus; frames: FrameState[]; url: string | undefined; reload: () => void } {
  const [frames, setFrames] = useState<Map<number, FrameState>>(new Map());
  const [status, setStatus] = useState<TabStatus>('waiting');
  const [url, setUrl] = useState<string | undefined>(undefined);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    setFrames(new Map());
    setStatus('waiting');
    setUrl(undefined);
    // The address is visible to us only with a host permission or after the user invoked the extension
    // on this tab (activeTab); without it the panel cannot offer to enable the site.
    browser.tabs.get(tabId).then((tab) => live && setUrl(tab.url), () => undefined);

    const onMessage = (raw: unknown, sender: { tab?: { id?: number }; frameId?: number }) => {
      if (sender.tab?.id !== tabId) return undefined;
      const parsed = ContentStateSchema.safeParse(raw);
      if (!parsed.success) return undefined;
      setStatus('ready');
      setFrames((previous) => new Map(previous).set(sender.frameId ?? 0, { frameId: sender.frameId ?? 0, state: parsed.data, receivedAt: new Date() }));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = () => {
      const message: ToContent = { type: 'suanpan:get-state' };
      browser.tabs.sendMessage(tabId, message).then(
        () => live && setStatus('ready'),
        () => undefined,
      );
      clearTimeout(timer);
      timer = setTimeout(() => live && setStatus((current) => (current === 'waiting' ? 'no-script' : current)), ANSWER_MS);
    };
    ask();

    const onUpdated = (updated: number, change: { status?: string; url?: string }) => {
      if (updated !== tabId) return;
      if (change.url) setUrl(change.url);
      if (change.status === 'loading') {
        setFrames(new Map());
        setStatus('waiting');
      } else if (change.status === 'complete') {
        // The content script runs at document_idle, a moment after "complete".
        setTimeout(() => live && ask(), 400);
      }
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId, generation]);

  return { status, frames: [...frames.values()], url, reload: () => setGeneration((g) => g + 1) };
}

export function App({ pinnedTab }: { pinnedTab: number | null }) {
  const tabId = useTargetTab(pinnedTab);
  const [settings, changeSettings] = useSettings();
  const { status, frames, url, reload } = useFrames(tabId);
  const [enableMessage, setEnableMessage] = useState<string | null>(null);
  const site = sitePattern(url);
  const history = useHistory(frames.map((frame) => frame.state.report?.unit ?? null));
  const openOptions = () => void browser.runtime.openOptionsPage();

  // Asks one frame to go to a finding or to a checklist item's place; true when it did.
  const sendReveal = useCallback(
    async (frameId: number, message: ToContent) => {
      if (tabId === null) return false;
      try {
        const result = RevealResultSchema.safeParse(await browser.tabs.sendMessage(tabId, message, { frameId }));
        return result.success && result.data.ok;
      } catch {
        return false;
      }
    },
    [tabId],
  );
  const reveal = useCallback((frameId: number, finding: number) => sendReveal(frameId, { type: 'suanpan:reveal', finding }), [sendReveal]);
  const revealPlace = useCallback((frameId: number, item: string) => sendReveal(frameId, { type: 'suanpan:reveal-place', item }), [sendReveal]);

  const enable = () => {
    if (tabId === null || !site) return;
    // permissions.request must run in the click's own task (a user gesture), before any await.
    browser.permissions
      .request({ origins: [site] })
      .then(async (granted) => {
        if (!granted) {
          setEnableMessage(i18n.t('ui.panel.enableDenied'));
          return;
        }
        const message = SiteEnabledSchema.parse({ type: 'suanpan:site-enabled', tabId });
        await browser.runtime.sendMessage(message);
        setEnableMessage(i18n.t('ui.panel.enabled'));
        reload();
      })
      .catch(() => setEnableMessage(i18n.t('ui.panel.enableFailed')));
  };

  return (
    <Panel
      status={tabId === null ? 'waiting' : status}
      frames={frames}
      settings={settings}
      onSettings={changeSettings}
      onReveal={reveal}
      onRevealPlace={revealPlace}
      enable={site ? { site: new URL(site.replace('/*', '/')).host, onEnable: enable, message: enableMessage } : null}
      banner={<HistoryNotices notices={history.notices} onDismiss={history.dismiss} onManage={openOptions} />}
      frameExtras={(frame) =>
        frame.state.report && (
          <>
            <ExportMenu report={frame.state.report} url={frame.state.url} readAt={frame.receivedAt} includeInfo={settings.showInfo} />
            <History records={history.records} unit={frame.state.report.unit} currentUrl={frame.state.url} onManage={openOptions} />
          </>
        )
      }
    />
  );
}
