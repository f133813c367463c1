/**
 * The 目录 against the body: every table the contents list must be printed in the document. A warning
 * for each one missing ("a table listed in the 目录 and missing from the body"). When none of the listed
 * tables is in the document, they are published in another file (Jiangsu prints the 情况说明 and the 附表
 * as two PDFs): nothing is said.
 */
import { say } from '../../i18n/phrases';
import type { TextBlock } from '../../model/document';
import type { CheckFamily, TextPlace } from '../context';

const CONTENTS = /^目\s*录$/;
/** An entry of the contents: a short line, no sentence. */
const ENTRY_MAX = 60;
/** Where one entry ends and the next begins, when the contents were read as one paragraph. */
const ENTRY_START = /(?=第[一二三四五六七八九十]+部分|(?<![（(])[一二三四五六七八九十]+、)/;
/** A table's entry: its name ends with 表 (after any page number). */
const TABLE_ENTRY = /表$/;
const NUMBERED = /^(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|\d{1,2}[.、．]|附表\d)/;

export const contents: CheckFamily = {
  id: 'contents',
  run(analysis, sink) {
    const blocks = analysis.document.blocks;
    const at = blocks.findIndex((block) => CONTENTS.test(block.text.trim()));
    if (at < 0) return;
    const entries: Array<{ name: string; place: TextPlace }> = [];
    let end = at + 1;
    let numbered = false;
    for (; end < blocks.length; end++) {
      const block = blocks[end]!;
      const pieces = entriesOf(block);
      if (pieces === null) break;
      // The contents are numbered ("一、收支预算总表"): after the first numbered entry, a line without a
      // number is the body's first title ("收支预算总表"), not one more entry.
      const isNumbered = NUMBERED.test(block.text.trim());
      if (numbered && !isNumbered) break;
      numbered ||= isNumbered;
      if (isNumbered) entries.push(...pieces);
    }
    // A part ("第二部分 2024年度部门决算表") is not a table, whatever its name ends with.
    const tables = entries.filter((entry) => TABLE_ENTRY.test(entry.name) && !/^第[一二三四五六七八九十]+部分/.test(entry.place.text));
    if (tables.length === 0) return;
    // The body's titles: its short lines and its tables' captions, each squeezed (no spaces, one kind of
    // quote). Not its sentences: the 情况说明 names tables in passing ("详见收支预算总表").
    // A table printed as a grid may carry its title in its first rows rather than above it.
    const gridTitles = analysis.document.tables.flatMap((table) => [table.caption, ...table.rows.slice(0, 2).flatMap((row) => row.map((cell) => cell.text))]);
    // A heading of the 情况说明 that names a table ("七、政府性基金支出预算表情况说明") is not the table.
    const isTitle = (text: string) => text.length <= 80 && !/[。；]/.test(text) && !/说明/.test(text);
    const lines = blocks.slice(end).map((block) => block.text).filter(isTitle);
    // A title broken over two lines ("“三公”经费、会议费、培训费支出预算" / "表") is read joined too.
    const joined = lines.slice(1).map((line, i) => lines[i]! + line);
    const titles = [...lines, ...joined, ...gridTitles.filter(isTitle)].map((t) => squeeze(t).replace(/^(?:20\d\d年度?)/, '')).filter((t) => t.length >= 4);
    const missing = tables.filter((entry) => !titles.some((title) => sameTitle(squeeze(entry.name), title)));
    for (const _ of tables) sink.checked([]);
    if (missing.length === tables.length) return;
    for (const entry of missing) sink.addText('warning', say('contents_tableMissing', { name: entry.name }), [entry.place]);
  },
};

/** A block's entries (its name without numbering or page number), or null when it is not a contents line. */
function entriesOf(block: TextBlock): Array<{ name: string; place: TextPlace }> | null {
  const text = block.text;
  if (/[。；]/.test(text)) return null;
  const out: Array<{ name: string; place: TextPlace }> = [];
  let offset = 0;
  for (const piece of text.split(ENTRY_START)) {
    const start = offset;
    offset += piece.length;
    const trimmed = piece.replace(/[\s.·…]*\d*\s*$/, '');
    if (trimmed.trim().length === 0) continue;
    if (trimmed.length > ENTRY_MAX) return null;
    const name = trimmed.replace(/^\s*(?:第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、)\s*/, '').trim();
    const lead = trimmed.length - trimmed.trimStart().length;
    out.push({ name, place: { text: trimmed.trim(), block: block.index, start: start + lead, end: start + trimmed.length } });
  }
  return out.length ? out : null;
}

/**
 * The contents and the body word a table's title a little differently ("政府性基金财政拨款支出预算表" /
 * "政府性基金预算财政拨款支出预算表", "一般公共预算“三公”经费…支出预算表" / "“三公”经费…支出预算表",
 * "公开02表：收入预算总表"): the same title when one reads as the other with words left out or moved,
 * and the shorter keeps at least 70% of the entry.
 */
function sameTitle(entry: string, title: string): boolean {
  const [short, long] = entry.length <= title.length ? [entry, title] : [title, entry];
  // The same words in another order ("政府性基金财政拨款支出预算表" / "财政拨款政府性基金支出预算表")
  // are the same table too.
  return short.length >= entry.length * 0.7 && (isSubsequence(short, long) || isSubMultiset(short, long));
}

function isSubMultiset(short: string, long: string): boolean {
  const counts = new Map<string, number>();
  for (const char of long) counts.set(char, (counts.get(char) ?? 0) + 1);
  for (const char of short) {
    const left = counts.get(char) ?? 0;
    if (left === 0) return false;
    counts.set(char, left - 1);
  }
  return true;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '').replace(/[“”"'‘’「」]/g, '"').replace(/（/g, '(').replace(/）/g, ')');
}
