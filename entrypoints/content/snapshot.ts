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

export class SnapNode implements DomNodeLike {
  readonly childNodes: SnapNode[] = [];
  constructor(
    readonly nodeType: number,
    readonly nodeName: string,
    readonly nodeValue: string | null,
    /** The live node this copies: a Text for text nodes (to paint), the element for attributes. */
    readonly source: Node,
  ) {}

  getAttribute(name: string): string | null {
    return this.source.nodeType === Node.ELEMENT_NODE ? (this.source as Element).getAttribute(name) : null;
  }
}

const COPIED = new Set<number>([Node.ELEMENT_NODE, Node.TEXT_NODE, Node.DOCUMENT_NODE, Node.DOCUMENT_FRAGMENT_NODE]);

/**
 * Copies the tree under `root`, leaving out elements for which `skip` is true (our own UI, hidden
 * elements) and anything that is neither an element nor text, in slices.
 */
export async function snapshotTree(root: Node, skip: (element: Element) => boolean, signal: AbortSignal): Promise<SnapNode> {
  const top = new SnapNode(root.nodeType, root.nodeName, null, root);
  // Each entry: a live node whose children still have to be copied, and its copy.
  const stack: Array<[Node, SnapNode]> = [[root, top]];
  await runInSlices(
    () => {
      const [node, copy] = stack.pop()!;
      for (let child = node.firstChild; child; child = child.nextSibling) {
        const type = child.nodeType;
        if (!COPIED.has(type)) continue;
        if (type === Node.ELEMENT_NODE && skip(child as Element)) continue;
        const childCopy = new SnapNode(type, child.nodeName, type === Node.TEXT_NODE ? (child as Text).data : null, child);
        copy.childNodes.push(childCopy);
        if (child.firstChild) stack.push([child, childCopy]);
      }
      return stack.length > 0;
    },
    signal,
    'snapshot',
  );
  return top;
}
