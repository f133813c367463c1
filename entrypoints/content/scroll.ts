/** Bringing a figure into view, including figures inside scrollable boxes (a table in an overflow div). */
import type { MarkSpan } from './marks';

export function rangesFromSpans(spans: readonly MarkSpan[]): Range[] {
  const ranges: Range[] = [];
  for (const span of spans) {
    // A span over a node the page has since shortened is no longer usable.
    if (!span.node.isConnected || span.end > span.node.length) continue;
    const range = new Range();
    range.setStart(span.node, span.start);
    range.setEnd(span.node, span.end);
    ranges.push(range);
  }
  return ranges;
}

export function scrollRangeIntoView(range: Range): void {
  const container = range.startContainer.parentElement;
  // First let the browser scroll every scrollable ancestor so the figure's element is visible ...
  container?.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  // ... then centre the figure itself in the window (a long paragraph's element may be taller than it).
  const rect = range.getBoundingClientRect();
  const top = rect.top + rect.height / 2 - window.innerHeight / 2;
  if (Math.abs(top) > 4) window.scrollBy({ top, behavior: 'instant' });
}
