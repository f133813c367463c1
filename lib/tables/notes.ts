/**
 * The lines printed under a table: its notes ("注：本部门无相关收支项目", "说明：…", "（无政府性基金支出）"),
 * read as the text blocks between the table's last cell and the next table's title. Blocks and cells are
 * ordered by the source nodes their runs come from (text nodes of a page, pieces of a PDF), which follow
 * the document's order.
 */
import type { DisclosureDocument, TableGrid, TextBlock } from '../model/document';

/** More lines than a note has: after them it is prose, not the table's note. */
const MAX_NOTE_BLOCKS = 3;
/** The next table's number, title or unit line: not a note (in a PDF it may come before the note in the page's order). */
const TITLE_LINE = /表(（[^）]{1,12}）)?$|^(部门|单位|编制单位|部门名称)[：:]|单位[：:]\s*(万元|元|亿元)|^(公开)?[表\d一二三四五六七八九十]+表?$/;
/** A heading of the prose: the notes are over. */
const HEADING = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])/;

function nodes(table: TableGrid): number[] {
  return table.rows.flatMap((row) => row.flatMap((cell) => cell.runs.map((run) => run.node)));
}

/**
 * The blocks under the table `source` (an index in document.tables) and its continuations (tables of the
 * same caption and file right after it), before the next table, up to a heading of the prose, at most a
 * few. Titles and unit lines are passed over, not ended at: in a PDF the note under a table can come
 * after the next title in the page's order (node order) though it is printed above it.
 */
export function notesUnder(document: DisclosureDocument, source: number): TextBlock[] {
  const first = document.tables[source];
  if (!first) return [];
  let last = source;
  while (document.tables[last + 1] && document.tables[last + 1]!.caption === first.caption && document.tables[last + 1]!.file === first.file) last++;
  const own = document.tables.slice(source, last + 1).flatMap(nodes);
  if (own.length === 0) return [];
  const end = Math.max(...own);
  const following = document.tables.slice(last + 1).filter((table) => table.file === first.file).flatMap(nodes);
  const next = following.length > 0 ? Math.min(...following) : Infinity;
  const notes: TextBlock[] = [];
  for (const block of document.blocks) {
    if (block.file !== first.file || block.runs.length === 0) continue;
    const at = block.runs[0]!.node;
    if (at <= end || at >= next) continue;
    const text = block.text.trim();
    if (TITLE_LINE.test(text)) continue;
    if (HEADING.test(text) || notes.length >= MAX_NOTE_BLOCKS) break;
    notes.push(block);
  }
  return notes;
}
