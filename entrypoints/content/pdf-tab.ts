/**
 * A PDF whose address does not end in .pdf (download.jsp?id=…, served as application/pdf): the browser
 * shows it in its own viewer, and the background cannot tell from the address that the toolbar button
 * (Alt+Shift+S) should offer 算盘's viewer. In the top frame the content script can: the document's
 * type says so. It tells the background, which remembers it for that tab and address (no webRequest,
 * no tabs permission). Nothing is read or fetched here.
 */
import { browser } from 'wxt/browser';
import type { PdfTab } from '../shared/messages';

export function announcePdfTab(): void {
  if (window.top !== window || document.contentType !== 'application/pdf') return;
  const message: PdfTab = { type: 'suanpan:pdf-tab', url: location.href };
  browser.runtime.sendMessage(message).catch(() => undefined);
}
