/**
 * The live page into the engine's document model. The engine does the reading (documentFromDom); this
 * only says which elements are ours and which the page does not show.
 */
// Deep imports (not '../../lib'): the index re-exports report.ts, whose zod schemas would add ~100 kB
// of validation code the content script never runs.
import type { DisclosureDocument } from '../../lib/model/document';
import { mightBeDisclosure } from '../../lib/detect';
import { createDocumentFromDom } from '../../lib/model/from-dom';
import { runGenerator } from './slices';

/** How much of the page's text the first look reads: past a site's header and menus. */
const LEADING_CHARS = 40_000;

/** The tag of the shadow host that holds our badge and card. */
export const UI_TAG = 'suanpan-ui';
const UI_NAME = UI_TAG.toUpperCase();

export interface PageModel {
  document: DisclosureDocument;
  /** Indexed by the model's SourceRun.node. */
  textNodes: Text[];
}

function isHidden(element: Element): boolean {
  // display:none only: text hidden by visibility or clipping still takes part in the document's sums.
  // The computed value already covers [hidden], which the browser's own stylesheet makes display:none
  // unless the page shows it after all. checkVisibility() first, because it is cheaper than a
  // computed-style object and this runs once per element: it is true for nearly every element (the
  // walk never enters a hidden one, so only the element's own display is in question), and where it
  // is false (display:none, but also display:contents, content-visibility) the computed value decides.
  if (typeof element.checkVisibility === 'function' && element.checkVisibility()) return false;
  return getComputedStyle(element).display === 'none';
}

export function pageRoot(): Node {
  return document.body ?? document.documentElement;
}

/**
 * Reads the page: the engine's documentFromDom walks the live tree, resumably, in slices (a large page's
 * model is built over several of them). Its text nodes are the page's own Text nodes.
 *
 * Why not a copy first: the walk reads each live node's properties once, as a copy would, and a copy
 * was 30 000 more objects on a 1 MB page to make and then walk again (A/B: 199 → 180 ms to painted).
 */
export async function readPage(signal: AbortSignal): Promise<PageModel> {
  const walk = createDocumentFromDom(pageRoot(), location.href, document.title, {
    isOwnUi: (_element, name) => name === UI_NAME,
    isHidden: (element) => isHidden(element as Element),
  });
  const source = await runGenerator(walk, signal, 'model');
  return { document: source.document, textNodes: source.textNodes as Text[] };
}

/** The first `limit` characters of the page's text, read node by node (never the whole page). */
function leadingText(root: Node, limit: number): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) text += node.nodeValue ?? '';
  return text;
}

/**
 * A cheap gate before building the model: the engine's first look at the title and the beginning of the
 * text (a statistical bulletin that mentions 预算 stops here). The real decision is detectDisclosure.
 */
export function mayBeDisclosure(): boolean {
  return mightBeDisclosure(document.title, leadingText(pageRoot(), LEADING_CHARS));
}
