/**
 * A plain-object copy of the page's tree, taken in slices, for the engine's documentFromDom to read.
 *
 * Why: documentFromDom walks the whole tree in one synchronous call. On the live DOM, from a content
 * script's isolated world, every childNodes/nodeValue access crosses the DOM bindings: a 750 kB page
 * took ~300 ms in one task. Copying the tree first spreads that cost over slices (and the
 * visibility checks with it); documentFromDom then walks plain objects, which is much cheaper. The
 * engine still does all the reading: this only presents the DOM through its DomNodeLike interface.
 */
import type { DomNodeLike } from '../../lib/model/from-dom';
import { runInSlices } from './slices';

// Node type constants as literals: Node.TEXT_NODE is itself a property read on the page's Node object.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Every text node's children: one shared, never changed, empty list (a third of all nodes are text). */
const NO_CHILDREN: SnapNode[] = [];

export class SnapNode implements DomNodeLike {
  readonly childNodes: SnapNode[];
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly nodeValue: string | null,
    /** The live node this copies: a Text for text nodes (to paint), the element for attributes. */
    readonly source: Node,
  ) {
    this.childNodes = nodeType === TEXT_NODE ? NO_CHILDREN : [];
  }

  getAttribute(name: string): string | null {
    return this.source.nodeType === ELEMENT_NODE ? (this.source as Element).getAttribute(name) : null;
  }
}

/**
 * Copies the tree under `root`, leaving out elements for which `skip` is true (our own UI, hidden
 * elements) and anything that is neither an element nor text, in slices. Every property read on a live
 * node crosses from our isolated world into the page's DOM (and the first touch of a node makes its
 * wrapper), so each node is read as little as possible: a text node's type, data and next sibling; an
 * element's type, name, first child and next sibling.
 */
export async function snapshotTree(root: Node, skip: (element: Element, nodeName: string) => boolean, signal: AbortSignal): Promise<SnapNode> {
  const top = new SnapNode(root.nodeType, root.nodeName, null, root);
  // Live nodes whose children still have to be copied, and their copies (two stacks in step: no pair
  // allocated per element).
  const live: Node[] = [root];
  const copies: SnapNode[] = [top];
  await runInSlices(
    () => {
      const node = live.pop()!;
      const copy = copies.pop()!;
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (type === TEXT_NODE) {
          copy.childNodes.push(new SnapNode(TEXT_NODE, '#text', (child as Text).data, child));
        } else if (type === ELEMENT_NODE) {
          const name = child.nodeName;
          if (skip(child as Element, name)) continue;
          const childCopy = new SnapNode(ELEMENT_NODE, name, null, child);
          copy.childNodes.push(childCopy);
          if (child.firstChild) {
            live.push(child);
            copies.push(childCopy);
          }
        }
      }
      return live.length > 0;
    },
    signal,
    'snapshot',
  );
  return top;
}
