/**
 * From the engine's report to "marks": one per distinct printed figure, each a list of stretches of live
 * text nodes. A figure quoted by several findings (a total that is both a sum and a share base) is one
 * mark that knows all its findings.
 *
 * A finding's figures[0] is the figure it is about (the slipped unit, the wrong rate, the total that
 * does not match); the others are what it was compared with. A mark remembers in which findings it is
 * that primary figure, so it can be painted as the one to question, or as a figure that only took part.
 *
 * The report's verified figures (totals whose relations hold) become marks of their own, for the
 * optional ticks.
 */
import { runsAt, sourceSpans, type DisclosureDocument } from '../../lib/model/document';
import type { DocumentReport, FigureLocation, FigureRef, Severity } from '../../lib/report';

/** The page as read (read-page.ts's PageModel, restated so this file stays free of DOM-reading code). */
export interface PageModel {
  document: DisclosureDocument;
  /** Indexed by the model's SourceRun.node. */
  textNodes: readonly Text[];
}

export interface MarkSpan {
  node: Text;
  start: number;
  end: number;
}

export interface Mark {
  /** Position in document order among the marks of its list (findings, or ticks). */
  index: number;
  /** The same figure on the page gives the same key (its source spans). */
  key: string;
  /** 'verified': a tick on a figure the engine checked and found consistent; it has no findings. */
  kind: 'finding' | 'verified';
  /** Most severe of all its findings (decides whether it shows at all while info is hidden). */
  severity: Severity;
  /** Indexes into report.findings, ascending. */
  findings: number[];
  /** The findings whose figures[0] this is. */
  primaryIn: number[];
  /** The findings for which this is the first figure that found a place on the page: where "go to
   *  this finding" lands (the primary figure, unless that one could not be placed). */
  leadOf: number[];
  spans: MarkSpan[];
  /** The figure as the page prints it (the spans' text joined). */
  text: string;
  /** The figure as the engine normalized it (FigureRef.text), to point it out in the card. */
  figure: string;
  /** Where the engine located it (FigureRef.at), likewise. */
  at: FigureLocation | null;
  /** Document order: (text node index, offset). */
  order: [number, number];
}

export type Role = 'primary' | 'related';
/** How a mark is painted: the figure in question, a figure it was compared with, or a tick. */
export type Look = { role: Role; severity: Severity } | { role: 'verified' };

/** A mark with the look it has under the current switches. */
export interface Painted {
  mark: Mark;
  look: Look;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function moreSevere(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

export interface Placement {
  /** Marks of findings, in document order. */
  marks: Mark[];
  /** Marks of verified figures, in document order (painted only where no shown finding marks the
   *  same figure: see visibleTicks). */
  ticks: Mark[];
  /** Per finding, how many of its figures found a place on the page. */
  placed: number[];
}

interface Located {
  key: string;
  spans: MarkSpan[];
  order: [number, number];
}

/** Where a figure is on the live page, or null when it cannot be painted exactly. */
function locate(figure: FigureRef, model: PageModel): Located | null {
  const at = figure.at;
  // A prose block or a table cell: runsAt finds the source runs of either.
  const runs = at ? runsAt(model.document, at) : [];
  if (!at || runs.length === 0) return null;
  const sources = sourceSpans(runs, at.start, at.end);
  const spans: MarkSpan[] = [];
  for (const source of sources) {
    const node = model.textNodes[source.node];
    // The page may have changed since it was read; a stale span is dropped (a rescan is coming).
    if (!node || !node.isConnected || source.end > node.length || source.start >= source.end) continue;
    spans.push({ node, start: source.start, end: source.end });
  }
  if (spans.length === 0 || spans.length !== sources.length) return null;
  return {
    key: sources.map((s) => `${s.node}:${s.start}-${s.end}`).join('|'),
    spans,
    // Text nodes are numbered in document order, so (node, offset) orders the marks as the page reads.
    order: [sources[0]!.node, sources[0]!.start],
  };
}

function newMark(kind: Mark['kind'], severity: Severity, place: Located, figure: FigureRef): Mark {
  const text = place.spans.map((s) => s.node.data.slice(s.start, s.end)).join('');
  return { index: 0, key: place.key, kind, severity, findings: [], primaryIn: [], leadOf: [], spans: place.spans, text, figure: figure.text, at: figure.at ?? null, order: place.order };
}

function inDocumentOrder(marks: Iterable<Mark>): Mark[] {
  const sorted = [...marks].sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1]);
  return sorted.map((mark, index) => Object.assign(mark, { index }));
}

