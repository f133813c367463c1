/**
 * The background: opens the panel from the toolbar, turns keyboard commands into messages to the
 * active tab, keeps the toolbar badge's counts, and keeps the content script registered on the sites
 * the user enabled. It is also the only writer of the saved history of audited documents
 * (history-service.ts).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { OpenPanelSchema, OpenViewerSchema, SiteEnabledSchema, STATE_MESSAGE, type ToContent } from './shared/messages';
import { isPdfAddress, viewerAddress } from './shared/pdf-link';
import { updateSettings, getSettings } from './shared/settings';
import { installHistory } from './shared/history-service';
import { chromeSidePanel, firefoxSidebar } from './shared/side-panel';
import { injectInto, syncEnabledSites } from './shared/sites';
import { ContentStateSchema, countBySeverity } from './shared/state';

function quietly(promise: Promise<unknown> | undefined): void {
  promise?.catch(() => {
    // A tab without our content script, a closed tab, a page that navigated: nothing to report.
  });
}

async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Per tab, per frame: counts for the toolbar badge (kept in memory; lost with the worker, harmlessly). */
const countsByTab = new Map<number, Map<number, { error: number; warning: number }>>();

function updateBadge(tabId: number): void {
  let error = 0;
  let warning = 0;
  for (const counts of countsByTab.get(tabId)?.values() ?? []) {
    error += counts.error;
    warning += counts.warning;
  }
  const text = error > 0 ? String(error) : warning > 0 ? String(warning) : '';
  quietly(browser.action.setBadgeText({ tabId, text }));
  if (text) quietly(browser.action.setBadgeBackgroundColor({ tabId, color: error > 0 ? '#b91c1c' : '#b45309' }));
}

/**
 * The toolbar button (or Alt+Shift+S) on a tab that shows a PDF in the browser's own viewer: the tab
 * goes to 算盘's viewer for that address instead (Back returns to the browser's viewer). activeTab lets
 * us read the tab's address at that moment; the viewer then fetches that one document.
 */
function openInViewer(tab: { id?: number; url?: string }): boolean {
  if (tab.id === undefined || !isPdfAddress(tab.url)) return false;
  quietly(browser.tabs.update(tab.id, { url: viewerAddress(browser.runtime.getURL('/'), tab.url!) }));
  return true;
}

export default defineBackground(() => {
  const sidePanel = import.meta.env.FIREFOX ? undefined : chromeSidePanel();
  if (sidePanel) {
    // Not openPanelOnActionClick: with it Chrome opens the panel without action.onClicked, and the
    // click no longer counts as invoking the extension, so activeTab is not granted and the panel
    // cannot learn the tab's address to offer "enable on this site". Opening it here, synchronously
    // in the click's listener (a user gesture), does both. (Turned off explicitly in case an earlier
    // version switched it on: the setting persists.)
    quietly(sidePanel.setPanelBehavior({ openPanelOnActionClick: false }));
    browser.action.onClicked.addListener((tab) => {
      if (openInViewer(tab)) return;
      if (tab.id !== undefined) quietly(sidePanel.open({ tabId: tab.id }));
    });
  } else {
    // Firefox: the toolbar button toggles the sidebar (allowed: it is a user action).
    browser.action.onClicked.addListener((tab) => {
      if (!openInViewer(tab)) quietly(firefoxSidebar()?.toggle());
    });
  }

  installHistory();
  quietly(syncEnabledSites());
  browser.permissions.onAdded.addListener(() => quietly(syncEnabledSites()));
  browser.permissions.onRemoved.addListener(() => quietly(syncEnabledSites()));

  browser.commands.onCommand.addListener((command) => {
    if (command === 'toggle-highlights') {
      quietly(getSettings().then((settings) => updateSettings({ highlights: !settings.highlights })));
      return;
    }
    if (command !== 'next-finding' && command !== 'previous-finding') return;
    const message: ToContent = { type: 'suanpan:navigate', direction: command === 'next-finding' ? 'next' : 'previous' };
    quietly(activeTabId().then((tabId) => (tabId === undefined ? undefined : browser.tabs.sendMessage(tabId, message, { frameId: 0 }))));
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender) => {
    const tabId = sender.tab?.id;
    if (OpenPanelSchema.safeParse(raw).success && tabId !== undefined) {
      // Called synchronously in the listener so Chrome still sees the badge click's user gesture.
      if (sidePanel) quietly(sidePanel.open({ tabId }));
      else quietly(firefoxSidebar()?.open());
      return undefined;
    }
    const viewer = OpenViewerSchema.safeParse(raw);
    if (viewer.success && tabId !== undefined) {
      // A link the page shows, which the user clicked our control beside: opened next to the page.
      if (isPdfAddress(viewer.data.src)) quietly(browser.tabs.create({ url: viewerAddress(browser.runtime.getURL('/'), viewer.data.src), openerTabId: tabId, index: (sender.tab?.index ?? 0) + 1 }));
      return undefined;
    }
    const enabled = SiteEnabledSchema.safeParse(raw);
    if (enabled.success) return syncEnabledSites().then(() => injectInto(enabled.data.tabId)).then(() => ({ ok: true }), () => ({ ok: false }));
    if ((raw as { type?: unknown } | null)?.type === STATE_MESSAGE && tabId !== undefined) {
      const state = ContentStateSchema.safeParse(raw);
      if (!state.success) return undefined;
      const frames = countsByTab.get(tabId) ?? new Map();
      frames.set(sender.frameId ?? 0, countBySeverity(state.data));
      countsByTab.set(tabId, frames);
      updateBadge(tabId);
    }
    return undefined;
  });

  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') countsByTab.delete(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => countsByTab.delete(tabId));
});
