/**
 * Class and item names against their codes. A disclosure names its classification lines twice over: in
 * the tables ("207 | 文化旅游体育与传媒支出") and in the prose ("文化体育与传媒支出（类）体育（款）群众体育（项）
 * 20.00万元"). A name is checked
 * - against the national list (lib/classification/names.ts): a name its code had only before a renaming
 *   that precedes the document's year ("医疗卫生与计划生育支出" in a 2025 document), or the name of
 *   another code of the same level printed with this one;
 * - against the same document: the prose's 类 and 款 against the table rows its 项 is matched to (by its
 *   name and an amount of its sentence), and one code named two ways in the tables (the odd one cited).
 * Warnings only: a name slip does not make any figure impossible. A difference of style only (a trailing
 * 支出, 与 for 和, brackets, spaces) is not one. A name that cannot be tied to a code is not checked.
 */
import { codesNamed, domainOf, isNameOf, judgeName, nameKey as nameKeyOf, namesOf, type NameVerdict } from '../../classification/names';
import { detectDisclosure } from '../../detect';
import { wanInterval, type Figure } from '../../figures/figure';
import type { ReadTable, TableRow } from '../../tables/read';
import { quoted, say } from '../../i18n/phrases';
import { PACE, type Analysis, type CheckFamily, type FindingSink, type TextPlace } from '../context';

/** A character a class name can hold: no digit, space or punctuation. */
const NAME_CHAR = /[^\d，。；：（）“”、\s,;:().．]/;
const CLASS_MARK = /[（(]类[）)]/g;
/** What may follow （类）: "Y（款）" and then "Z（项）", or "Z（项）" alone (sticky: read where （类） ends). */
const KUAN_AFTER = /([^\d，。；：（）“”、\s,;:()]{1,40})[（(]款[）)]/y;
const ITEM_AFTER = /([^\d，。；：（）“”、\s,;:()]{1,40})[（(]项[）)]/y;
/** The longest national name has 17 characters; a class name is read back at most this far from （类）. */
const MAX_NAME = 40;

/** "X（类）Y（款）Z（项）" in a block's text, the 款 and 项 optional. */
interface Chain {
  start: number;
  lei: string;
  kuan: { name: string; start: number } | null;
  item: string | null;
}

/**
 * Every chain of a text: each （类） found in one pass, its class name read backwards from it and the 款
 * and 项 forwards. Linear in the text, however long a run of words stands before a （类）.
 */
function chainsIn(text: string): Chain[] {
  const out: Chain[] = [];
  CLASS_MARK.lastIndex = 0;
  for (let mark = CLASS_MARK.exec(text); mark !== null; mark = CLASS_MARK.exec(text)) {
    let start = mark.index;
    const floor = Math.max(0, mark.index - MAX_NAME, out.length ? out[out.length - 1]!.start + 1 : 0);
    while (start > floor && NAME_CHAR.test(text[start - 1]!)) start--;
    if (start === mark.index) continue;
    let at = mark.index + mark[0].length;
    KUAN_AFTER.lastIndex = at;
    const kuanMatch = KUAN_AFTER.exec(text);
    const kuan = kuanMatch ? { name: kuanMatch[1]!, start: at } : null;
    if (kuanMatch) at += kuanMatch[0].length;
    ITEM_AFTER.lastIndex = at;
    const item = ITEM_AFTER.exec(text)?.[1] ?? null;
    out.push({ start, lei: text.slice(start, mark.index), kuan, item });
  }
  return out;
}

/**
 * nameKey() of the names seen lately, made once each: every prose item compares its names with every
 * table row of its code, and a page of many tables prints each code many times (nine regular
 * expressions a name, most of this family's time).
 */
const NAME_KEYS = new Map<string, string>();
const NAME_KEYS_LIMIT = 20_000;

