/**
 * PDF pages (text items at positions, ruling lines) into the engine's document model: the same text
 * blocks and table grids the DOM reader produces, so the engine does not know where they came from.
 *
 * - Items are cut into pieces at wide runs of spaces; each piece is a source node (SourceRun.node), and
 *   pieceBoxes() gives each of its characters' page, x, y and width, for painting a finding later.
 * - Lines: pieces grouped by vertical overlap, ordered left to right; a line's cells are the pieces
 *   separated by gaps wider than a character.
 * - Page furniture (page numbers "- 10 -", "—10—", "第 3 页", lines repeated at the top or bottom of
 *   many pages) is dropped; the 目录's leader dots and page numbers are cut off.
 * - Tables: runs of lines with two or more cells, numbers among them; columns are the bands of x that
 *   the cells of the fullest rows cover (right-aligned numbers overlap, so they form one band), cut
 *   where a vertical ruling line crosses them; a cell over several bands spans them. Header lines
 *   above the body are taken up to the title or unit line; the caption is the short lines above. A
 *   table that begins a page after a page that ended in a table continues it (a repeated header is
 *   dropped).
 * - Prose: the other lines, joined into paragraphs; a paragraph ends at a wider gap, an indented line, a
 *   short line, or a change of size. Lines are joined with no space (Chinese), except between Latin
 *   letters.
 */
import type { DisclosureDocument, TableCell, TableGrid, TextBlock } from '../model/document';
import { joinBrokenBlocks, LONG_BLOCK_CHARS } from '../model/join-blocks';
import { BlockBuilder } from '../model/normalize';
import type { PdfPage, PdfRule } from './read';

