/**
 * Way in to the PDF viewer from a page: after each link to a PDF that looks like a disclosure (its text,
 * title or file name names a 预算/决算: entrypoints/shared/pdf-link.ts), a small "用算盘检查" button.
 * It is an inline element of its own (a shadow root holds the button and its style, so the page's CSS
 * neither styles it nor sees it, and its words are not the page's text), marked data-suanpan so the
 * content script's mutation watch ignores it; it sits after the link in the tab order. A click asks the
 * background to open the viewer for that address; nothing is fetched until then.
 */
import { browser } from 'wxt/browser';
import { i18n } from '../../components/i18n';
import type { OpenViewer } from '../shared/messages';
import { isPdfAddress, looksLikeDisclosureLink } from '../shared/pdf-link';

export const PDF_CHECK_TAG = 'suanpan-pdf-check';
/** More than any attachment list needs; bounds the work on a page of thousands of links. */
const MAX_CONTROLS = 100;

const STYLE = `
:host { display: inline; }
button {
  all: unset; cursor: pointer; margin-inline-start: 0.4em; padding: 0 0.35em; border-radius: 3px;
  border: 1px solid #93c5fd; background: #eff6ff; color: #1d4ed8; font: 12px/1.4 system-ui, sans-serif;
  vertical-align: baseline; white-space: nowrap;
}
button:hover { background: #dbeafe; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

function control(href: string, name: string): HTMLElement {
  const host = document.createElement(PDF_CHECK_TAG);
  host.setAttribute('data-suanpan', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = i18n.t('viewer.checkLink');
  button.title = i18n.t('viewer.checkLinkTitle', { name });
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    const message: OpenViewer = { type: 'suanpan:open-viewer', src: href };
    browser.runtime.sendMessage(message).catch(() => undefined);
  });
  shadow.append(style, button);
  return host;
}

/** Adds the control after each disclosure-like PDF link not yet marked; returns how many were added. */
export function markPdfLinks(root: ParentNode = document): number {
  let added = 0;
  const links = root.querySelectorAll<HTMLAnchorElement>('a[href]');
  for (const link of links) {
    if (added >= MAX_CONTROLS) break;
    // A cheap test on the attribute first: most links are not PDFs.
    if (!/\.pdf/i.test(link.getAttribute('href') ?? '')) continue;
    const href = link.href;
    if (!isPdfAddress(href) || link.nextElementSibling?.localName === PDF_CHECK_TAG) continue;
    const text = `${link.textContent ?? ''} ${link.title}`;
    if (!looksLikeDisclosureLink(href, text)) continue;
    const name = (link.textContent ?? '').trim() || decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
    link.after(control(href, name));
    added++;
  }
  return added;
}