function nameKey(name: string): string {
  let key = NAME_KEYS.get(name);
  if (key === undefined) {
    if (NAME_KEYS.size >= NAME_KEYS_LIMIT) NAME_KEYS.clear();
    NAME_KEYS.set(name, (key = nameKeyOf(name)));
  }
  return key;
}

/** A name printed for a code in a table row, where it stands, and the row's amounts. */
interface TableNaming {
  code: string;
  name: string;
  place: TextPlace;
  figures: Figure[];
  table: ReadTable;
}

export const classNames: CheckFamily = {
  id: 'class-names',
  *run(analysis: Analysis, sink) {
    const year = detectDisclosure(analysis.document).year;
    const namings: TableNaming[] = [];
    yield* tableNamings(analysis, namings);
    const byCode = new Map<string, TableNaming[]>();
    for (const naming of namings) {
      const list = byCode.get(naming.code);
      if (list) list.push(naming);
      else byCode.set(naming.code, [naming]);
    }
    const flagged = new Set<TableNaming>();
    // The tables against the national list: one finding for a code and name, however many tables print it.
    let done = 0;
    const wrong = new Map<string, { verdict: NameVerdict; namings: TableNaming[] }>();
    for (const naming of namings) {
      if (++done % PACE === 0) yield;
      const verdict = judgeName(naming.code, naming.name, year);
      if (verdict.kind === 'unknown') continue;
      // A name checked vouches for no amount: the relation binds no figure (no tick on the row's amount).
      sink.checked([], 'soft');
      if (verdict.kind === 'ok') continue;
      const key = `${naming.code}|${nameKey(naming.name)}`;
      wrong.set(key, { verdict, namings: [...(wrong.get(key)?.namings ?? []), naming] });
      flagged.add(naming);
    }
    for (const { verdict, namings: same } of wrong.values()) {
      const first = same[0]!;
      report(sink, verdict, first.code, first.name, year, same.map((n) => n.place), first.figures.slice(0, 1));
    }
    // One code named two ways in the tables.
    for (const [code, group] of byCode) {
      if (++done % PACE === 0) yield;
      const keys = new Map<string, TableNaming[]>();
      for (const naming of group) {
        const key = nameKey(naming.name);
        const list = keys.get(key);
        if (list) list.push(naming);
        else keys.set(key, [naming]);
      }
      if (keys.size < 2) continue;
      const odd = oddNamings(code, [...keys.values()]);
      if (!odd) {
        sink.unchecked();
        continue;
      }
      sink.checked([], 'soft');
      const usual = group.find((n) => !odd.includes(n))!;
      for (const naming of odd) {
        // A name cut short or run on (a PDF's cell wrapped over two lines) is not another name.
        const [a, b] = [nameKey(naming.name), nameKey(usual.name)];
        if (flagged.has(naming) || a.startsWith(b) || b.startsWith(a) || a.endsWith(b) || b.endsWith(a)) continue;
        sink.addText('warning', say('classNames_tablesDiffer', { code, name: quoted(naming.name), table: quoted(naming.table.title), other: quoted(usual.name), otherTable: quoted(usual.table.title) }), [naming.place, usual.place], naming.figures.slice(0, 1));
      }
    }
    yield* proseChains(analysis, sink, byCode, year);
  },
};

/**
 * Says what a verdict of the national list finds wrong (true when it found something): a retired name,
 * or another code's name.
 */
function report(sink: FindingSink, verdict: NameVerdict, code: string, name: string, year: number | null, places: TextPlace[], figures: Figure[]): boolean {
  if (verdict.kind === 'retired') {
    sink.addText('warning', say('classNames_retired', { code, name: quoted(name), until: String(verdict.until), since: String(verdict.until + 1), current: quoted(verdict.current), year: String(year ?? '') }), places, figures);
    return true;
  }
  if (verdict.kind === 'other-code') {
    sink.addText('warning', say('classNames_otherCode', { code, name: quoted(name), other: verdict.codes.join('、'), current: quoted(verdict.current) }), places, figures);
    return true;
  }
  return false;
}

