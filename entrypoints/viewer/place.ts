/**
 * From the engine's report to boxes on the PDF's pages: one mark per distinct printed figure (as the
 * content script's marks.ts does for text nodes), each with the rectangles its characters cover, in
 * page space (points, y upwards, the page as displayed). Pure: it runs in the engine worker, and in
 * the unit tests.
 */
import { charBox, type PdfPiece, type PdfSource } from '../../lib/pdf';
import { runsAt, sourceSpans } from '../../lib/model/document';
import type { DocumentReport, FigureLocation, FigureRef, Severity } from '../../lib/report';

export interface PdfBox {
  page: number;
  /** Left edge and baseline, page space. */
  x: number;
  y: number;
  width: number;
  /** Font size. */
  height: number;
}

export interface PdfMark {
  /** Document order among the marks of its list. */
  index: number;
  key: string;
  kind: 'finding' | 'verified';
  severity: Severity;
  findings: number[];
  primaryIn: number[];
  leadOf: number[];
  /** The figure as the engine normalized it, and where it is in the model (for the card). */
  figure: string;
  at: FigureLocation | null;
  /** One box per run of characters on one line. */
  boxes: PdfBox[];
}

export interface PdfPlacement {
  marks: PdfMark[];
  ticks: PdfMark[];
  /** Per finding, how many of its figures found a place on the pages. */
  placed: number[];
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The boxes of characters [start, end) of the figure at `at`, joined where they touch on one line. */
export function figureBoxes(source: PdfSource, at: FigureLocation): { key: string; boxes: PdfBox[] } | null {
  const runs = runsAt(source.document, at);
  if (runs.length === 0) return null;
  const spans = sourceSpans(runs, at.start, at.end);
  const boxes: PdfBox[] = [];
  for (const span of spans) {
    const piece: PdfPiece | undefined = source.pieces[span.node];
    if (!piece || span.start >= span.end) return null;
    for (let offset = span.start; offset < span.end; offset++) {
      const box = charBox(piece, offset);
      if (!box) return null;
      if (box.width === 0) continue;
      const last = boxes[boxes.length - 1];
      // Same page, same baseline, and this character starts where the last box ends (within a little slack).
      if (last && last.page === box.page && Math.abs(last.y - box.y) < 0.5 * box.height && box.x - (last.x + last.width) < 0.6 * box.height && box.x >= last.x) {
        last.width = Math.max(last.width, box.x + box.width - last.x);
        last.height = Math.max(last.height, box.height);
      } else {
        boxes.push({ page: box.page, x: box.x, y: box.y, width: box.width, height: box.height });
      }
    }
  }
  if (boxes.length === 0) return null;
  return { key: spans.map((s) => `${s.node}:${s.start}-${s.end}`).join('|'), boxes };
}

function inReadingOrder(marks: Iterable<PdfMark>): PdfMark[] {
  // Pages in order; on a page from the top (larger y first), then from the left.
  const sorted = [...marks].sort((a, b) => {
    const p = a.boxes[0]!;
    const q = b.boxes[0]!;
    return p.page - q.page || (Math.abs(p.y - q.y) > 0.5 * Math.min(p.height, q.height) ? q.y - p.y : p.x - q.x);
  });
  return sorted.map((mark, index) => Object.assign(mark, { index }));
}

function newMark(kind: PdfMark['kind'], severity: Severity, key: string, boxes: PdfBox[], figure: FigureRef): PdfMark {
  return { index: 0, key, kind, severity, findings: [], primaryIn: [], leadOf: [], figure: figure.text, at: figure.at ?? null, boxes };
}

export function placeInPdf(report: DocumentReport, source: PdfSource): PdfPlacement {
  const byKey = new Map<string, PdfMark>();
  const placed = report.findings.map(() => 0);
  report.findings.forEach((finding, findingIndex) => {
    finding.figures.forEach((figure, figureIndex) => {
      const place = figure.at ? figureBoxes(source, figure.at) : null;
      if (!place) return;
      let mark = byKey.get(place.key);
      if (!mark) {
        mark = newMark('finding', finding.severity, place.key, place.boxes, figure);
        byKey.set(place.key, mark);
      }
      if (placed[findingIndex] === 0) mark.leadOf.push(findingIndex);
      placed[findingIndex]!++;
      if (RANK[finding.severity] > RANK[mark.severity]) mark.severity = finding.severity;
      if (!mark.findings.includes(findingIndex)) mark.findings.push(findingIndex);
      if (figureIndex === 0 && !mark.primaryIn.includes(findingIndex)) mark.primaryIn.push(findingIndex);
    });
  });
  const ticks = new Map<string, PdfMark>();
  for (const figure of report.verified) {
    const place = figure.at ? figureBoxes(source, figure.at) : null;
    if (!place || ticks.has(place.key)) continue;
    ticks.set(place.key, newMark('verified', 'info', place.key, place.boxes, figure));
  }
  return { marks: inReadingOrder(byKey.values()), ticks: inReadingOrder(ticks.values()), placed };
}

export type PdfLook = { role: 'primary' | 'related'; severity: Severity } | { role: 'verified' };

/** As marks.ts's lookOf: only the findings shown under the switches (info only with showInfo) count. */
export function pdfLookOf(mark: PdfMark, report: DocumentReport, showInfo: boolean): PdfLook | null {
  if (mark.kind === 'verified') return { role: 'verified' };
  const shown = (indexes: number[]) => indexes.map((i) => report.findings[i]?.severity).filter((s): s is Severity => s !== undefined && (showInfo || s !== 'info'));
  const most = (list: Severity[]) => list.reduce((a, b) => (RANK[a] >= RANK[b] ? a : b));
  const primary = shown(mark.primaryIn);
  if (primary.length > 0) return { role: 'primary', severity: most(primary) };
  const any = shown(mark.findings);
  return any.length > 0 ? { role: 'related', severity: most(any) } : null;
}

/** Whether keyboard navigation stops here: a shown finding leads to this mark. */
export function isPdfStop(mark: PdfMark, report: DocumentReport, showInfo: boolean): boolean {
  return mark.leadOf.some((i) => {
    const severity = report.findings[i]?.severity;
    return severity !== undefined && (showInfo || severity !== 'info');
  });
}
