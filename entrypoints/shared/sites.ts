/**
 * Sites other than *.gov.cn that the user enabled. The grant itself is the record: an origin the user
 * granted from optional_host_permissions (at click time, in the panel) gets the content script through
 * scripting.registerContentScripts; revoking it in the browser's settings unregisters it. Nothing else
 * is stored.
 */
import { browser } from 'wxt/browser';
import { HIGHLIGHT_CSS_FILE } from '../content/highlight-css';

export { sitePattern } from './site-pattern';

const SCRIPT_ID = 'suanpan-enabled-sites';
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';
/** Chromium colours the highlights from a stylesheet that comes with the script (see highlight-css.ts). */
const CONTENT_CSS = import.meta.env.FIREFOX ? [] : [HIGHLIGHT_CSS_FILE];

function builtInPatterns(): Set<string> {
  const manifest = browser.runtime.getManifest();
  return new Set((manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []));
}

export async function enabledSites(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  const builtIn = builtInPatterns();
  return origins.filter((origin) => !builtIn.has(origin) && /^https?:\/\/[^*/]+\/\*$/.test(origin));
}

/** Makes the registered content script match exactly the granted sites. Idempotent. */
export async function syncEnabledSites(): Promise<void> {
  const matches = await enabledSites();
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (matches.length === 0) {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
    return;
  }
  const script = { id: SCRIPT_ID, matches, js: [CONTENT_SCRIPT_FILE], css: CONTENT_CSS, allFrames: true, runAt: 'document_idle' as const, persistAcrossSessions: true };
  if (registered.length > 0) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

/** Runs the content script in a tab now (after the user enabled its site). */
export async function injectInto(tabId: number): Promise<void> {
  if (CONTENT_CSS.length > 0) await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: CONTENT_CSS });
  await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}`] });
}