/**
 * The namings of a code that are out of line: those the national list does not accept when the others
 * are all accepted, else a minority against a strict majority; null when neither decides.
 */
function oddNamings(code: string, groups: TableNaming[][]): TableNaming[] | null {
  const accepted = groups.filter((g) => isNameOf(code, g[0]!.name));
  if (accepted.length === groups.length) return null; // every one a national name (a variant the list allows)
  if (accepted.length >= 1 && new Set(accepted.map((g) => nameKey(g[0]!.name))).size === 1) return groups.filter((g) => !accepted.includes(g)).flat();
  const sorted = [...groups].sort((a, b) => b.length - a.length);
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (sorted[0]!.length * 2 <= total) return null;
  return sorted.slice(1).flat();
}

/**
 * Every table row with a 类 or 款 code (function or economic) and a name, with where its name stands,
 * into `out`: a large page has thousands, so it pauses every PACE of them.
 */
function* tableNamings(analysis: Analysis, out: TableNaming[]): Generator<void> {
  let done = 0;
  for (const table of analysis.tables) {
    for (const row of table.rows) {
      if (!row.code || (row.code.length !== 3 && row.code.length !== 5) || !domainOf(row.code) || !row.label) continue;
      if (++done % PACE === 0) yield;
      const figures = row.values.filter((v): v is Figure => v !== null);
      const place = labelPlace(analysis, row, figures);
      if (place) out.push({ code: row.code, name: place.text, place, figures, table });
    }
  }
}

/** Where a row's name is printed: the cell of its source row whose text holds it (the row's amounts say which row). */
function labelPlace(analysis: Analysis, row: TableRow, figures: Figure[]): TextPlace | null {
  const at = figures[0]?.cell;
  if (!at) return null;
  const cells = analysis.document.tables[at.table]?.rows[at.row];
  if (!cells) return null;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c]!.text;
    const span = findLoose(text, row.label);
    if (span) return { text: text.slice(span[0], span[1]), block: -1, cell: { table: at.table, row: at.row, cell: c }, start: span[0], end: span[1] };
  }
  return null;
}

/** Where `wanted` (printed without spaces) stands in `text`, spaces inside it allowed. */
function findLoose(text: string, wanted: string): [number, number] | null {
  if (!wanted) return null;
  for (let start = 0; start < text.length; start++) {
    if (text[start] !== wanted[0]) continue;
    let i = start;
    let k = 0;
    while (i < text.length && k < wanted.length) {
      if (text[i] === wanted[k]) k++;
      else if (!/\s/.test(text[i]!)) break;
      i++;
    }
    if (k === wanted.length) return [start, i];
  }
  return null;
}

/** A class or 款 name in the prose, where it stands. */
interface ProseName {
  name: string;
  place: TextPlace;
}

