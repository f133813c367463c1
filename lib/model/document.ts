/**
 * The document model the engine works on. It knows nothing of the DOM or the file system: a builder
 * (plain text, or any DOM-like tree) produces it, and every character of every block can be traced back
 * to the source node and offset it came from, so the extension can paint exactly the printed figure.
 */

/** A run of normalized text that maps one-to-one onto a stretch of one source node's text. */
export interface SourceRun {
  /** Offset in the block's normalized text. */
  start: number;
  length: number;
  /** Index into the builder's list of source nodes (text nodes, or lines of a text file). */
  node: number;
  /** Offset in that node's own text. */
  nodeOffset: number;
}

/** A paragraph-like piece of prose, normalized (see normalize.ts). */
export interface TextBlock {
  kind: 'text';
  index: number;
  text: string;
  runs: SourceRun[];
  /** The file it was read from, where the document was merged from several (lib/model/merge.ts). */
  file?: string;
}

/** One cell of a table grid; tables are read in a later stage (see the tables issue). */
export interface TableCell {
  text: string;
  runs: SourceRun[];
  rowSpan: number;
  colSpan: number;
  header: boolean;
}

export interface TableGrid {
  kind: 'table';
  index: number;
  /** Text just above the table (its title and unit line), normalized. */
  caption: string;
  /**
   * The blocks printed between the previous table and this one, nearest last; null when there was
   * prose between them (more than a few blocks) or no previous table. A table continued in a second
   * table has none, or only lines such as 续表 and 单位：万元.
   */
  lead: string[] | null;
  rows: TableCell[][];
  /** The file it was read from, where the document was merged from several (lib/model/merge.ts). */
  file?: string;
}

export interface DisclosureDocument {
  /** Where it came from: a path for the CLI, a URL in the browser. */
  source: string;
  /** The page title where there is one (HTML <title>), else ''. */
  title: string;
  blocks: TextBlock[];
  tables: TableGrid[];
  /** True when the builder stopped early because the input was over its size bound. */
  truncated: boolean;
}

/** A stretch of one source node's text. */
export interface SourceSpan {
  node: number;
  start: number;
  end: number;
}

/** The source runs of the text a figure location points into: a prose block or a table cell. */
export function runsAt(document: DisclosureDocument, at: { block: number; table?: number; row?: number; cell?: number }): SourceRun[] {
  if (at.table !== undefined && at.row !== undefined && at.cell !== undefined) return document.tables[at.table]?.rows[at.row]?.[at.cell]?.runs ?? [];
  return document.blocks[at.block]?.runs ?? [];
}

/** The source spans behind normalized text [start, end) of a block, in order. */
export function sourceSpans(runs: readonly SourceRun[], start: number, end: number): SourceSpan[] {
  const spans: SourceSpan[] = [];
  for (const run of runs) {
    const runEnd = run.start + run.length;
    if (runEnd <= start) continue;
    if (run.start >= end) break;
    const from = Math.max(start, run.start);
    const to = Math.min(end, runEnd);
    const last = spans[spans.length - 1];
    const spanStart = run.nodeOffset + (from - run.start);
    const spanEnd = run.nodeOffset + (to - run.start);
    if (last && last.node === run.node && last.end === spanStart) last.end = spanEnd;
    else spans.push({ node: run.node, start: spanStart, end: spanEnd });
  }
  return spans;
}