/** A source node of a PDF document: a run of one text item with no wide gap inside. */
export interface PdfPiece {
  page: number;
  text: string;
  /** Baseline origin, page space (points, y upwards from the bottom of the page). */
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a character of a piece is printed. */
export interface PdfCharBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PdfSource {
  document: DisclosureDocument;
  /** The source nodes, indexed by SourceRun.node. */
  pieces: PdfPiece[];
}

function isWide(code: number): boolean {
  return code >= 0x2e80 || (code >= 0x1100 && code <= 0x11ff);
}

/**
 * Whether a gap between two runs of text is a space in the text. Chinese is written without spaces: a
 * gap between two wide characters is letter-spacing (a spaced-out title, "部 门 决 算"; a justified
 * line), never a word break.
 */
function spaceBetween(left: string, right: string): boolean {
  return !(left.length > 0 && right.length > 0 && isChinese(left.charCodeAt(left.length - 1)) && isChinese(right.charCodeAt(0)));
}

/** Wide characters, and the curly quotes Chinese text sets in them ("“三公”经费"). */
function isChinese(code: number): boolean {
  return isWide(code) || (code >= 0x2018 && code <= 0x201d);
}

/** Runs of one line joined, a space where the gap is one. */
function joinRuns(texts: string[]): string {
  return texts.reduce((joined, text) => (joined && spaceBetween(joined, text) ? `${joined} ${text}` : joined + text), '');
}

/** Relative advance of a character: ideographs and full-width forms one em, the rest half. */
function advance(char: string): number {
  return isWide(char.charCodeAt(0)) ? 1 : 0.5;
}

/** The boxes of a piece's characters (widths shared out by the characters' usual advances). */
export function pieceBoxes(piece: PdfPiece): PdfCharBox[] {
  const chars = [...piece.text];
  const total = chars.reduce((sum, char) => sum + advance(char), 0) || 1;
  const boxes: PdfCharBox[] = [];
  let x = piece.x;
  for (const char of chars) {
    const width = (piece.width * advance(char)) / total;
    boxes.push({ page: piece.page, x, y: piece.y, width, height: piece.height });
    // A character outside the BMP is two code units: one box each, so offsets stay code units.
    if (char.length === 2) boxes.push({ page: piece.page, x, y: piece.y, width: 0, height: piece.height });
    x += width;
  }
  return boxes;
}

/** The box of the character at code-unit offset `offset` of a piece. */
export function charBox(piece: PdfPiece, offset: number): PdfCharBox | undefined {
  return pieceBoxes(piece)[offset];
}

const WIDE_SPACE = /[ \u00a0\u3000\t]+/g;

/** Items into pieces: cut at wide runs of spaces, positions shared out by advance. */
function piecesOf(page: PdfPage, pieces: PdfPiece[]): number[] {
  const indices: number[] = [];
  for (const item of page.items) {
    if (!item.upright || item.height <= 0) continue;
    const chars = [...item.str];
    const total = chars.reduce((sum, char) => sum + advance(char), 0) || 1;
    const perUnit = item.width / total;
    let cursor = 0;
    let x = item.x;
    const push = (text: string, startX: number) => {
      const trimmed = text.replace(/^\s+/, '');
      const lead = [...text.slice(0, text.length - trimmed.length)].reduce((s, c) => s + advance(c), 0) * perUnit;
      const body = trimmed.replace(/\s+$/, '');
      if (body === '') return;
      const width = [...body].reduce((s, c) => s + advance(c), 0) * perUnit;
      indices.push(pieces.length);
      pieces.push({ page: page.number, text: body, x: startX + lead, y: item.y, width: item.width > 0 ? width : 0, height: item.height });
    };
    for (const match of item.str.matchAll(WIDE_SPACE)) {
      const text = item.str.slice(cursor, match.index);
      push(text, x);
      x += ([...text].reduce((s, c) => s + advance(c), 0) + [...match[0]].reduce((s, c) => s + advance(c), 0)) * perUnit;
      cursor = match.index + match[0].length;
    }
    push(item.str.slice(cursor), x);
  }
  return indices;
}

interface Cell {
  pieces: number[];
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  page: number;
  pieces: number[];
  /** Baseline (the lowest of its pieces'), page space. */
  y: number;
  top: number;
  size: number;
  x0: number;
  x1: number;
  cells: Cell[];
  text: string;
  /** Justified prose cut into cells by its stretched gaps (markRunningProse): never a table's row. */
  prose?: boolean;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** Pieces into lines: a piece joins the line its glyphs overlap vertically by half or more. */
function linesOf(pageNumber: number, indices: number[], pieces: PdfPiece[], rules: PdfRule[] = []): Line[] {
  const verticals = rules.filter((rule) => rule.x1 - rule.x0 < 1 && rule.y1 - rule.y0 > 2);
  /** A vertical rule between x0 and x1 through height y: a cell border, even where the text nearly touches it. */
  const ruled = (x0: number, x1: number, y: number) => verticals.some((rule) => rule.x0 > x0 - 1 && rule.x0 < x1 + 1 && rule.y0 <= y && rule.y1 >= y);
  const sorted = [...indices].sort((a, b) => pieces[b]!.y + pieces[b]!.height - (pieces[a]!.y + pieces[a]!.height) || pieces[a]!.x - pieces[b]!.x);
  const groups: Array<{ bottom: number; top: number; members: number[] }> = [];
  for (const index of sorted) {
    const piece = pieces[index]!;
    const bottom = piece.y - 0.2 * piece.height;
    const top = piece.y + 0.8 * piece.height;
    let best: (typeof groups)[number] | undefined;
    let bestOverlap = 0;
    for (let g = groups.length - 1; g >= 0 && g >= groups.length - 6; g--) {
      const group = groups[g]!;
      const overlap = Math.min(top, group.top) - Math.max(bottom, group.bottom);
      const need = 0.5 * Math.min(top - bottom, group.top - group.bottom);
      if (overlap >= need && overlap > bestOverlap) {
        best = group;
        bestOverlap = overlap;
      }
    }
    if (best) {
      best.members.push(index);
      best.bottom = Math.min(best.bottom, bottom);
      best.top = Math.max(best.top, top);
    } else groups.push({ bottom, top, members: [index] });
  }
  const lines = groups.map((group) => {
    const members = group.members.sort((a, b) => pieces[a]!.x - pieces[b]!.x);
    const size = median(members.map((m) => pieces[m]!.height));
    const cells: Cell[] = [];
    for (const m of members) {
      const piece = pieces[m]!;
      const last = cells[cells.length - 1];
      if (last && piece.x - last.x1 < 0.9 * Math.min(size, piece.height) + 0.5 && !ruled(last.x1, piece.x, piece.y + 0.3 * piece.height)) {
        last.pieces.push(m);
        last.text += (piece.x - last.x1 > 0.25 * piece.height ? ' ' : '') + piece.text;
        last.x1 = Math.max(last.x1, piece.x + piece.width);
      } else cells.push({ pieces: [m], x0: piece.x, x1: piece.x + piece.width, text: piece.text });
    }
    return {
      page: pageNumber,
      pieces: members,
      y: Math.min(...members.map((m) => pieces[m]!.y)),
      top: group.top,
      size,
      x0: cells[0]!.x0,
      x1: Math.max(...cells.map((c) => c.x1)),
      cells,
      text: cells.map((c) => c.text).join(' '),
    };
  });
  return lines.sort((a, b) => b.top - a.top || b.y - a.y);
}

const PAGE_NUMBER = /^(?:[-—–－−~～_\s]*\d{1,4}[-—–－−~～_\s]*|第\s*\d+\s*页(?:\s*[,，/／]?\s*共\s*\d+\s*页)?|\d+\s*[/／]\s*\d+|[-—–－−]?\s*[ivxlcIVXLC]+\s*[-—–－−]?)$/;

/** Lines that are page furniture: numbers at the top or bottom, and text repeated at the top or bottom of many pages. */
function furniture(pages: Array<{ page: PdfPage; lines: Line[] }>): Set<Line> {
  const out = new Set<Line>();
  const key = (line: Line) => `${Math.round(line.y / 4)}|${line.text.replace(/\d+/g, '#')}`;
  const counts = new Map<string, number>();
  for (const { page, lines } of pages) {
    for (const line of lines) {
      const nearEdge = line.y < page.height * 0.1 || line.y > page.height * 0.9;
      if (nearEdge) counts.set(key(line), (counts.get(key(line)) ?? 0) + 1);
    }
  }
  for (const { page, lines } of pages) {
    lines.forEach((line, i) => {
      const nearEdge = line.y < page.height * 0.12 || line.y > page.height * 0.88;
      const outermost = i === 0 || i === lines.length - 1 || i === 1 || i === lines.length - 2;
      // A page number stands apart; a number touching the line beside it is the tail of a wrapped figure.
      const apart = (lines[i - 1] === undefined || lines[i - 1]!.y - line.y > 0.8 * line.size) && (lines[i + 1] === undefined || line.y - lines[i + 1]!.y > 0.8 * line.size);
      if ((nearEdge || outermost) && apart && PAGE_NUMBER.test(line.text.trim()) && (nearEdge || i === 0 || i === lines.length - 1)) out.add(line);
      else if (pages.length >= 3 && (line.y < page.height * 0.08 || line.y > page.height * 0.92) && (counts.get(key(line)) ?? 0) >= Math.max(3, pages.length / 2)) out.add(line);
    });
  }
  return out;
}

const NUMBER_SHAPED = /^[-−(（]?\d[\d,，]*(?:\.\d+)?[)）%]?$/;

function isNumberShaped(text: string): boolean {
  return NUMBER_SHAPED.test(text.replace(/\s/g, ''));
}

/** An amount rather than a code or a line number: decimals, a thousands separator, or four digits or more. */
function isAmountShaped(text: string): boolean {
  const t = text.replace(/\s/g, '');
  if (!NUMBER_SHAPED.test(t)) return false;
  return /\.\d/.test(t) || /\d,\d{3}/.test(t) || (/\d{4,}/.test(t) && !/^(\d{3}|\d{5}|\d{7})$/.test(t));
}

/** A figure's unit, printed after it in a sentence (a table prints it in its caption or header). */
const UNIT_AFTER = /^(?:[%％‰]|万元|亿元|千元|元|倍)/;
/** The unit, and a mark: the sentence goes on. */
const UNIT_THEN_MARK = /^(?:[%％‰]|万元|亿元|千元|元|倍)[，。；、！？,;]/;
const SENTENCE_MARK = /^[，。；、！？,;]/;

/**
 * Lines of justified prose cut into cells by their stretched gaps (Word stretches the spaces typed
 * around a figure to an em or more; WPS and ONLYOFFICE spread the characters too), marked so that no
 * table takes them. A table prints a figure alone in its cell, its unit in the caption or header, and
 * no cell of it begins with a mark; a sentence goes on across the gap: "57.83 | %。主要原因",
 * "13,994.31 | 万元。与上年", "2016 | 年增加", or the next line goes on from this line's figure
 * ("…总预算 | 21,940.96" over "万元。与上年相比…"). A gap with a drawn rule in it is a cell border.
 */
function markRunningProse(lines: Line[], rules: PdfRule[]): Line[] {
  const verticals = verticalRules(rules);
  const squeeze = (text: string) => text.replace(/\s/g, '');
  lines.forEach((line, i) => {
    const y = line.y + 0.3 * line.size;
    const marked = /[，。；]/.test(line.text);
    const drawn = (left: Cell, right: Cell) => verticals.some((rule) => rule.x0 >= left.x1 - 1 && rule.x0 <= right.x0 + 1 && rule.y0 <= y && rule.y1 >= y);
    const inside = line.cells.some((cell, k) => {
      const text = squeeze(cell.text);
      // The line begins with a figure's unit and a mark: the figure ended the line above.
      if (k === 0) return UNIT_THEN_MARK.test(text);
      const before = line.cells[k - 1]!;
      const left = squeeze(before.text);
      if (drawn(before, cell)) return false;
      if (SENTENCE_MARK.test(text) || (isNumberShaped(left) && UNIT_THEN_MARK.test(text))) return true;
      // A unit alone after its figure is a table's unit column too ("满意度 | 95 | %"), unless the line is a sentence.
      return marked && ((isNumberShaped(left) && UNIT_AFTER.test(text)) || (/^(?:19|20)\d\d$/.test(left) && text.startsWith('年')));
    });
    const next = lines[i + 1];
    const last = line.cells[line.cells.length - 1]!;
    const carriedOn =
      next !== undefined && line.cells.length >= 2 && isNumberShaped(last.text) && UNIT_THEN_MARK.test(squeeze(next.cells[0]!.text)) && line.y - next.y > 0 && line.y - next.y < 2.5 * line.size && Math.abs(line.size - next.size) <= 0.2 * line.size;
    if (inside || carriedOn) line.prose = true;
  });
  return lines;
}

function isRowLike(line: Line): boolean {
  if (line.prose || line.cells.length < 2 || !line.cells.some((cell) => isNumberShaped(cell.text))) return false;
  // Prose justified by spreading its characters apart is many one-character cells, not a row.
  const single = line.cells.filter((cell) => [...cell.text].length === 1).length;
  return !(line.cells.length > 6 && single > line.cells.length / 2);
}

const UNIT_LINE = /单位\s*[：:]/;
const TABLE_NUMBER_LINE = /^(?:公开\s*\d+\s*表|表\s*[\d一二三四五六七八九十]+|附表\s*\d+|部门公开表\s*\d+)$/;

/** Lines of a table header above its body: short cells, not the title or unit line. */
function isHeaderLike(line: Line): boolean {
  if (UNIT_LINE.test(line.text) || TABLE_NUMBER_LINE.test(line.text.replace(/\s/g, ''))) return false;
  if (line.cells.some((cell) => cell.text.length > 24)) return false;
  if (line.cells.length === 1) return line.text.length <= 12 && !/表$/.test(line.text.trim());
  return true;
}

/** Lines between body rows: a label with no amounts, a wrapped name. */
function isFiller(line: Line): boolean {
  return !line.prose && line.cells.every((cell) => cell.text.length <= 30) && !UNIT_LINE.test(line.text);
}

interface Region {
  start: number;
  end: number;
  /** First body line (after the header lines). */
  body: number;
}

/** Runs of table lines on one page's content lines. */
function tableRegions(lines: Line[], continuing = false): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isRowLike(lines[i]!)) {
      i++;
      continue;
    }
    let end = i + 1;
    let rowLike = 1;
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const gap = lines[j - 1]!.y - line.y;
      if (gap > 4 * Math.max(line.size, lines[j - 1]!.size)) break;
      if (isRowLike(line)) {
        rowLike++;
        last = j;
      } else if (!isFiller(line)) break;
    }
    end = last + 1;
    const amounts = lines.slice(i, end).some((line) => line.cells.some((cell) => isAmountShaped(cell.text)));
    // One row of amounts under a header is a table too (支出总表: 合计 基本支出 项目支出 on one line).
    const single = rowLike === 1 && lines[i]!.cells.filter((cell) => isAmountShaped(cell.text)).length >= 2 && i > 0 && isHeaderLike(lines[i - 1]!);
    // The last rows of a table continued from the page before may be one row, with no header.
    const carried = continuing && i === 0 && rowLike === 1;
    if ((rowLike >= 2 || single || carried) && amounts) {
      let start = i;
      const floor = regions.length > 0 ? regions[regions.length - 1]!.end : 0;
      while (start - 1 >= floor && i - (start - 1) <= 5) {
        const above = lines[start - 1]!;
        const gap = above.y - lines[start]!.y;
        if (gap > 6 * Math.max(above.size, lines[start]!.size) || !isHeaderLike(above)) break;
        start--;
      }
      const previous = regions[regions.length - 1];
      // Nothing between this run and the last table: one table with a wide gap in it (WPS spaces rows out).
      // (Or only a few short lines between: a wrapped cell's last line before a wide gap.)
      if (previous && start - previous.end <= 3 && lines.slice(previous.end, start).every((line) => isFiller(line) && !/表$/.test(line.text.trim()))) previous.end = end;
      else regions.push({ start, end, body: i });
      i = end;
    } else i = end > i + 1 ? end : i + 1;
  }
  return regions;
}