function* proseChains(analysis: Analysis, sink: FindingSink, byCode: Map<string, TableNaming[]>, year: number | null): Generator<void> {
  const figuresOf = new Map<number, Figure[]>();
  for (const figure of analysis.figures) {
    if (figure.block < 0 || (figure.kind !== 'money' && figure.kind !== 'bare')) continue;
    const list = figuresOf.get(figure.block);
    if (list) list.push(figure);
    else figuresOf.set(figure.block, [figure]);
  }
  let done = 0;
  // The 项 rows by name, keyed once: a large page has thousands, and every prose item looks its name up.
  const itemRows = new Map<string, TableRow[]>();
  for (const table of analysis.tables) {
    for (const row of table.rows) {
      if (row.code?.length !== 7 || !/^2/.test(row.code) || !row.label) continue;
      const key = nameKey(row.label);
      const list = itemRows.get(key);
      if (list) list.push(row);
      else itemRows.set(key, [row]);
    }
  }
  for (const block of analysis.document.blocks) {
    const text = block.text;
    if (!/[（(]类[）)]/.test(text)) continue;
    const chains = chainsIn(text);
    if (++done % PACE === 0) yield;
    chains.forEach((chain, m) => {
      const start = chain.start;
      const nextStart = chains[m + 1]?.start ?? text.length;
      const place = (name: string, from: number): ProseName => ({ name, place: { text: name, block: block.index, start: from, end: from + name.length } });
      const lei = place(chain.lei, start);
      const kuan = chain.kuan ? place(chain.kuan.name, chain.kuan.start) : null;
      const figures = (figuresOf.get(block.index) ?? []).filter((f) => f.start >= start && f.start < nextStart);
      const cited = sentenceFigures(text, start, figures);
      const code = itemCode(chain.item, figures, itemRows, lei, kuan, byCode);
      if (code === 'unmatched') {
        sink.unchecked();
        return;
      }
      for (const [level, prose] of [[3, lei], [5, kuan]] as const) {
        if (!prose) continue;
        const own = code ? code.slice(0, level) : null;
        judgeProse(sink, prose, own, level, byCode, year, cited);
      }
      if (!code && lei && kuan) kuanNamedAsClass(sink, lei, kuan, year, cited);
    });
  }
}

/** The figures of the sentence a name stands in (from its start to the next 。), or the item's first. */
function sentenceFigures(text: string, start: number, figures: Figure[]): Figure[] {
  const stops = [text.indexOf('。', start), text.indexOf('；', start)].filter((i) => i >= 0);
  const end = stops.length ? Math.min(...stops) : text.length;
  const inSentence = figures.filter((f) => f.start < end);
  return inSentence.length > 0 ? inSentence : figures.slice(0, 1);
}

/**
 * The 7-digit code of the prose item: the table rows named as its 项 whose 类 and 款 rows carry the
 * prose's names (all is well), else the one such row whose amount the prose states. null when the prose
 * names no 项 or no table lists it ('unmatched' when several rows could be meant).
 */
function itemCode(item: string | null, figures: Figure[], rows: Map<string, TableRow[]>, lei: ProseName | null, kuan: ProseName | null, byCode: Map<string, TableNaming[]>): string | null | 'unmatched' {
  if (!item) return null;
  const candidates = rows.get(nameKey(item)) ?? [];
  if (candidates.length === 0) return null;
  const agrees = (code: string, prose: ProseName | null) => !prose || (byCode.get(code) ?? []).some((n) => sameName(prose.name, n.name, code.length));
  const whole = candidates.find((row) => agrees(row.code!.slice(0, 3), lei) && agrees(row.code!.slice(0, 5), kuan));
  if (whole) return whole.code;
  const amounts = new Set(figures.map((f) => wanInterval(f).mid.toFixed(6)));
  const byAmount = new Set(candidates.filter((row) => row.values.some((v) => v !== null && !v.value.isZero() && amounts.has(wanInterval(v).mid.toFixed(6)))).map((row) => row.code!));
  return byAmount.size === 1 ? [...byAmount][0]! : byAmount.size > 1 ? 'unmatched' : null;
}

/**
 * The same name, style aside. A class name in the prose may carry words before it ("主要用于一般公共服务"):
 * nothing stands between （类） and a 款 name.
 */
function sameName(prose: string, table: string, level: number): boolean {
  const p = nameKey(prose);
  const t = nameKey(table);
  return t.length > 0 && (p === t || (level === 3 && p.endsWith(t)));
}

/**
 * One prose name: against the table rows of its code when the item was matched, and against the
 * national list (its code, or the code the list gives the name).
 */
