/**
 * The background: opens the panel from the toolbar, turns keyboard commands into messages to the
 * active tab, keeps the toolbar badge's counts, and keeps the content script registered on the sites
 * the user enabled. It is also the only writer of the saved history of audited documents
 * (history-service.ts).
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { OpenPanelSchema, OpenViewerSchema, PdfTabSchema, SiteEnabledSchema, STATE_MESSAGE, type ToContent } from './shared/messages';
import { isPdfAddress, isWebAddress, viewerAddress } from './shared/pdf-link';
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
 * Tabs that show a PDF at an address not ending in .pdf (download.jsp?id=…), as their content script
 * said (content/pdf-tab.ts): tab id → that address. Kept in memory for the toolbar click, which must be
 * answered synchronously (sidePanel.open needs the click's gesture), and in storage.session so that a
 * worker woken by the click still knows (read when it starts; cleared with the browser session).
 */
const PDF_TABS_KEY = 'pdfTabs';
const pdfTabs = new Map<number, string>();
/** Set when the worker starts (in main: entrypoints are imported at build time too). */
let pdfTabsLoaded: Promise<void> = Promise.resolve();
let pdfTabsKnown = false;

async function loadPdfTabs(): Promise<void> {
  const stored: Record<string, unknown> = (await browser.storage.session?.get(PDF_TABS_KEY).catch(() => undefined)) ?? {};
  const tabs = stored[PDF_TABS_KEY];
  if (tabs && typeof tabs === 'object') {
    for (const [id, url] of Object.entries(tabs as Record<string, unknown>)) if (typeof url === 'string' && !pdfTabs.has(Number(id))) pdfTabs.set(Number(id), url);
  }
  pdfTabsKnown = true;
}

function savePdfTabs(): void {
  quietly(browser.storage.session?.set({ [PDF_TABS_KEY]: Object.fromEntries(pdfTabs) }));
}

const withoutHash = (address: string) => address.replace(/#.*$/, '');

/** Whether the tab shows a PDF (its address says so, or its content script did for that address). */
function showsPdf(tab: { id?: number; url?: string }): boolean {
  if (tab.id === undefined || !tab.url) return false;
  if (isPdfAddress(tab.url)) return true;
  const known = pdfTabs.get(tab.id);
  return known !== undefined && withoutHash(known) === withoutHash(tab.url);
}

/**
 * The toolbar button (or Alt+Shift+S) on a tab that shows a PDF in the browser's own viewer: the tab
 * goes to 算盘's viewer for that address instead (Back returns to the browser's viewer). activeTab lets
 * us read the tab's address at that moment; the viewer then fetches that one document.
 */
function openInViewer(tab: { id?: number; url?: string }): boolean {
  if (!showsPdf(tab)) return false;
  quietly(browser.tabs.update(tab.id!, { url: viewerAddress(browser.runtime.getURL('/'), tab.url!) }));
  return true;
}

/**
 * A click that woke the worker before it read which tabs show PDFs: the panel was opened (the click's
 * gesture cannot wait), and if the tab turns out to show a PDF, it goes to the viewer as well.
 */
function openInViewerOnceKnown(tab: { id?: number; url?: string }): void {
  if (pdfTabsKnown || tab.id === undefined || !isWebAddress(tab.url)) return;
  quietly(pdfTabsLoaded.then(() => openInViewer(tab)));
}

export default defineBackground(() => {
  pdfTabsLoaded = loadPdfTabs();
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
      openInViewerOnceKnown(tab);
    });
  } else {
    // Firefox: the toolbar button toggles the sidebar (allowed: it is a user action).
    browser.action.onClicked.addListener((tab) => {
      if (openInViewer(tab)) return;
      quietly(firefoxSidebar()?.toggle());
      openInViewerOnceKnown(tab);
    });
  }

  if (__SUANPAN_TEST__) {
    // Test builds only: what the toolbar click (and Alt+Shift+S) does on a tab, for the browser tests,
    // which cannot press the toolbar button. The tab as action.onClicked gives it (activeTab: its address).
    (globalThis as unknown as { __suanpanToolbar?: (tab: { id: number; url: string }) => boolean }).__suanpanToolbar = (tab) => openInViewer(tab);
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
      // A link the page shows (or a 情况说明 and its 附表), which the user clicked our control beside:
      // opened next to the page. The content script offers only links whose address or text says PDF.
      const srcs = [viewer.data.src, ...(viewer.data.with !== undefined ? [viewer.data.with] : [])];
      if (srcs.every(isWebAddress)) quietly(browser.tabs.create({ url: viewerAddress(browser.runtime.getURL('/'), srcs), openerTabId: tabId, index: (sender.tab?.index ?? 0) + 1 }));
      return undefined;
    }
    const pdfTab = PdfTabSchema.safeParse(raw);
    if (pdfTab.success && tabId !== undefined && (sender.frameId ?? 0) === 0) {
      // The address the browser says the frame has, not one the message could claim.
      const url = sender.url ?? pdfTab.data.url;
      if (isWebAddress(url)) {
        pdfTabs.set(tabId, url);
        savePdfTabs();
      }
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

  const forgetPdfTab = (tabId: number) => {
    if (pdfTabs.delete(tabId)) savePdfTabs();
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    countsByTab.delete(tabId);
    forgetPdfTab(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    countsByTab.delete(tabId);
    forgetPdfTab(tabId);
  });
});
