/**
 * For tests of the page overlay's plain-DOM code (components/) in Node: a linkedom document as the
 * global `document`, a window size for the card's placement, and a stand-in for `wxt/browser` whose
 * i18n reads the messages of locales/ (mock 'wxt/browser' with this module). linkedom does not track
 * the focus: `focused()` records which elements were asked to take it.
 */
import { parseHTML } from 'linkedom';
import { lookupFor } from '../../lib/i18n/dictionaries';

const zh = lookupFor('zh_CN');
export const browser = { i18n: { getMessage: (key: string) => zh(key) ?? '' } };

let focusCalls: Element[] = [];

/** A fresh empty page as the global document; returns it. */
export function installDom(): Document {
  const { document, window, HTMLElement } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  Object.assign(globalThis, { document, window: Object.assign(window, { innerWidth: 1280, innerHeight: 800 }) });
  HTMLElement.prototype.focus = function (this: Element) {
    focusCalls.push(this);
  };
  focusCalls = [];
  return document as unknown as Document;
}

/** The elements asked to take the focus since the last call. */
export function focused(): Element[] {
  const calls = focusCalls;
  focusCalls = [];
  return calls;
}
