/**
 * Chrome's side panel API is not in webextension-polyfill's types (Firefox has sidebar_action
 * instead), so it is reached through the `chrome` global with the two calls we use typed here.
 */
interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}

export function chromeSidePanel(): SidePanelApi | undefined {
  return (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
}

/** Firefox's sidebar (sidebar_action), likewise typed here: WXT's browser types follow Chrome. */
interface SidebarActionApi {
  open(): Promise<void>;
  toggle(): Promise<void>;
}

export function firefoxSidebar(): SidebarActionApi | undefined {
  return (globalThis as { browser?: { sidebarAction?: SidebarActionApi } }).browser?.sidebarAction;
}