/**
 * Tables with no amounts (an empty 政府性基金 table, a template): runs of two or more short lines, one
 * with two cells or more, each crossed by two vertical rules or more, outside the other regions.
 */
function ruledRegions(regions: Region[], lines: Line[], rules: PdfRule[]): Region[] {
  const verticals = verticalRules(rules);
  if (verticals.length < 2) return regions;
  const inRegion = (i: number) => regions.some((r) => i >= r.start && i < r.end);
  const crossed = (line: Line) => {
    const y = line.y + 0.3 * line.size;
    // Rules on either side of the line's text (a short cell in a wide table has its borders far off).
    const through = verticals.filter((rule) => rule.y0 <= y && rule.y1 >= y);
    return through.some((rule) => rule.x0 <= line.x0 + 1) && through.some((rule) => rule.x0 >= line.x1 - 1);
  };
  const found: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    let end = i;
    while (end < lines.length && !inRegion(end) && lines[end]!.text.length <= 60 && crossed(lines[end]!)) end++;
    if (end - i >= 2 && lines.slice(i, end).some((line) => line.cells.length >= 2)) found.push({ start: i, end, body: i });
    i = Math.max(end, i + 1);
  }
  if (found.length === 0) return regions;
  // A ruled run next to a table is part of it: header rows above its body (a header taller than the
  // text rules allow for), or rows with no amounts below it.
  const merged: Region[] = [];
  for (const region of [...regions, ...found].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    const ruledOnly = (r: Region) => found.includes(r);
    if (last && last.end === region.start && (ruledOnly(last) || ruledOnly(region))) {
      merged[merged.length - 1] = { start: last.start, end: region.end, body: ruledOnly(last) ? region.body : last.body };
      if (ruledOnly(last) && ruledOnly(region)) found.push(merged[merged.length - 1]!);
    } else merged.push(region);
  }
  return merged;
}

