/**
 * From the engine's report to "marks": one per distinct printed figure, each a list of stretches of live
 * text nodes. A figure quoted by several findings (a total that is both a sum and a share base) is one
 * mark that knows all its findings and takes the most severe one's colour.
 */
import { runsAt, sourceSpans } from '../../lib/model/document';
import type { DocumentReport, Severity } from '../../lib/report';
import type { PageModel } from './read-page';

export interface MarkSpan {
  node: Text;
  start: number;
  end: number;
}

export interface Mark {
  /** Position in document order among all marks of the current report. */
  index: number;
  severity: Severity;
  /** Indexes into report.findings, ascending. */
  findings: number[];
  spans: MarkSpan[];
  /** The figure as the page prints it (the spans' text joined). */
  text: string;
  /** The figure as the engine normalized it (FigureRef.text), to point it out in the card. */
  figure: string;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function moreSevere(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface Placement {
  marks: Mark[];
  /** Per finding, how many of its figures found a place on the page. */
  placed: number[];
}

export function placeFindings(report: DocumentReport, model: PageModel): Placement {
  const byKey = new Map<string, { mark: Mark; order: [number, number] }>();
  const placed = report.findings.map(() => 0);
  report.findings.forEach((finding, findingIndex) => {
    for (const figure of finding.figures) {
      const at = figure.at;
      // A prose block or a table cell: runsAt finds the source runs of either.
      const runs = at ? runsAt(model.document, at) : [];
      if (!at || runs.length === 0) continue;
      const sources = sourceSpans(runs, at.start, at.end);
      const spans: MarkSpan[] = [];
      for (const source of sources) {
        const node = model.textNodes[source.node];
        // The page may have changed since it was read; a stale span is dropped (a rescan is coming).
        if (!node || !node.isConnected || source.end > node.length || source.start >= source.end) continue;
        spans.push({ node, start: source.start, end: source.end });
      }
      if (spans.length === 0 || spans.length !== sources.length) continue;
      placed[findingIndex]!++;
      const key = sources.map((s) => `${s.node}:${s.start}-${s.end}`).join('|');
      const existing = byKey.get(key);
      if (existing) {
        existing.mark.severity = moreSevere(existing.mark.severity, finding.severity);
        if (!existing.mark.findings.includes(findingIndex)) existing.mark.findings.push(findingIndex);
        continue;
      }
      const text = spans.map((s) => s.node.data.slice(s.start, s.end)).join('');
      byKey.set(key, {
        mark: { index: 0, severity: finding.severity, findings: [findingIndex], spans, text, figure: figure.text },
        order: [sources[0]!.node, sources[0]!.start],
      });
    }
  });
  // Text nodes are numbered in document order, so (node, offset) orders the marks as the page reads.
  const entries = [...byKey.values()].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  const marks = entries.map((entry, index) => Object.assign(entry.mark, { index }));
  return { marks, placed };
}

/** The marks to paint under the current switches. */
export function visibleMarks(marks: readonly Mark[], showInfo: boolean): Mark[] {
  return marks.filter((mark) => showInfo || mark.severity !== 'info');
}