export function placeFindings(report: DocumentReport, model: PageModel): Placement {
  const byKey = new Map<string, Mark>();
  const placed = report.findings.map(() => 0);
  report.findings.forEach((finding, findingIndex) => {
    finding.figures.forEach((figure, figureIndex) => {
      const place = locate(figure, model);
      if (!place) return;
      let mark = byKey.get(place.key);
      if (!mark) {
        mark = newMark('finding', finding.severity, place, figure);
        byKey.set(place.key, mark);
      }
      if (placed[findingIndex]! === 0) mark.leadOf.push(findingIndex);
      placed[findingIndex]!++;
      mark.severity = moreSevere(mark.severity, finding.severity);
      if (!mark.findings.includes(findingIndex)) mark.findings.push(findingIndex);
      if (figureIndex === 0 && !mark.primaryIn.includes(findingIndex)) mark.primaryIn.push(findingIndex);
    });
  });
  const ticks = new Map<string, Mark>();
  for (const figure of report.verified) {
    const place = locate(figure, model);
    if (!place || ticks.has(place.key)) continue;
    ticks.set(place.key, newMark('verified', 'info', place, figure));
  }
  return { marks: inDocumentOrder(byKey.values()), ticks: inDocumentOrder(ticks.values()), placed };
}

/**
 * Where the checklist's items whose places belong to no finding lead ("go to" in the panel's checklist
 * view): by item id, the mark of the first of its places found on the page: a finding's mark when one
 * marks the same figure, else a mark of its own (never painted; shown only by the flash). Items with
 * findings go through those findings instead (reveal).
 */
export function placeChecklist(report: DocumentReport, model: PageModel, marks: readonly Mark[]): Map<string, Mark> {
  const byKey = new Map(marks.map((mark) => [mark.key, mark]));
  const out = new Map<string, Mark>();
  for (const item of report.checklist?.items ?? []) {
    if (item.findings.length > 0) continue;
    for (const figure of item.places) {
      const place = locate(figure, model);
      if (!place) continue;
      out.set(item.id, byKey.get(place.key) ?? newMark('finding', 'info', place, figure));
      break;
    }
  }
  return out;
}

/**
 * The look of a mark, counting only the findings shown under the current switches (info-level ones
 * only with showInfo): primary if it is figures[0] of any shown finding, in the colour of the most
 * severe of those; otherwise related, in the colour of the most severe shown finding it takes part in.
 * Null when no shown finding has it.
 */
export function lookOf(mark: Mark, report: DocumentReport, showInfo: boolean): Look | null {
  if (mark.kind === 'verified') return { role: 'verified' };
  const shown = (indexes: number[]) =>
    indexes.map((i) => report.findings[i]?.severity).filter((severity): severity is Severity => severity !== undefined && (showInfo || severity !== 'info'));
  const primary = shown(mark.primaryIn);
  if (primary.length > 0) return { role: 'primary', severity: primary.reduce(moreSevere) };
  const any = shown(mark.findings);
  return any.length > 0 ? { role: 'related', severity: any.reduce(moreSevere) } : null;
}

/** The finding marks to paint under the current switches, with their looks, in document order. */
export function visibleMarks(marks: readonly Mark[], report: DocumentReport, showInfo: boolean): Painted[] {
  const out: Painted[] = [];
  for (const mark of marks) {
    const look = lookOf(mark, report, showInfo);
    if (look) out.push({ mark, look });
  }
  return out;
}

/**
 * The ticks to paint: every verified figure that no shown finding marks. A figure a finding marks is
 * explained by its card; a tick on it would only compete.
 */
export function visibleTicks(ticks: readonly Mark[], shown: readonly Painted[]): Painted[] {
  const taken = new Set(shown.map((item) => item.mark.key));
  return ticks.filter((tick) => !taken.has(tick.key)).map((mark) => ({ mark, look: { role: 'verified' } }));
}

/** Whether keyboard navigation stops at this mark: it is where one of the shown findings leads
 *  (its primary figure, or its first placed one when the primary could not be placed). */
export function isStop(mark: Mark, report: DocumentReport, showInfo: boolean): boolean {
  return mark.leadOf.some((i) => {
    const severity = report.findings[i]?.severity;
    return severity !== undefined && (showInfo || severity !== 'info');
  });
}