function judgeProse(sink: FindingSink, prose: ProseName, code: string | null, level: 3 | 5, byCode: Map<string, TableNaming[]>, year: number | null, figures: Figure[]): void {
  if (code) {
    const tableNames = byCode.get(code) ?? [];
    const name = level === 3 ? trimmed(prose.name, code, tableNames) : prose.name;
    if (tableNames.some((n) => sameName(name, n.name, level))) {
      sink.checked([], 'soft');
      return;
    }
    const verdict = judgeName(code, name, year);
    sink.checked([], 'soft');
    const place = placeOf(prose, name);
    if (report(sink, verdict, code, name, year, [place], figures)) return;
    const other = tableNames[0];
    // A table's name cut short (a PDF's cell wrapped over two lines) is not another name.
    if (!other || nameKey(name).startsWith(nameKey(other.name))) return;
    sink.addText('warning', say('classNames_proseDiffers', { code, name: quoted(name), other: quoted(other.name), table: quoted(other.table.title) }), [place], figures);
    return;
  }
  // No table row: only a name the national list knows as retired by the document's year.
  const retired = retiredCode(prose.name, level, year);
  if (!retired) return;
  sink.checked([], 'soft');
  report(sink, judgeName(retired.code, retired.name, year), retired.code, retired.name, year, [placeOf(prose, retired.name)], figures);
}

/** The name without the words before it, when what remains is a name of the code (in the list or the tables). */
function trimmed(name: string, code: string, tableNames: TableNaming[]): string {
  const keys = new Set([...(namesOf(code) ?? []).map((era) => nameKey(era.name)), ...tableNames.map((n) => nameKey(n.name))]);
  for (let cut = 0; cut < name.length - 1; cut++) if (keys.has(nameKey(name.slice(cut)))) return name.slice(cut);
  return name;
}

/** The place of `name` inside a prose name (the same, or its end). */
function placeOf(prose: ProseName, name: string): TextPlace {
  if (name === prose.name) return prose.place;
  const offset = prose.name.lastIndexOf(name);
  return { ...prose.place, text: name, start: prose.place.start + offset };
}

/**
 * A prose name the national list knows only as a retired name of one code of its level (and as no
 * code's name in the document's year), with the words before it taken off.
 */
function retiredCode(name: string, level: 3 | 5, year: number | null): { code: string; name: string } | null {
  if (year === null) return null;
  for (let cut = 0; cut < name.length; cut++) {
    const tail = name.slice(cut);
    if (codesNamed(tail, level, 'function', year).length > 0) return null;
    const any = codesNamed(tail, level, 'function', null);
    if (any.length === 1 && judgeName(any[0]!, tail, year).kind === 'retired') return { code: any[0]!, name: tail };
    if (any.length > 0) return null;
  }
  return null;
}

/**
 * "住房保障支出（类）住房保障支出（款）住房公积金（项）": a 款 printed with its own class's name, when the
 * list knows the class for certain and no 款 of it by that name (229 其他支出 has its 22999 其他支出).
 */
function kuanNamedAsClass(sink: FindingSink, lei: ProseName, kuan: ProseName, year: number | null, figures: Figure[]): void {
  const classCode = classNamed(lei.name, year);
  if (!classCode || nameKey(kuan.name) !== nameKey(lei.name.slice(lei.name.length - classCode.name.length))) return;
  if (!isNameOf(classCode.code, kuan.name)) return;
  sink.checked([], 'soft');
  if (codesNamed(kuan.name, 5, 'function', null).some((code) => code.startsWith(classCode.code))) return;
  sink.addText('warning', say('classNames_kuanIsClass', { code: classCode.code, name: quoted(kuan.name) }), [kuan.place], figures);
}

/** The one class of the list that a prose class name (words before it allowed) names in the document's year. */
function classNamed(name: string, year: number | null): { code: string; name: string } | null {
  for (let cut = 0; cut < name.length; cut++) {
    const codes = codesNamed(name.slice(cut), 3, 'function', year);
    if (codes.length === 1) return { code: codes[0]!, name: name.slice(cut) };
    if (codes.length > 1) return null;
  }
  return null;
}
