/**
 * One disclosure published as several files (the 情况说明 and its 附表 as two PDFs): their documents
 * merged into one, so that the engine checks the prose against the tables. Pure: the parts are not
 * changed.
 *
 * The merged document has every part's blocks, then every part's tables, in the order of the parts,
 * renumbered (block and table indices offset by the parts before). Each block and table remembers the
 * file it came from (`file`), and each source run's node is offset by the nodes of the parts before, so
 * a figure's `at` still leads to its runs (runsAt) and its source spans name a node in the parts' nodes
 * concatenated in order (for PDFs: the parts' pieces, concatenated). `placeOf` says which file and which
 * block or table of that file a location is in.
 */
import type { DisclosureDocument, SourceRun, TableGrid, TextBlock } from './document';

/** Between the sources of the parts in the merged document's `source`: "a-text.pdf + a-tables.pdf". */
export const SOURCE_JOINER = ' + ';

export interface MergePart {
  document: DisclosureDocument;
  /**
   * How many source nodes the part's builder made (a PDF's pieces, a page's text nodes), for the next
   * part's node offset; by default one more than the largest node its runs name.
   */
  nodes?: number;
}

/** Where one part's content sits in the merged document. */
export interface MergedFile {
  source: string;
  /** The part's blocks are merged blocks [blockStart, blockStart + blocks). */
  blockStart: number;
  blocks: number;
  tableStart: number;
  tables: number;
  /** The part's source node n is merged node nodeStart + n. */
  nodeStart: number;
  nodes: number;
}

export interface MergedDocument {
  document: DisclosureDocument;
  files: MergedFile[];
}

function nodeCount(document: DisclosureDocument): number {
  let max = -1;
  const see = (runs: readonly SourceRun[]) => {
    for (const run of runs) if (run.node > max) max = run.node;
  };
  for (const block of document.blocks) see(block.runs);
  for (const table of document.tables) for (const row of table.rows) for (const cell of row) see(cell.runs);
  return max + 1;
}

const shiftRuns = (runs: readonly SourceRun[], by: number): SourceRun[] => runs.map((run) => ({ ...run, node: run.node + by }));

export function mergeDocuments(parts: ReadonlyArray<DisclosureDocument | MergePart>): MergedDocument {
  const normalised: MergePart[] = parts.map((part) => ('document' in part ? part : { document: part }));
  if (normalised.length === 0) throw new Error('mergeDocuments: no documents');
  const blocks: TextBlock[] = [];
  const tables: TableGrid[] = [];
  const files: MergedFile[] = [];
  let nodeStart = 0;
  // Blocks first, each part in turn, then the tables: the model's order (prose, then tables).
  for (const { document, nodes } of normalised) {
    const count = nodes ?? nodeCount(document);
    files.push({ source: document.source, blockStart: blocks.length, blocks: document.blocks.length, tableStart: 0, tables: document.tables.length, nodeStart, nodes: count });
    for (const block of document.blocks) {
      blocks.push({ ...block, index: blocks.length, runs: shiftRuns(block.runs, nodeStart), file: block.file ?? document.source });
    }
    nodeStart += count;
  }
  for (const [i, { document }] of normalised.entries()) {
    const file = files[i]!;
    file.tableStart = tables.length;
    for (const [k, table] of document.tables.entries()) {
      tables.push({
        ...table,
        index: tables.length,
        // A file's first table continues nothing in the file before it.
        lead: k === 0 && i > 0 ? null : table.lead,
        rows: table.rows.map((row) => row.map((cell) => ({ ...cell, runs: shiftRuns(cell.runs, file.nodeStart) }))),
        file: table.file ?? document.source,
      });
    }
  }
  const title = normalised.map(({ document }) => document.title).find((t) => t.trim() !== '') ?? '';
  return {
    document: {
      source: normalised.map(({ document }) => document.source).join(SOURCE_JOINER),
      title,
      blocks,
      tables,
      truncated: normalised.some(({ document }) => document.truncated),
    },
    files,
  };
}

/** A figure location's file, and its block or table index within that file's own document. */
export interface FilePlace {
  file: string;
  block?: number;
  table?: number;
}

/**
 * Which file a location (a FigureRef's `at`) is in: the block's or table's `file` where the document was
 * merged, else the document's source. With the merge's `files`, also its index in that file's document.
 */
export function placeOf(document: DisclosureDocument, at: { block: number; table?: number }, files?: readonly MergedFile[]): FilePlace | null {
  if (at.table !== undefined) {
    const table = document.tables[at.table];
    if (!table) return null;
    const part = files?.find((f) => at.table! >= f.tableStart && at.table! < f.tableStart + f.tables);
    return { file: table.file ?? document.source, ...(part ? { table: at.table - part.tableStart } : {}) };
  }
  const block = document.blocks[at.block];
  if (!block) return null;
  const part = files?.find((f) => at.block >= f.blockStart && at.block < f.blockStart + f.blocks);
  return { file: block.file ?? document.source, ...(part ? { block: at.block - part.blockStart } : {}) };
}
