/**
 * The fallback painter: each figure's text goes into a <suanpan-mark> element. On clear, the elements
 * are unwrapped and the text nodes we split are merged back into the page's original nodes, so the
 * page's markup (document.body.innerHTML) and its original Text objects are exactly as before.
 *
 * Only the pieces we split are merged (not a blanket normalize()), so adjacent text nodes the page
 * made on purpose stay separate.
 */
import { describeLook, type Look, type Mark, type MarkSpan } from './marks';
import { UI_WORDS } from '../../components/i18n';
import { addPageStyle, FLASH_MS, looksCss, type LookName, type Painter } from './painter';
import { MARK_TAG } from './read-page';

/** data-role (primary, related, verified) and data-severity carry the look, for the CSS and for tests. */
function selectorOf(name: LookName): string {
  if (name === 'verified') return `${MARK_TAG}[data-role="verified"]`;
  const [severity, related] = name.split('-');
  return `${MARK_TAG}[data-role="${related ? 'related' : 'primary'}"][data-severity="${severity}"]`;
}

/** A piece of an original text node: its Text and where it starts in the original's text. */
interface Piece {
  node: Text;
  offset: number;
  wrapper: HTMLElement | null;
}

// `all: unset` keeps page rules such as `td > *` from giving the element a box of its own.
const CSS_TEXT = `
${MARK_TAG} { all: unset !important; }
${looksCss(selectorOf, true)}
${MARK_TAG}[data-role][data-current] { background-color: rgba(37, 99, 235, 0.35) !important; }
${MARK_TAG}[data-role][data-flash] { background-color: rgba(250, 204, 21, 0.85) !important; color: #111 !important; }`;

export function createWrapPainter(): Painter {
  /** Keyed by the page's original text node. */
  const pieces = new Map<Text, Piece[]>();
  const wrappersOf = new Map<Mark, HTMLElement[]>();
  let byNode = new WeakMap<Node, Mark[]>();
  let style: HTMLStyleElement | null = null;
  let current: Mark | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const wrap = (span: MarkSpan, look: Look): HTMLElement | null => {
    const list = pieces.get(span.node) ?? [{ node: span.node, offset: 0, wrapper: null }];
    pieces.set(span.node, list);
    const at = list.findIndex((piece) => piece.offset <= span.start && span.start < piece.offset + piece.node.length);
    const piece = list[at];
    // Already wrapped (an overlapping figure): the earlier mark keeps these characters.
    if (!piece || piece.wrapper) return null;
    const start = span.start - piece.offset;
    const end = Math.min(span.end - piece.offset, piece.node.length);
    if (end <= start) return null;
    const inserted: Piece[] = [];
    let target = piece.node;
    if (end < target.length) inserted.push({ node: target.splitText(end), offset: piece.offset + end, wrapper: null });
    if (start > 0) {
      target = target.splitText(start);
      inserted.unshift({ node: target, offset: piece.offset + start, wrapper: null });
    }
    const wrapper = document.createElement(MARK_TAG);
    wrapper.setAttribute('data-role', look.role);
    if (look.role !== 'verified') wrapper.setAttribute('data-severity', look.severity);
    wrapper.setAttribute('role', 'mark');
    wrapper.setAttribute('aria-description', describeLook(look, UI_WORDS));
    target.before(wrapper);
    wrapper.append(target);
    const wrappedPiece = start > 0 ? inserted[0]! : piece;
    wrappedPiece.wrapper = wrapper;
    list.splice(at + 1, 0, ...inserted);
    return wrapper;
  };

  const setFlag = (mark: Mark | null, name: string, on: boolean) => {
    for (const wrapper of mark ? (wrappersOf.get(mark) ?? []) : []) {
      if (on) wrapper.setAttribute(name, '');
      else wrapper.removeAttribute(name);
    }
  };

  return {
    kind: 'wrap',
    begin() {},
    add(items) {
      style ??= addPageStyle(CSS_TEXT);
      for (const { mark, look } of items) {
        const wrappers: HTMLElement[] = [];
        for (const span of mark.spans) {
          const wrapper = wrap(span, look);
          if (!wrapper) continue;
          wrappers.push(wrapper);
          const text = wrapper.firstChild!;
          byNode.set(text, [...(byNode.get(text) ?? []), mark]);
        }
        if (wrappers.length > 0) wrappersOf.set(mark, wrappers);
      }
    },
    clear() {
      clearTimeout(flashTimer);
      for (const wrappers of wrappersOf.values()) {
        for (const wrapper of wrappers) {
          if (wrapper.parentNode) wrapper.replaceWith(...wrapper.childNodes);
        }
      }
      // Merge each split piece back into the piece before it, as long as the two are still neighbours.
      for (const list of pieces.values()) {
        let keep = list[0]!.node;
        for (const piece of list.slice(1)) {
          if (keep.nextSibling === piece.node) {
            keep.appendData(piece.node.data);
            piece.node.remove();
          } else {
            keep = piece.node;
          }
        }
      }
      pieces.clear();
      wrappersOf.clear();
      byNode = new WeakMap();
      current = null;
      style?.remove();
      style = null;
    },
    ranges(mark) {
      return (wrappersOf.get(mark) ?? []).map((wrapper) => {
        const range = new Range();
        range.selectNodeContents(wrapper);
        return range;
      });
    },
    marksAt(node) {
      return byNode.get(node) ?? [];
    },
    setCurrent(mark) {
      setFlag(current, 'data-current', false);
      current = mark;
      setFlag(mark, 'data-current', true);
    },
    flash(mark) {
      clearTimeout(flashTimer);
      for (const flashed of wrappersOf.keys()) setFlag(flashed, 'data-flash', false);
      setFlag(mark, 'data-flash', true);
      flashTimer = setTimeout(() => setFlag(mark, 'data-flash', false), FLASH_MS);
    },
  };
}