/**
 * How far a vertical rule reaches up (1: its top) or down (-1: its bottom), going on through the
 * segments drawn end to end at its x: Excel and WPS draw each cell's border on its own, so a header's
 * borders stop and start again at every row of the header.
 */
function reach(rule: PdfRule, verticals: PdfRule[], direction: 1 | -1): number {
  let end = direction > 0 ? rule.y1 : rule.y0;
  for (let moved = true; moved; ) {
    moved = false;
    for (const next of verticals) {
      if (Math.abs(next.x0 - rule.x0) > 1) continue;
      const extends_ = direction > 0 ? next.y0 <= end + 2 && next.y0 >= end - 2 && next.y1 > end : next.y1 >= end - 2 && next.y1 <= end + 2 && next.y0 < end;
      if (extends_) {
        end = direction > 0 ? next.y1 : next.y0;
        moved = true;
      }
    }
  }
  return end;
}

/**
 * A region grown to the ruled box its body is drawn in: header lines above the first row and wrapped
 * text below the last, as far as the vertical rules through the body reach (segment after segment).
 */
function growToRules(regions: Region[], lines: Line[], rules: PdfRule[]): void {
  const verticals = verticalRules(rules);
  if (verticals.length < 2) return;
  regions.forEach((region, k) => {
    const first = lines[region.body]!;
    const last = lines[region.end - 1]!;
    const through = (line: Line) => verticals.filter((rule) => rule.y0 <= line.y + 0.3 * line.size && rule.y1 >= line.y + 0.3 * line.size && rule.x0 >= line.x0 - 40 && rule.x0 <= line.x1 + 40);
    const down = through(first);
    if (down.length >= 2) {
      const top = Math.max(...down.map((rule) => reach(rule, verticals, 1)));
      const floor = k > 0 ? regions[k - 1]!.end : 0;
      let start = Math.min(region.start, region.body);
      while (start - 1 >= floor && lines[start - 1]!.y + 0.3 * lines[start - 1]!.size < top) start--;
      region.start = Math.min(region.start, start);
    }
    const up = through(last);
    if (up.length >= 2) {
      const bottom = Math.min(...up.map((rule) => reach(rule, verticals, -1)));
      const ceiling = k + 1 < regions.length ? regions[k + 1]!.start : lines.length;
      let end = region.end;
      while (end < ceiling && lines[end]!.y + 0.3 * lines[end]!.size > bottom) end++;
      region.end = end;
    }
  });
}

/** Column bands: the x ranges the fullest rows' cells cover, merged where they overlap, cut at vertical rules. */
function columnBands(body: Line[], rules: PdfRule[], top: number, bottom: number, header: Line[] = []): Array<[number, number]> {
  const most = Math.max(...body.map((line) => line.cells.length));
  const full = body.filter((line) => line.cells.length >= Math.max(2, most - 1));
  const intervals: Array<[number, number]> = full.flatMap((line) => line.cells.map((cell): [number, number] => [cell.x0, cell.x1]));
  const merge = (list: Array<[number, number]>) => {
    const sorted = [...list].sort((a, b) => a[0] - b[0]);
    const out: Array<[number, number]> = [];
    for (const [a, b] of sorted) {
      const last = out[out.length - 1];
      if (last && a < last[1] + 0.5) last[1] = Math.max(last[1], b);
      else out.push([a, b]);
    }
    return out;
  };
  let bands = merge(intervals);
  // Cells of the other rows that fall in no band make bands of their own.
  const strays: Array<[number, number]> = [];
  // (A header over a column blank all the way down is such a cell too: 结转下年资金 with no amount.)
  for (const line of [...body, ...header]) {
    for (const cell of line.cells) if (!bands.some(([a, b]) => cell.x0 < b && cell.x1 > a)) strays.push([cell.x0, cell.x1]);
  }
  if (strays.length > 0) bands = merge([...bands, ...merge(strays)]);
  // A vertical rule through the body that crosses a band splits it (two columns that touched).
  const height = top - bottom;
  const verticals = rules.filter((r) => r.x1 - r.x0 < 1 && Math.min(r.y1, top) - Math.max(r.y0, bottom) > 0.5 * height);
  for (const rule of verticals) {
    const x = (rule.x0 + rule.x1) / 2;
    const at = bands.findIndex(([a, b]) => x > a + 1 && x < b - 1);
    if (at >= 0) {
      const [a, b] = bands[at]!;
      const left = body.some((line) => line.cells.some((cell) => cell.x1 <= x + 0.5 && cell.x1 > a));
      const right = body.some((line) => line.cells.some((cell) => cell.x0 >= x - 0.5 && cell.x0 < b));
      if (left && right) bands.splice(at, 1, [a, x], [x, b]);
    }
  }
  return bands;
}

/** The bands a cell lies over: those it overlaps by a third of its width or of the band, else the nearest. */
function bandsOf(cell: Cell, bands: Array<[number, number]>): [number, number] {
  let first = -1;
  let last = -1;
  bands.forEach(([a, b], index) => {
    const overlap = Math.min(cell.x1, b) - Math.max(cell.x0, a);
    if (overlap > 0 && (overlap >= 0.3 * (cell.x1 - cell.x0) || overlap >= 0.3 * (b - a))) {
      if (first < 0) first = index;
      last = index;
    }
  });
  if (first >= 0) return [first, last];
  const center = (cell.x0 + cell.x1) / 2;
  let nearest = 0;
  let distance = Infinity;
  bands.forEach(([a, b], index) => {
    const d = center < a ? a - center : center > b ? center - b : 0;
    if (d < distance) {
      distance = d;
      nearest = index;
    }
  });
  return [nearest, nearest];
}

function cellOf(pieceIndices: number[], pieces: PdfPiece[]): TableCell {
  const builder = new BlockBuilder();
  let previous: PdfPiece | undefined;
  let text = '';
  for (const index of pieceIndices) {
    const piece = pieces[index]!;
    // A figure too wide for its column wraps inside the cell ("20,218.2" over "1"): its lines are one figure.
    const figureGoesOn = previous !== undefined && previous.y !== piece.y && /^[-−(（]?\d[\d,，.]*$/.test(text.trim()) && /^[\d,，.]+[)）%]?$/.test(piece.text.trim());
    if (previous && !figureGoesOn && (previous.y !== piece.y || piece.x - (previous.x + previous.width) > 0.25 * piece.height)) builder.softBreak();
    builder.append(piece.text, index, 0);
    text += piece.text;
    previous = piece;
  }
  const built = builder.build(0);
  return { text: built.text, runs: built.runs, rowSpan: 1, colSpan: 1, header: false };
}

const EMPTY_CELL = (): TableCell => ({ text: '', runs: [], rowSpan: 1, colSpan: 1, header: false });

