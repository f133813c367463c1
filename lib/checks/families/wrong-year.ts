/**
 * Years that contradict the document's own year, in the places where the template leaves no doubt:
 * - a heading or table title naming the disclosure of another year ("第三部分 …2023年度部门决算情况说明"
 *   in a 2024 决算);
 * - a 决算's assets "截至2023年12月31日" (the 决算 of 2024 reports them at the end of 2024);
 * - a comparison whose base is the document's own year or a later one ("2026年预算…比2026年预算增加" in
 *   a 2026 budget, "与2024年度相比" in a 2024 决算; a 决算 may compare with its own year's budget).
 * A warning each: the words cannot be right, but the figures may be. Silent when the document's year is
 * not known, or when the "wrong" year is the one most of the headings use (then detection may be wrong).
 */
import { say } from '../../i18n/phrases';
import { looksLikeHeading } from '../../model/join-blocks';
import type { Analysis, CheckFamily, TextPlace } from '../context';
import { figuresOfSentence, textMatches } from '../judging/text-places';

/** "2023年度部门决算", "2023年单位预算", "2023年度…决算情况说明", "2023年度收入支出决算总表". */
const TITLE_YEAR = /(20\d\d)\s*年度?\s*[^，。；\d]{0,20}?(?:(?:部门|单位)(?:预算|决算)|(?:预算|决算)(?:情况说明|总表|表))/;
const ASSETS_DATE = /截[至止](20\d\d)年12月31日/;
/** A comparison's base: "比2025年预算执行数", "与2023年度相比", "较2025年". */
const COMPARISON = /(?:比|较)\s*(20\d\d)\s*年度?([^，。；\d]{0,8})|(?:与|同)\s*(20\d\d)\s*年度?([^，。；\d]{0,10}?)(?:相比|比较)/;

export const wrongYear: CheckFamily = {
  id: 'wrong-year',
  run(analysis, sink) {
    const year = analysis.year;
    if (year === null || !yearIsSettled(analysis, year)) return;
    const report = (key: string, place: TextPlace, printed: string) =>
      sink.addText('warning', say(key, { printed, year: String(year) }), [place], figuresOfSentence(analysis, place).slice(0, 2));
    for (const { place, match, text } of textMatches(analysis, TITLE_YEAR, { cells: false })) {
      if (!isTitleLike(analysis, place.block, text)) continue;
      const printed = Number(match[1]);
      sink.checked([]);
      if (printed !== year) report('wrongYear_title', yearPlace(place, match), match[1]!);
    }
    if (analysis.kind === '决算') {
      for (const { place, match } of textMatches(analysis, ASSETS_DATE, { cells: false })) {
        sink.checked([]);
        if (Number(match[1]) !== year) report('wrongYear_assetsDate', yearPlace(place, match), match[1]!);
      }
    }
    for (const { place, match } of textMatches(analysis, COMPARISON, { cells: false })) {
      // "与"/"同" are also "and": only "与2023年度相比" is a comparison (the second alternative).
      const printed = match[1] ?? match[3]!;
      const base = Number(printed);
      const after = match[2] ?? match[4] ?? '';
      // A 决算 compares its actuals with its own year's budget ("比2024年预算", "与2024年年初预算相比").
      const ownBudget = analysis.kind === '决算' && /^[^，。；]{0,4}预算/.test(after);
      sink.checked([]);
      if (base > year || (base === year && !ownBudget)) report('wrongYear_comparison', yearPlace(place, match, printed), printed);
    }
  },
};

/** The place of the year itself within a match. */
function yearPlace(place: TextPlace, match: RegExpExecArray, printed = match[1]!): TextPlace {
  const offset = match[0].indexOf(printed);
  return { ...place, text: printed, start: place.start + offset, end: place.start + offset + printed.length };
}

/**
 * A part's heading ("第三部分 …"), a heading of the 情况说明, or a table's title: not any short line (a
 * portal's list of earlier years' disclosures is short lines too, and rightly names other years).
 */
function isTitleLike(analysis: Analysis, block: number, text: string): boolean {
  if (text.length > 60 || /[，。；]/.test(text)) return false;
  if (/^第[一二三四五六七八九十]+部分/.test(text) || (looksLikeHeading(text) && /情况说明/.test(text))) return true;
  const line = text.trim();
  return line.length >= 6 && analysis.document.tables.some((table) => table.caption.includes(line));
}

/**
 * The document's year is settled when the headings that name a disclosure's year name it more often
 * than any other: otherwise the "wrong" years may be right and detection wrong.
 */
function yearIsSettled(analysis: Analysis, year: number): boolean {
  const counts = new Map<number, number>();
  for (const { match, place, text } of textMatches(analysis, TITLE_YEAR, { cells: false })) {
    if (!isTitleLike(analysis, place.block, text)) continue;
    const printed = Number(match[1]);
    counts.set(printed, (counts.get(printed) ?? 0) + 1);
  }
  const own = counts.get(year) ?? 0;
  return [...counts.entries()].every(([other, n]) => other === year || n < own || own === 0 && n < 2);
}
