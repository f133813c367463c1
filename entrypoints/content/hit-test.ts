/**
 * Highlights painted with the Custom Highlight API get no events, so hovering is a hit test: the caret
 * position under the pointer names a text node, the painter says which marks cover it, and the marks'
 * range rectangles decide whether the pointer is really on the figure (not beside it on the same line).
 */
import type { Mark } from './marks';
import type { Painter } from './painter';

function caretNodeAt(x: number, y: number): Node | null {
  const doc = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null };
  if (typeof doc.caretPositionFromPoint === 'function') return doc.caretPositionFromPoint(x, y)?.offsetNode ?? null;
  return document.caretRangeFromPoint?.(x, y)?.startContainer ?? null;
}

function contains(rect: DOMRect, x: number, y: number): boolean {
  return x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1;
}

export function markAtPoint(painter: Painter, x: number, y: number): Mark | null {
  const node = caretNodeAt(x, y);
  if (!node) return null;
  for (const mark of painter.marksAt(node)) {
    for (const range of painter.ranges(mark)) {
      for (const rect of range.getClientRects()) if (contains(rect, x, y)) return mark;
    }
  }
  return null;
}

/** The mark under a collapsed selection (caret browsing, or a click into the text), if any. */
export function markAtSelection(painter: Painter): Mark | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
  const node = selection.anchorNode;
  if (!node) return null;
  for (const mark of painter.marksAt(node)) {
    for (const range of painter.ranges(mark)) if (range.isPointInRange(node, selection.anchorOffset)) return mark;
  }
  return null;
}