/** Columns between the vertical rules drawn through a region, when they make two or more. */
function bandsFromRules(lines: Line[], rules: PdfRule[], body: Line[]): Array<[number, number]> | null {
  // The rules through the body rows: a header's borders may be drawn a few points off the body's.
  const top = body[0]!.top;
  const bottom = body[body.length - 1]!.y;
  const x0 = Math.min(...lines.map((line) => line.x0));
  const x1 = Math.max(...lines.map((line) => line.x1));
  const xs = verticalRules(rules)
    .filter((rule) => rule.y1 > bottom && rule.y0 < top && rule.x0 > x0 - 80 && rule.x0 < x1 + 80)
    .map((rule) => rule.x0)
    .sort((a, b) => a - b);
  const edges: number[] = [];
  for (const x of xs) if (edges.length === 0 || x - edges[edges.length - 1]! > 2) edges.push(x);
  if (edges.length < 3 || edges[0]! > x0 + 1 || edges[edges.length - 1]! < x1 - 1) return null;
  return edges.slice(1).map((x, i): [number, number] => [edges[i]!, x]);
}

/** How far a cell's border may be drawn from the column's edge (Word draws a header's borders a few points off). */
const EDGE_SLACK = 6;

/** Vertical and horizontal ruling segments. */
function verticalRules(rules: PdfRule[]): PdfRule[] {
  return rules.filter((rule) => rule.x1 - rule.x0 < 1 && rule.y1 - rule.y0 > 2);
}

function horizontalRules(rules: PdfRule[]): PdfRule[] {
  return rules.filter((rule) => rule.y1 - rule.y0 < 1 && rule.x1 - rule.x0 > 2);
}

/**
 * A ruled region's grid: rows between the horizontal rules, columns from the bands; neighbouring
 * elementary cells with no rule between them are one cell (rowspan, colspan), so wrapped text and
 * multi-row headers come out as they are drawn. Null when the rules do not make such a grid.
 */
function ruledRows(lines: Line[], bands: Array<[number, number]>, rules: PdfRule[], pieces: PdfPiece[]): { rows: TableCell[][]; bands: Array<[number, number]> } | null {
  if (bands.length < 2) return null;
  const left = bands[0]![0];
  const right = bands[bands.length - 1]![1];
  const top = lines[0]!.top + 2;
  const bottom = lines[lines.length - 1]!.y - 0.4 * lines[lines.length - 1]!.size;
  const horizontals = horizontalRules(rules).filter((rule) => rule.y0 <= top + 4 && rule.y0 >= bottom - 4 && rule.x1 > left && rule.x0 < right);
  const verticals = verticalRules(rules).filter((rule) => rule.x0 >= left - 4 && rule.x0 <= right + 4 && rule.y1 > bottom && rule.y0 < top);
  if (horizontals.length < 3 || verticals.length < 2) return null;
  // Row edges: the rules' heights, clustered, top down; the region's own top and bottom close it.
  const ys: number[] = [];
  const ruleYs = horizontals.map((rule) => rule.y0);
  // The region's own top and bottom only where no rule closes it (a table ruled between rows only).
  const closing = [...(Math.max(...ruleYs) < top - 2 ? [top] : []), ...(Math.min(...ruleYs) > bottom + 2 ? [bottom] : [])];
  for (const y of [...ruleYs, ...closing].sort((a, b) => b - a)) {
    if (ys.length === 0 || ys[ys.length - 1]! - y > 2) ys.push(y);
  }
  const rowCount = ys.length - 1;
  const columnCount = bands.length;
  if (rowCount < 2 || rowCount * columnCount > 40_000) return null;
  const rowOf = (y: number) => {
    for (let r = 0; r < rowCount; r++) if (y <= ys[r]! && y > ys[r + 1]!) return r;
    return y > ys[0]! ? 0 : rowCount - 1;
  };
  const texts: number[][] = Array.from({ length: rowCount * columnCount }, () => []);
  /** Which text cell of which line each piece is in. */
  const textCell = new Map<number, string>();
  for (const [l, line] of lines.entries()) {
    for (const [k, cell] of line.cells.entries()) {
      for (const index of cell.pieces) {
        textCell.set(index, `${l}:${k}`);
        const piece = pieces[index]!;
        const [first] = bandsOf({ pieces: [], text: '', x0: piece.x, x1: piece.x + piece.width }, bands);
        texts[rowOf(piece.y + 0.3 * piece.height) * columnCount + first]!.push(index);
      }
    }
  }
  // Union of neighbours with no rule between them.
  const parent = Array.from({ length: rowCount * columnCount }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let r = 0; r < rowCount; r++) {
    const mid = (ys[r]! + ys[r + 1]!) / 2;
    for (let c = 0; c + 1 < columnCount; c++) {
      const from = bands[c]![1] - EDGE_SLACK;
      const to = bands[c + 1]![0] + EDGE_SLACK;
      if (!verticals.some((rule) => rule.x0 >= from && rule.x0 <= to && rule.y0 <= mid + 1 && rule.y1 >= mid - 1)) parent[find(r * columnCount + c + 1)] = find(r * columnCount + c);
    }
  }
  for (let r = 0; r + 1 < rowCount; r++) {
    const y = ys[r + 1]!;
    for (let c = 0; c < columnCount; c++) {
      const mid = (bands[c]![0] + bands[c]![1]) / 2;
      if (!horizontals.some((rule) => Math.abs(rule.y0 - y) <= 2 && rule.x0 <= mid && rule.x1 >= mid)) parent[find((r + 1) * columnCount + c)] = find(r * columnCount + c);
    }
  }
  // A boundary that no row keeps (every row's cells span it) is a stray rule: merge the two columns.
  for (let c = 0; c + 1 < columnCount; c++) {
    let kept = false;
    for (let r = 0; r < rowCount && !kept; r++) if (find(r * columnCount + c) !== find(r * columnCount + c + 1)) kept = true;
    if (!kept) return ruledRows(lines, [...bands.slice(0, c), [bands[c]![0], bands[c + 1]![1]], ...bands.slice(c + 2)], rules, pieces);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < parent.length; i++) {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  }
  // Every group must be a rectangle; otherwise the rules are not a grid (a partly ruled table).
  const owner = new Array<number>(parent.length);
  const shapes = new Map<number, { r0: number; c0: number; r1: number; c1: number }>();
  for (const [root, members] of groups) {
    const rows = members.map((i) => Math.floor(i / columnCount));
    const cols = members.map((i) => i % columnCount);
    const shape = { r0: Math.min(...rows), c0: Math.min(...cols), r1: Math.max(...rows), c1: Math.max(...cols) };
    if ((shape.r1 - shape.r0 + 1) * (shape.c1 - shape.c0 + 1) !== members.length) return null;
    shapes.set(root, shape);
    for (const i of members) owner[i] = root;
  }
  const out: TableCell[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const row: TableCell[] = [];
    for (let c = 0; c < columnCount; c++) {
      const root = owner[r * columnCount + c]!;
      const shape = shapes.get(root)!;
      if (shape.r0 !== r || shape.c0 !== c) continue;
      const members: number[] = [];
      for (let rr = shape.r0; rr <= shape.r1; rr++) for (let cc = shape.c0; cc <= shape.c1; cc++) members.push(...texts[rr * columnCount + cc]!);
      // Two separate texts of one line in one ruled cell: rules are missing (or not borders), so the grid is not trusted.
      const seen = new Map<number, string>();
      for (const index of members) {
        const [l, k] = textCell.get(index)!.split(':');
        const other = seen.get(Number(l));
        if (other !== undefined && other !== k) return null;
        seen.set(Number(l), k!);
      }
      members.sort((a, b) => pieces[b]!.y - pieces[a]!.y > 0.5 * pieces[a]!.height ? 1 : pieces[a]!.y - pieces[b]!.y > 0.5 * pieces[a]!.height ? -1 : pieces[a]!.x - pieces[b]!.x);
      row.push({ ...cellOf(members, pieces), rowSpan: shape.r1 - shape.r0 + 1, colSpan: shape.c1 - shape.c0 + 1 });
    }
    out.push(row);
  }
  // Rows with nothing of their own (all covered, or all blank and unspanned) are dropped when no span crosses them.
  return { rows: out.filter((row, r) => row.some((cell) => cell.text !== '') || row.some((cell) => cell.rowSpan > 1) || spansCross(out, r)), bands };
}

