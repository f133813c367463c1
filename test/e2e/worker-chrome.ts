/**
 * The few extension APIs the tests call inside the service worker (through worker.evaluate), typed
 * here because neither tsconfig loads Chrome's full typings for test code.
 */
export interface WorkerChrome {
  tabs: {
    query(query: { active?: boolean; lastFocusedWindow?: boolean }): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { clear(): Promise<void>; set(items: Record<string, unknown>): Promise<void> } };
}
