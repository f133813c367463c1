/**
 * What the extension should paint, computed in Node by the engine itself over the same HTML (linkedom
 * + documentFromDom), so the browser tests compare the page with the engine, not with a copy of it.
 *
 * The painting rule, restated here independently of the content script: a finding's figures[0] is its
 * primary figure, the others are related. A figure that is primary in any shown finding is painted as
 * primary, in the colour of the most severe finding it is primary in; any other figure of a shown
 * finding is painted as related, in the colour of the most severe finding it takes part in. Verified
 * figures that no shown finding marks get ticks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { auditDocument, documentFromDom, runsAt, sourceSpans, type DocumentReport, type DomNodeLike, type FigureRef, type Severity } from '../../lib';
import { ROOT } from './harness';

export interface PaintedSpan {
  severity: Severity;
  text: string;
}

export interface Reference {
  report: DocumentReport;
  /** Every stretch of page text that must be highlighted as a primary error or warning, sorted. */
  spans: PaintedSpan[];
  /** Every stretch of page text that must be marked as a related figure, sorted. */
  related: PaintedSpan[];
  /** Every stretch of page text a tick goes on (with the ticks switch on), sorted. */
  verified: string[];
  /** The primary figures (FigureRef.text) in document order: where next/previous stop. */
  stops: string[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function sortSpans(spans: PaintedSpan[]): PaintedSpan[] {
  return [...spans].sort((a, b) => a.severity.localeCompare(b.severity) || a.text.localeCompare(b.text));
}

interface Figure {
  texts: string[];
  order: [number, number];
  figure: string;
  primary: Severity | null;
  any: Severity | null;
}

const worse = (a: Severity | null, b: Severity): Severity => (a && RANK[a] >= RANK[b] ? a : b);

export function referenceFor(html: string, url: string, severities: Severity[] = ['error', 'warning']): Reference {
  const { document } = parseHTML(html);
  const { document: model, textNodes } = documentFromDom(document.body as unknown as DomNodeLike, url, document.title);
  const report = auditDocument(model);
  const place = (ref: FigureRef): { key: string; texts: string[]; order: [number, number] } | null => {
    if (!ref.at) return null;
    const spans = sourceSpans(runsAt(model, ref.at), ref.at.start, ref.at.end);
    if (spans.length === 0) return null;
    return {
      key: spans.map((span) => `${span.node}:${span.start}-${span.end}`).join('|'),
      texts: spans.map((span) => (textNodes[span.node]!.nodeValue ?? '').slice(span.start, span.end)),
      order: [spans[0]!.node, spans[0]!.start],
    };
  };
  const figures = new Map<string, Figure>();
  for (const finding of report.findings) {
    if (!severities.includes(finding.severity)) continue;
    finding.figures.forEach((ref, i) => {
      const at = place(ref);
      if (!at) return;
      const entry = figures.get(at.key) ?? { texts: at.texts, order: at.order, figure: ref.text, primary: null, any: null };
      entry.any = worse(entry.any, finding.severity);
      if (i === 0) entry.primary = worse(entry.primary, finding.severity);
      figures.set(at.key, entry);
    });
  }
  const spans: PaintedSpan[] = [];
  const related: PaintedSpan[] = [];
  for (const entry of figures.values()) {
    for (const text of entry.texts) {
      if (entry.primary) spans.push({ severity: entry.primary, text });
      else related.push({ severity: entry.any!, text });
    }
  }
  const verified = new Map<string, string[]>();
  for (const ref of report.verified) {
    const at = place(ref);
    if (at && !figures.has(at.key)) verified.set(at.key, at.texts);
  }
  const stops = [...figures.values()]
    .filter((entry) => entry.primary)
    .sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1])
    .map((entry) => entry.figure);
  return { report, spans: sortSpans(spans), related: sortSpans(related), verified: [...verified.values()].flat().sort(), stops };
}

export function referenceForFile(path: string, url: string, severities?: Severity[]): Reference {
  return referenceFor(readFileSync(join(ROOT, path), 'utf8'), url, severities);
}