/** Whether a cell from an earlier row spans down into row r. */
function spansCross(rows: TableCell[][], r: number): boolean {
  // Positions are not tracked here; any earlier rowspan reaching r counts.
  return rows.slice(0, r).some((row, k) => row.some((cell) => k + cell.rowSpan > r));
}

/** A region's lines into grid rows: one row per line, a cell per band or run of bands. */
function gridRows(lines: Line[], bands: Array<[number, number]>, pieces: PdfPiece[], headerCount = 0): TableCell[][] {
  return wrappedJoined(lines, bands, headerCount).map((line) => {
    const slots: Array<{ first: number; last: number; pieces: number[] }> = [];
    for (const cell of line.cells) {
      const [first, last] = bandsOf(cell, bands);
      const clash = slots.find((slot) => slot.first <= last && first <= slot.last);
      if (clash) {
        clash.first = Math.min(clash.first, first);
        clash.last = Math.max(clash.last, last);
        clash.pieces.push(...cell.pieces);
      } else slots.push({ first, last, pieces: [...cell.pieces] });
    }
    slots.sort((a, b) => a.first - b.first);
    const row: TableCell[] = [];
    let column = 0;
    for (const slot of slots) {
      const first = Math.max(slot.first, column);
      const last = Math.max(slot.last, first);
      while (column < first) {
        row.push(EMPTY_CELL());
        column++;
      }
      row.push({ ...cellOf(slot.pieces, pieces), colSpan: last - first + 1 });
      column = last + 1;
    }
    while (column < bands.length) {
      row.push(EMPTY_CELL());
      column++;
    }
    return row;
  });
}

/**
 * Body lines that are the second line of a wrapped cell joined to the row above: no number, closer to
 * it than rows are to each other, and text only in columns where that row has text ("八、社会保障和就" /
 * "业支出"). A row with blank amounts stands as far from its neighbours as the other rows do.
 */
function wrappedJoined(lines: Line[], bands: Array<[number, number]>, headerCount: number): Line[] {
  const body = lines.slice(headerCount);
  const pitch = median(body.slice(1).map((line, i) => body[i]!.y - line.y).filter((d) => d > 0));
  if (!(pitch > 0)) return lines;
  const out = lines.slice(0, headerCount);
  let previous = null as Line | null;
  for (const line of body) {
    const columns = (l: Line) => new Set(l.cells.flatMap((cell) => {
      const [a, b] = bandsOf(cell, bands);
      return Array.from({ length: b - a + 1 }, (_, k) => a + k);
    }));
    const above: Line | null = previous;
    // Or the last digits of figures too wide for their columns, each under a figure of the row above.
    const figureEnds = (l: Line) => l.cells.every((cell) => /^[\d,，.]{1,3}[)）%]?$/.test(cell.text) && above!.cells.some((over) => /\d$/.test(over.text) && isNumberShaped(over.text) && over.x0 < cell.x1 && cell.x0 < over.x1));
    if (above && (!line.cells.some((cell) => isNumberShaped(cell.text)) || figureEnds(line)) && above.y - line.y < 0.7 * pitch && [...columns(line)].every((c) => columns(above).has(c))) {
      previous = { ...above, cells: [...above.cells, ...line.cells], pieces: [...above.pieces, ...line.pieces] };
      out[out.length - 1] = previous;
      continue;
    }
    out.push(line);
    previous = line;
  }
  return out;
}

function rowTexts(row: TableCell[]): string {
  return row.map((cell) => `${cell.text}/${cell.colSpan}`).join('|');
}

