import { namesDisclosure } from '../../lib/pdf/names';

/**
 * Which addresses are PDFs to offer to the viewer, and the viewer's address for one. Pure (no
 * extension API): the background and the content script both use it, and the unit tests.
 */

/** An http(s) address whose path ends in .pdf (the browser's own PDF viewer shows that address too). */
export function isPdfAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return (url.protocol === 'http:' || url.protocol === 'https:') && /\.pdf$/i.test(decodeURIComponent(url.pathname));
  } catch {
    return false;
  }
}

/** The viewer page for `src`, given the extension's base address (runtime.getURL('/')). */
export function viewerAddress(extensionBase: string, src: string): string {
  return `${extensionBase.replace(/\/$/, '')}/viewer.html?src=${encodeURIComponent(src)}`;
}

/** Whether a link to a PDF looks like a disclosure: its text, title or file name names one. */
export function looksLikeDisclosureLink(href: string, text: string): boolean {
  if (!isPdfAddress(href)) return false;
  let name = '';
  try {
    name = decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
  } catch {
    name = '';
  }
  return namesDisclosure(text) || namesDisclosure(name);
}
