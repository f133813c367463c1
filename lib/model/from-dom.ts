/**
 * Any DOM-like tree (the live page in the content script, linkedom in Node) into the document model.
 * It reads only nodeType/nodeName/nodeValue/firstChild/nextSibling/getAttribute, so it needs no DOM
 * globals.
 */
import { charSet } from '../chars';
import type { DisclosureDocument, TableCell, TableGrid, TextBlock } from './document';
import { joinBrokenBlocks, LONG_BLOCK_CHARS } from './join-blocks';
import { BlockBuilder } from './normalize';

export interface DomNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  // firstChild/nextSibling rather than childNodes: on the live page a NodeList is one more object per
  // element, and its items are read through the DOM bindings one by one anyway.
  firstChild: DomNodeLike | null;
  nextSibling: DomNodeLike | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'IFRAME', 'OBJECT', 'HEAD', 'TITLE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'HTML',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'UL', 'CAPTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH',
]);

export interface DomBuildOptions {
  /** Elements the adapter knows are not shown (the content script asks the browser); skipped with their subtree. */
  isHidden?: (element: DomNodeLike) => boolean;
  /** Elements that belong to the extension itself, by upper-cased name (its UI is skipped). */
  isOwnUi?: (element: DomNodeLike, name: string) => boolean;
  /** Bound on the characters read; past it the document is marked truncated. */
  maxChars?: number;
  /** Bound on the nodes visited, for pathological trees. */
  maxNodes?: number;
}

export interface DomSource<N extends DomNodeLike = DomNodeLike> {
  document: DisclosureDocument;
  /** The text nodes, indexed by SourceRun.node. */
  textNodes: N[];
}

/** Upper-cased names, by name as given: a page has a handful of distinct names and many thousands of elements. */
const UPPER_NAMES = new Map<string, string>();
/** Bound on the names remembered (a hostile page may invent any number of element names). */
const MAX_UPPER_NAMES = 512;

function elementName(node: DomNodeLike): string {
  const given = node.nodeName;
  let name = UPPER_NAMES.get(given);
  if (name === undefined) {
    name = given.toUpperCase();
    if (UPPER_NAMES.size < MAX_UPPER_NAMES) UPPER_NAMES.set(given, name);
  }
  return name;
}

function spanOf(node: DomNodeLike, name: string): number {
  const value = Number.parseInt(node.getAttribute?.(name) ?? '1', 10);
  return Number.isFinite(value) && value > 0 ? Math.min(value, 1000) : 1;
}

/**
 * Walks the tree once, iteratively (deeply nested markup must not overflow the stack). Prose goes into
 * blocks at block-element boundaries; each <table> becomes a grid whose cells keep their source runs.
 */
export function documentFromDom<N extends DomNodeLike>(root: N, source: string, title = '', options: DomBuildOptions = {}): DomSource<N> {
  const steps = createDocumentFromDom(root, source, title, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const SENTENCE_END = charSet('。；！？');

/** The offset just after the last sentence end in text[from, limit), or -1. */
function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = Math.min(limit, text.length) - 1; i >= from; i--) if (SENTENCE_END.has(text.charCodeAt(i))) return i + 1;
  return -1;
}

const DIGIT = /[0-9０-９]/;
const IN_NUMBER = /[0-9０-９.,，．]/;

/**
 * A cut near `at` just before a number ("…1万元|2万元…"), so neither a number nor the unit after it is
 * split; where no number starts in the last 200 characters, cut where asked.
 */
function cutBeforeNumber(text: string, at: number, from: number): number {
  for (let cut = at; cut > Math.max(from + 1, at - 200); cut--) {
    if (DIGIT.test(text[cut]!) && !IN_NUMBER.test(text[cut - 1]!)) return cut;
  }
  return at;
}

/** More blocks than this between two tables is prose, not a 续表 line. */
const MAX_LEAD_BLOCKS = 3;
/** Blocks longer than this are prose, not a table's title or unit line. */
const CAPTION_LINE_CHARS = 100;

/**
 * The text just above a table: its nearest blocks since the previous table (`from`), up to three short
 * ones (the title, "编制部门：…", "单位：元" are often three lines), or the one block just above it when
 * that is long.
 */