/** Caption lines as text: a title wrapped over two lines (one cell each, the same print) is one title. */
function captionText(lines: Line[], pieces: PdfPiece[]): string {
  const parts: string[] = [];
  lines.forEach((line, n) => {
    const text = joinRuns(proseParts(line, pieces).map((p) => pieces[p.piece]!.text.slice(0, p.length)));
    const before = lines[n - 1];
    const wrapped = before && before.cells.length === 1 && line.cells.length === 1 && Math.abs(before.size - line.size) <= 0.05 * line.size && !UNIT_LINE.test(text) && !TABLE_NUMBER_LINE.test(text.replace(/\s/g, ''));
    if (wrapped) parts[parts.length - 1] += text.replace(/\s+/g, '');
    else parts.push(text);
  });
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Leader dots of a table of contents, and the page number after them. */
const LEADER = /(?:[.．…·・‥⋯]\s*){3,}\s*\d*\s*$/;

interface ProseLine {
  line: Line;
  /** Pieces of the line kept (leader dots cut), with the code-unit count kept of each. */
  parts: Array<{ piece: number; length: number }>;
}

function proseParts(line: Line, pieces: PdfPiece[]): ProseLine['parts'] {
  const parts = line.pieces.map((piece) => ({ piece, length: pieces[piece]!.text.length }));
  const joined = parts.map((p) => pieces[p.piece]!.text).join('');
  const leader = LEADER.exec(joined);
  if (!leader || leader.index === 0) return parts;
  let keep = leader.index;
  const out: ProseLine['parts'] = [];
  for (const part of parts) {
    if (keep <= 0) break;
    out.push({ piece: part.piece, length: Math.min(part.length, keep) });
    keep -= part.length;
  }
  return out;
}

const TERMINAL = /[。；！？：:;!?]$/;

const HAN = /\p{Script=Han}/u;
const BREAK_AFTER = /[，。；：、！？,;]/;

/**
 * How much shorter than the margin (in ems) a line must end for the paragraph to end there. A line
 * wrapped inside a paragraph ends short when what follows could not be broken: a figure with its unit
 * ("556.78万"), a bracketed word ("（类）"). The paragraph ends only if the next line's first unbreakable
 * stretch would have fitted; after a full stop, two ems as before.
 */
function shortBy(prevText: string, next: string): number {
  if (TERMINAL.test(prevText)) return 2;
  const chars = [...next.trim()].slice(0, 16);
  let width = 0;
  for (let k = 0; k < chars.length; k++) {
    const char = chars[k]!;
    width += advance(char);
    const after = chars[k + 1];
    if (after === undefined || (HAN.test(char) && HAN.test(after)) || BREAK_AFTER.test(char)) break;
  }
  return Math.max(2, width + 1);
}
const HEADING = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/;

/** Margins of a page's prose: where most lines start and end. */
function margins(lines: Line[]): { left: number; right: number } | null {
  const long = lines.filter((line) => line.text.length >= 8);
  if (long.length < 3) return null;
  const starts = long.map((line) => line.x0).sort((a, b) => a - b);
  const ends = long.map((line) => line.x1).sort((a, b) => a - b);
  return { left: starts[Math.floor(starts.length * 0.1)]!, right: ends[Math.floor(ends.length * 0.9)]! };
}

export interface PdfLayoutOptions {
  /** Bound on the characters read; past it the document is marked truncated. */
  maxChars?: number;
}

/** Pages read by readPdfPages into the document model. */
export function documentFromPdfPages(pages: PdfPage[], source: string, truncated = false, options: PdfLayoutOptions = {}): PdfSource {
  const maxChars = options.maxChars ?? 12_000_000;
  const pieces: PdfPiece[] = [];
  let chars = 0;
  const paged: Array<{ page: PdfPage; lines: Line[] }> = [];
  for (const page of pages) {
    if (chars > maxChars) {
      truncated = true;
      break;
    }
    const indices = piecesOf(page, pieces);
    for (const index of indices) chars += pieces[index]!.text.length;
    paged.push({ page, lines: markRunningProse(linesOf(page.number, indices, pieces, page.rules), page.rules) });
  }
  const dropped = furniture(paged);

  const blocks: TextBlock[] = [];
  const tables: TableGrid[] = [];
  let builder = new BlockBuilder();
  let previousLine: ProseLine | null = null;
  let previousMargins: { left: number; right: number } | null = null;
  /** The last table, when nothing but page furniture has come after it. */
  let openTable: { grid: TableGrid; headerRows: TableCell[][]; width: number; bands: Array<[number, number]>; pageWidth: number } | null = null;

  /** The first line of the paragraph being built. */
  let firstOfParagraph: Line | null = null;
  const closeBlock = () => {
    if (builder.length > 0) blocks.push(builder.build(blocks.length));
    builder = new BlockBuilder();
    previousLine = null;
  };

  /** The short lines that ended the page before (a table's title printed above a page break). */
  let trailing: Line[] = [];
  let trailingWidth = 0;
  for (const { page, lines: all } of paged) {
    const lines = all.filter((line) => !dropped.has(line));
    const endOfPage: Line[] = [];
    for (let k = lines.length - 1; k >= 0 && endOfPage.length < 3 && lines[k]!.text.length <= 60; k--) {
      if (lines.slice(k).some(isRowLike)) break;
      endOfPage.unshift(lines[k]!);
    }
    let regions = tableRegions(lines, openTable !== null);
    growToRules(regions, lines, page.rules);
    regions = ruledRegions(regions, lines, page.rules);
    const pageMargins: { left: number; right: number } | null = margins(lines.filter((_, i) => !regions.some((r) => i >= r.start && i < r.end))) ?? previousMargins;
    const spacing = median(lines.slice(1).map((line, i) => lines[i]!.y - line.y).filter((d) => d > 0));
    let regionAt = 0;
    for (let i = 0; i < lines.length; i++) {
      const region = regions[regionAt];
      if (region && i === region.start) {
        closeBlock();
        const regionLines = lines.slice(region.start, region.end);
        const rowLike = lines.slice(region.body, region.end).filter(isRowLike);
        const body = rowLike.length > 0 ? rowLike : regionLines;
        // A table that begins the page after a page that ended in one continues it, in its columns.
        const carried: typeof openTable = openTable !== null && i === 0 && Math.abs(openTable.pageWidth - page.width) < 1 ? openTable : null;
        const own = columnBands(body, page.rules, regionLines[0]!.top, regionLines[regionLines.length - 1]!.y - regionLines[regionLines.length - 1]!.size, lines.slice(region.start, region.body));
        let bands: Array<[number, number]> = carried && (own.length <= carried.bands.length || body.length < 3) ? carried.bands : own;
        // Drawn columns first (a column blank all the way down still has its rules), then the text's.
        const drawn = carried ? null : bandsFromRules(regionLines, page.rules, body);
        let ruled = (drawn ? ruledRows(regionLines, drawn, page.rules, pieces) : null) ?? ruledRows(regionLines, bands, page.rules, pieces);
        // A continuation keeps the columns of its first page.
        if (carried && ruled && ruled.bands.length !== carried.width) ruled = null;
        if (ruled) bands = ruled.bands;
        let rows: TableCell[][] = ruled?.rows ?? gridRows(regionLines, bands, pieces, region.body - region.start);
        const headerRows: TableCell[][] = rows.slice(0, region.body - region.start);
        const continues = carried !== null && carried.width === bands.length;
        if (continues && openTable) {
          // A repeated header is dropped; the rows join the table begun on the page before.
          const repeated = openTable.headerRows.map(rowTexts);
          let skip = 0;
          while (skip < rows.length && skip < repeated.length && rowTexts(rows[skip]!) === repeated[skip]) skip++;
          rows = rows.slice(skip);
          openTable.grid.rows.push(...rows);
        } else {
          // The short lines above: a title wrapped over two lines (one cell each, the same print) is one title.
          const captionLines: Line[] = [];
          let k = region.start - 1;
          for (; k >= 0 && captionLines.length < 3; k--) {
            const line = lines[k]!;
            if (regions.some((r) => k >= r.start && k < r.end) || line.text.length > 60) break;
            captionLines.unshift(line);
          }
          let caption = captionText(captionLines, pieces);
          // A title printed at the foot of the page before, its table (or the 部门/单位 line) starting this one.
          if (k < 0 && !/表/.test(caption) && trailing.length > 0 && !(i === 0 && openTable)) {
            // The title, the unit line, then maybe the header's first row: the page broke inside the header.
            let titleEnd = trailing.length - 1;
            while (titleEnd >= 0 && !(UNIT_LINE.test(trailing[titleEnd]!.text) || /表$/.test(trailing[titleEnd]!.text.trim()))) titleEnd--;
            const headerAbove = titleEnd >= 0 && trailingWidth === page.width ? trailing.slice(titleEnd + 1) : [];
            const brokenHeader = headerAbove.length > 0 && headerAbove.every((line) => line.cells.length >= 2 && isHeaderLike(line));
            if (brokenHeader) {
              const above = gridRows(headerAbove, bands, pieces, headerAbove.length);
              rows = [...above, ...rows];
              headerRows.unshift(...above);
            }
            caption = `${captionText(brokenHeader ? trailing.slice(0, titleEnd + 1) : trailing, pieces)} ${caption}`.trim();
          }
          if (i === 0 && openTable) caption = openTable.grid.caption;
          // A table at the top of a page right after one on the page before may continue it (the
          // table reader decides by its columns); anything else had a title or prose between.
          const lead = i === 0 && openTable ? [] : null;
          const grid: TableGrid = { kind: 'table', index: tables.length, caption, lead, rows };
          tables.push(grid);
          openTable = { grid, headerRows, width: bands.length, bands, pageWidth: page.width };
        }
        i = region.end - 1;
        regionAt++;
        continue;
      }
      const line = lines[i]!;
      openTable = null;
      const parts = proseParts(line, pieces);
      if (parts.length === 0) continue;
      const current: ProseLine = { line, parts };
      const prev: ProseLine | null = previousLine;
      if (prev) {
        const p = prev.line;
        const m = pageMargins;
        const samePage = p.page === line.page;
        const gap = p.y - line.y;
        const prevText = p.text.trim();
        const breakHere =
          (samePage && (gap <= 0 || gap > Math.max(1.45 * (spacing || p.size * 1.5), 1.2 * p.size) + 0.5)) ||
          Math.abs(p.size - line.size) > 0.2 * Math.max(p.size, line.size) ||
          (m !== null && line.x0 > m.left + 1.2 * line.size) ||
          (m !== null && p.x1 < m.right - shortBy(prevText, line.text) * p.size) ||
          // A page that ends a sentence ends its paragraph; one ending at a "；" goes on with the list.
          (!samePage && TERMINAL.test(prevText) && !/[；;]$/.test(prevText)) ||
          // A heading begins a paragraph (一、 / 第一部分 / （一）); a centred line is one of its own.
          HEADING.test(line.text) ||
          (m !== null && samePage && p.x0 > m.left + 3 * p.size && prev.line === firstOfParagraph) ||
          LEADER.test(p.text) ||
          builder.length + line.text.length > LONG_BLOCK_CHARS;
        if (breakHere) closeBlock();
        else {
          const lastChar = prevText[prevText.length - 1] ?? '';
          const firstChar = line.text.trim()[0] ?? '';
          if (/[A-Za-z]/.test(lastChar) && /[A-Za-z]/.test(firstChar)) builder.softBreak();
        }
      }
      if (builder.length === 0) firstOfParagraph = line;
      let previousPiece: PdfPiece | undefined;
      // A gap is a word break when wider than the line's usual gap (a line justified by spreading its
      // characters has wide gaps everywhere, inside numbers too).
      const gaps = parts.slice(1).map((part, k) => pieces[part.piece]!.x - (pieces[parts[k]!.piece]!.x + pieces[parts[k]!.piece]!.width));
      const positive = gaps.filter((gap) => gap > 0);
      const usual = positive.length >= 4 ? median(positive) : 0;
      for (const part of parts) {
        const piece = pieces[part.piece]!;
        const gap = previousPiece ? piece.x - (previousPiece.x + previousPiece.width) : 0;
        if (previousPiece && gap > 0.25 * piece.height && gap > 2 * usual) builder.softBreak();
        builder.append(part.length === piece.text.length ? piece.text : piece.text.slice(0, part.length), part.piece, 0);
        previousPiece = piece;
      }
      previousLine = current;
    }
    previousMargins = pageMargins;
    trailing = endOfPage;
    trailingWidth = page.width;
  }
  closeBlock();
  const joined = joinBrokenBlocks(blocks);
  // The title: of the short lines naming a 预算 or 决算 on the first pages with text, the one in the largest
  // print, with the lines printed the same size just above and below it (the unit's name, the year).
  const early = paged.filter(({ lines }) => lines.some((line) => !dropped.has(line))).slice(0, 2);
  let best: { lines: Line[]; at: number } | null = null;
  for (const { lines: all } of early) {
    const lines = all.filter((line) => !dropped.has(line));
    lines.forEach((line, at) => {
      if (line.text.length <= 40 && /预算|决算/.test(line.text) && !HEADING.test(line.text) && (!best || line.size > best.lines[best.at]!.size * 1.05)) best = { lines, at };
    });
  }
  if (best) {
    const { lines, at } = best as { lines: Line[]; at: number };
    const size = lines[at]!.size;
    const same = (line: Line | undefined) => !!line && Math.abs(line.size - size) <= 0.05 * size && line.text.length <= 40;
    // Above it, the unit's name, often in a smaller print: a short line close above, not a heading.
    const above = (line: Line | undefined, below: Line) =>
      !!line && line.page === below.page && line.text.length <= 30 && line.size >= 0.6 * size && !HEADING.test(line.text) && !/预算|决算/.test(line.text) && line.y - below.y < 8 * size;
    let from = at;
    let to = at;
    while (from > 0 && at - from < 2 && (same(lines[from - 1]) || above(lines[from - 1], lines[from]!))) from--;
    while (to + 1 < lines.length && to - at < 1 && same(lines[to + 1]) && !/预算|决算/.test(lines[to]!.text.slice(-4))) to++;
    const title = lines.slice(from, to + 1).map((line) => line.text.replace(/\s+/g, '')).join('');
    return { document: { source, title, blocks: joined, tables, truncated }, pieces };
  }
  const titleLines: string[] = [];
  for (const block of joined.slice(0, 3)) {
    if (block.text.length > 40) break;
    titleLines.push(block.text);
    if (/预算|决算/.test(block.text)) break;
  }
  return { document: { source, title: titleLines.join(''), blocks: joined, tables, truncated }, pieces };
}
