/**
 * Way in to the PDF viewer from a page: after each link to a PDF that looks like a disclosure (its
 * address or its text says PDF, and its text, title or file name names a 预算/决算:
 * entrypoints/shared/pdf-link.ts), a small "用算盘检查" button. Where the page links a 情况说明 and its
 * 附表 as two files (one name, one with 附表: pairLinks), the 附表's control has a second button,
 * "一起检查", which opens the viewer on both, checked as one disclosure.
 * It is an inline element of its own (a shadow root holds the button and its style, so the page's CSS
 * neither styles it nor sees it, and its words are not the page's text), marked data-suanpan so the
 * content script's mutation watch ignores it; it sits after the link in the tab order. A click asks the
 * background to open the viewer for that address (or those two); nothing is fetched until then, and a
 * link whose address does not say PDF is not fetched to find out what it is.
 */
import { browser } from 'wxt/browser';
import { i18n } from '../../components/i18n';
import type { OpenViewer } from '../shared/messages';
import { looksLikeDisclosureLink, pairLinks } from '../shared/pdf-link';

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

function button(label: string, title: string, message: OpenViewer): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.title = title;
  element.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation();
    browser.runtime.sendMessage(message).catch(() => undefined);
  });
  return element;
}

function control(href: string, name: string): HTMLElement {
  const host = document.createElement(PDF_CHECK_TAG);
  host.setAttribute('data-suanpan', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = STYLE;
  shadow.append(style, button(i18n.t('viewer.checkLink'), i18n.t('viewer.checkLinkTitle', { name }), { type: 'suanpan:open-viewer', src: href }));
  return host;
}

const nameOf = (link: HTMLAnchorElement) => (link.textContent ?? '').trim() || decodeURIComponent(new URL(link.href).pathname.split('/').pop() ?? '');

/** Adds the control after each disclosure-like PDF link not yet marked; returns how many were added. */
export function markPdfLinks(root: ParentNode = document): number {
  let added = 0;
  const marked: HTMLAnchorElement[] = [];
  const links = root.querySelectorAll<HTMLAnchorElement>('a[href]');
  for (const link of links) {
    if (marked.length >= MAX_CONTROLS) break;
    // A cheap test first: most links neither point at a .pdf nor say PDF.
    if (!/pdf/i.test(link.getAttribute('href') ?? '') && !/pdf/i.test(link.textContent ?? '')) continue;
    const href = link.href;
    const text = `${link.textContent ?? ''} ${link.title}`;
    if (!looksLikeDisclosureLink(href, text)) continue;
    marked.push(link);
    if (link.nextElementSibling?.localName === PDF_CHECK_TAG) continue;
    link.after(control(href, nameOf(link)));
    added++;
  }
  // A 情况说明 and its 附表: "一起检查" on the 附表's control, once.
  for (const [text, tables] of pairLinks(marked.map((link) => ({ href: link.href, text: (link.textContent ?? '').trim() || link.title })))) {
    const shadow = marked[tables]!.nextElementSibling?.shadowRoot;
    if (!shadow || shadow.querySelector('button[data-pair]')) continue;
    const [a, b] = [marked[text]!, marked[tables]!];
    const together = button(i18n.t('viewer.checkPairLink'), i18n.t('viewer.checkPairLinkTitle', { text: nameOf(a), tables: nameOf(b) }), { type: 'suanpan:open-viewer', src: a.href, with: b.href });
    together.dataset.pair = '';
    shadow.append(together);
  }
  return added;
}