function captionBefore(blocks: readonly TextBlock[], from: number): string {
  // A table right after another has the same caption (so its continuation is recognised as such).
  if (from === blocks.length) from = 0;
  const lines: string[] = [];
  for (let i = blocks.length - 1; i >= from && lines.length < 3; i--) {
    const text = blocks[i]!.text;
    if (text.length > CAPTION_LINE_CHARS && lines.length > 0) break;
    lines.unshift(text);
    if (text.length > CAPTION_LINE_CHARS) break;
  }
  return lines.join(' ');
}

/** Nodes visited between two yields of createDocumentFromDom: a few milliseconds of work. */
const NODES_PER_STEP = 2000;

/**
 * The same walk as documentFromDom, as a generator that yields every few thousand nodes, so an adapter
 * can spread a large page over idle slices (no main-thread task over 50 ms).
 *
 * The content script walks the live page with it, over several slices, so the tree may change between
 * two steps. The walk only ever follows firstChild and nextSibling from where it stands: a node removed
 * meanwhile ends its sibling list early, a node added may or may not be read, and maxNodes bounds the
 * walk whatever the page does (the content script checks again once the page settles).
 */
export function* createDocumentFromDom<N extends DomNodeLike>(root: N, source: string, title = '', options: DomBuildOptions = {}): Generator<void, DomSource<N>, void> {
  const maxChars = options.maxChars ?? 12_000_000;
  const maxNodes = options.maxNodes ?? 2_000_000;
  const textNodes: N[] = [];
  const blocks: TextBlock[] = [];
  const tables: TableGrid[] = [];
  let builder = new BlockBuilder();
  /** blocks.length when the last table was read; -1 before the first. */
  let lastTableEnd = -1;
  let chars = 0;
  let visited = 0;
  let truncated = false;

  const closeBlock = () => {
    // An empty builder is as good as new: most block ends close nothing.
    if (builder.length === 0) return;
    blocks.push(builder.build(blocks.length));
    builder = new BlockBuilder();
  };

  /**
   * Prose text into the current block, closing it after a sentence end when it grows too long. (Called
   * only for text that does not fit: the walk appends the rest directly, without a generator per node.)
   */
  const appendProse = function* (text: string, index: number): Generator<void, void, void> {
    let from = 0;
    while (builder.length + (text.length - from) > LONG_BLOCK_CHARS) {
      const room = LONG_BLOCK_CHARS - builder.length;
      let cut = room > 0 ? sentenceEnd(text, from, from + room) : -1;
      if (cut < 0) {
        if (builder.length > 0) {
          closeBlock();
          continue;
        }
        cut = cutBeforeNumber(text, from + LONG_BLOCK_CHARS, from);
      }
      builder.append(text.slice(from, cut), index, from);
      closeBlock();
      from = cut;
      // One enormous text node is many blocks: let the adapter pause between them.
      yield;
    }
    builder.append(from === 0 ? text : text.slice(from), index, from);
  };

  /**
   * A table being read. `layout` is set when a table turns out to hold another table in one of its
   * cells: portals wrap the whole article, and each data table with its title and 单位 line, in tables
   * used for layout. Such a table is read as prose (its cells are blocks) and the tables inside it as
   * tables.
   */
  interface TableState { grid: TableGrid; row: TableCell[] | null; cell: { builder: BlockBuilder; node: DomNodeLike; header: boolean } | null; layout: boolean }
  const tableStack: TableState[] = [];
  /**
   * The table being read, if any. (Not tableStack[tableStack.length - 1]: on the empty stack, outside
   * every table, that asks for property "-1", a slow lookup, for each of the page's nodes.)
   */
  const innermostTable = (): TableState | undefined => (tableStack.length > 0 ? tableStack[tableStack.length - 1] : undefined);
  /** The table whose cell text is being read, if any: none at the top level or in a layout table. */
  const dataTable = (): TableState | undefined => {
    const table = innermostTable();
    return table && !table.layout ? table : undefined;
  };
  /** Cells already read, as prose blocks in reading order (a layout table's cells, a one-row table). */
  const cellsToBlocks = (rows: readonly TableCell[][]) => {
    closeBlock();
    for (const row of rows) {
      for (const cell of row) if (cell.text.length > 0) blocks.push({ kind: 'text', index: blocks.length, text: cell.text, runs: cell.runs });
    }
  };
  /** The table around a cell that holds a table is a layout table: what it read so far becomes prose. */
  const becomeLayout = (table: TableState) => {
    const rows = table.row ? [...table.grid.rows, table.row] : table.grid.rows;
    if (table.cell) {
      const built = table.cell.builder.build(0);
      rows.push([{ text: built.text, runs: built.runs, rowSpan: 1, colSpan: 1, header: false }]);
    }
    cellsToBlocks(rows);
    table.layout = true;
    table.grid.rows = [];
    table.row = null;
    table.cell = null;
  };

  /** The end of an element: close what it opened (a cell, a row, a table, a block). */
  const leave = (node: N, name: string) => {
    const table = innermostTable();
    if (name === 'TABLE' && table) {
      tableStack.pop();
      // A table of one row (a title, or "编制部门：… 单位：元" beside the table it heads) is a line of prose.
      if (table.layout) closeBlock();
      else if (table.grid.rows.length <= 1) cellsToBlocks(table.grid.rows);
      else {
        tables.push({ ...table.grid, index: tables.length });
        lastTableEnd = blocks.length;
      }
    } else if (table?.layout) {
      if (BLOCK.has(name)) closeBlock();
    } else if ((name === 'TD' || name === 'TH') && table?.cell) {
      const built = table.cell.builder.build(0);
      table.row?.push({ text: built.text, runs: built.runs, rowSpan: spanOf(node, 'rowspan'), colSpan: spanOf(node, 'colspan'), header: table.cell.header });
      table.cell = null;
    } else if (name === 'TR' && table?.row) {
      table.grid.rows.push(table.row);
      table.row = null;
    } else if (BLOCK.has(name) && tableStack.length === 0) {
      closeBlock();
    }
  };

  // The elements entered and not yet left, with their names: two arrays in step rather than an object
  // per element (the walk visits every node of the page).
  const open: N[] = [];
  const openNames: string[] = [];
  let node: N | null = root;
  while (node !== null) {
    if (++visited > maxNodes || chars > maxChars) {
      truncated = true;
      break;
    }
    if (visited % NODES_PER_STEP === 0) yield;
    // Each property is read once: on the live page every read crosses into the DOM.
    const type = node.nodeType;
    /** The element's name when the walk goes into it, else null. */
    let entered: string | null = null;
    if (type === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      if (text.length > 0) {
        const index = textNodes.length;
        textNodes.push(node);
        chars += text.length;
        const table = innermostTable();
        if (table && !table.layout) table.cell?.builder.append(text, index);
        else if (builder.length + text.length <= LONG_BLOCK_CHARS) builder.append(text, index, 0);
        else yield* appendProse(text, index);
      }
    } else if (type === ELEMENT_NODE || type === 9 || type === 11) {
      const name = elementName(node);
      if (type !== ELEMENT_NODE) entered = name;
      else if (SKIPPED.has(name) || options.isOwnUi?.(node, name) || options.isHidden?.(node)) entered = null; // nor anything inside
      else if (name === 'BR') {
        const table = dataTable();
        if (table) table.cell?.builder.softBreak();
        else builder.softBreak();
      } else {
        entered = name;
        const table = dataTable();
        if (name === 'TABLE') {
          if (table?.cell) becomeLayout(table);
          closeBlock();
          const between = lastTableEnd < 0 ? null : blocks.length - lastTableEnd;
          const lead = between !== null && between <= MAX_LEAD_BLOCKS ? blocks.slice(lastTableEnd).map((block) => block.text) : null;
          tableStack.push({ grid: { kind: 'table', index: tables.length, caption: captionBefore(blocks, Math.max(0, lastTableEnd)), lead, rows: [] }, row: null, cell: null, layout: false });
        } else if (name === 'TR' && table) {
          table.row = [];
        } else if ((name === 'TD' || name === 'TH') && table) {
          table.cell = { builder: new BlockBuilder(), node, header: name === 'TH' };
        } else if (BLOCK.has(name) && !table) {
          closeBlock();
        }
      }
    }
    const first: N | null = entered !== null ? (node.firstChild as N | null) : null;
    if (first !== null) {
      open.push(node);
      openNames.push(entered!);
      node = first;
      continue;
    }
    // An element with nothing inside is left at once (an empty cell is still a cell).
    if (entered !== null) leave(node, entered);
    // Then the next sibling, or that of the nearest open element that has one, leaving the others.
    node = node === root ? null : (node.nextSibling as N | null);
    while (node === null && open.length > 0) {
      const parent = open.pop()!;
      leave(parent, openNames.pop()!);
      node = parent === root ? null : (parent.nextSibling as N | null);
    }
  }
  closeBlock();
  return { document: { source, title, blocks: joinBrokenBlocks(blocks), tables, truncated }, textNodes };
}
