import { namesDisclosure } from '../../lib/pdf/names';

/**
 * Which addresses are PDFs to offer to the viewer, and the viewer's address for one (or for the two
 * files of one disclosure). Pure (no extension API): the background and the content script both use
 * it, and the unit tests.
 */

/** An http(s) address (what the viewer can fetch). */
export function isWebAddress(address: string | undefined | null): boolean {
  if (!address) return false;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** An http(s) address whose path ends in .pdf (the browser's own PDF viewer shows that address too). */
export function isPdfAddress(address: string | undefined | null): boolean {
  if (!isWebAddress(address)) return false;
  try {
    return /\.pdf$/i.test(decodeURIComponent(new URL(address!).pathname));
  } catch {
    return false;
  }
}

/**
 * The viewer page for `src`, given the extension's base address (runtime.getURL('/')); for two sources
 * (a 情况说明 and its 附表, checked together), both, in that order.
 */
export function viewerAddress(extensionBase: string, src: string | readonly string[]): string {
  const query = (typeof src === 'string' ? [src] : src).map((one) => `src=${encodeURIComponent(one)}`).join('&');
  return `${extensionBase.replace(/\/$/, '')}/viewer.html?${query}`;
}

/** The link's file name, decoded ('' when there is none). */
function fileName(href: string): string {
  try {
    return decodeURIComponent(new URL(href).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}

/** Words in a link's text that say it is a PDF: "….pdf", "（PDF）", "PDF版". Not "附件", which says nothing of the type. */
const SAYS_PDF = /\.pdf(?![a-z])|(?<![a-z])pdf(?![a-z])/i;

/**
 * Whether a link looks like a disclosure PDF: its address or its text says PDF (an address such as
 * download.jsp?id=… is not fetched to find out), and its text, title or file name names a 预算/决算.
 */
export function looksLikeDisclosureLink(href: string, text: string): boolean {
  if (!isWebAddress(href)) return false;
  const name = fileName(href);
  if (!isPdfAddress(href) && !SAYS_PDF.test(text)) return false;
  return namesDisclosure(text) || namesDisclosure(name);
}

/** A name's ending that says the file holds the tables, and one that says it holds the statement. */
const TABLES_END = /(?:附表|公开报表|报表|表格|tables?)$/i;
const TEXT_END = /(?:情况说明|说明|文本|text)$/i;
const NOISE = /\.pdf$|[（(]\s*pdf\s*[)）]|pdf版$|[\s\u3000\-_—–·.,，、:：《》<>“”"'（）()[\]【】]/gi;

/**
 * What a disclosure link names (its text, or its file name when the text names no disclosure), as a
 * stem shared by a 情况说明 and its 附表, and which of the two it is; null when it names no disclosure
 * or no year. "XX2018年部门预算公开" and "XX2018年部门预算公开附表" have one stem.
 */
export function disclosurePart(href: string, text: string): { stem: string; role: 'text' | 'tables' } | null {
  const said = namesDisclosure(text) ? text : fileName(href);
  let name = said.replace(NOISE, '');
  // "（PDF）" and the extension may stand after the suffix: removed again once the suffix is seen.
  const tables = TABLES_END.test(name);
  name = name.replace(tables ? TABLES_END : TEXT_END, '').replace(NOISE, '');
  if (!namesDisclosure(name) || !/(?:19|20)\d\d/.test(name)) return null;
  return { stem: name, role: tables ? 'tables' : 'text' };
}

/**
 * Among a page's disclosure links, the pairs to offer "一起检查" for: a 情况说明 and a 附表 whose names
 * are one stem (so the same unit, year and kind), each link in at most one pair, and only where exactly
 * one link of each role has that stem. Indexes into `links`, the statement first.
 */
export function pairLinks(links: ReadonlyArray<{ href: string; text: string }>): Array<[number, number]> {
  const byStem = new Map<string, { text: number[]; tables: number[] }>();
  links.forEach((link, index) => {
    const part = disclosurePart(link.href, link.text);
    if (!part) return;
    const entry = byStem.get(part.stem) ?? { text: [], tables: [] };
    entry[part.role].push(index);
    byStem.set(part.stem, entry);
  });
  const pairs: Array<[number, number]> = [];
  for (const { text, tables } of byStem.values()) {
    // The same address twice (a link and its icon) is one link.
    const distinct = (list: number[]) => [...new Map(list.map((i) => [links[i]!.href, i])).values()];
    const [texts, tabless] = [distinct(text), distinct(tables)];
    if (texts.length === 1 && tabless.length === 1 && links[texts[0]!]!.href !== links[tabless[0]!]!.href) pairs.push([texts[0]!, tabless[0]!]);
  }
  return pairs;
}
