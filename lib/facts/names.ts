/**
 * How a printed name reduces to the quantity it names: the one place that decides whether two names
 * ("本年一般公共预算财政拨款支出决算数" and "一般公共预算财政拨款支出") are one quantity. Every family that
 * compares names (share, prose-table, restated through same-quantity.ts, the statements' references,
 * the history's keys through parseName) reads names through these functions, so two families can never
 * disagree on it.
 *
 * Three layers, each the one before plus more:
 * - printedName: how the name is printed, not what it says — list numbers ("一、", "（二）", "3."),
 *   quotes, spaces, 的, the enumeration comma 、, half-width brackets (made full-width). Class marks
 *   （类）（款）（项） and other brackets stay: they say what the name is (parseName reads them).
 * - nameWords: printedName without the period words that open it (本年, 全年, 本年度, 当年, 年度, 2024年度)
 *   and without brackets ("因公出国（境）费" = "因公出国境费"; "教育（类）" = "教育"). What a reference to a
 *   quantity may abbreviate (statements.ts's refersTo compares these by containment).
 * - quantityName: nameWords without the scenario word of the document's own line (决算数, 决算, 实际支出 in
 *   a 决算, where they are the line itself; in a 预算 "X决算数" is last year's figure, another quantity) and
 *   without a trailing 支出 ("教育支出" is the class "教育（类）"), unless what is left is a word that
 *   names nothing by itself ("其他支出" is not "其他", "项目支出" is not "项目"). Two names are one
 *   quantity exactly when their quantityNames are equal.
 *
 * Names the templates know are bound further by the fact layer (vocabulary.ts's parseName, which reads
 * names from printedName and nameWords' period words): a fact key, when there is one, decides first.
 */

export type DocumentKind = '预算' | '决算' | null;

/** A list number before a name: "一、", "（二）", "(3)", "1.", "2．", "3、" (not "1.5"). */
const ORDINAL = /^\s*(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d+[.．、](?!\d))\s*/;
/** Quotes, spaces, 的 and the enumeration comma: how a name is printed, never what it says. */
const PRINTING = /[\s\u3000“”"‘’'、的]/g;

export function printedName(raw: string): string {
  return raw.replace(ORDINAL, '').replace(PRINTING, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Period words that open a name: this year's figure is the quantity itself. */
export const PERIOD_WORDS = /^(?:20\d\d年度?|本年度?|全年|当年|年度)+/;

/** ^(20|本|全|当|年): the period expression runs only on names that could begin with it. */
function mayOpenWithPeriod(name: string): boolean {
  const c = name.charCodeAt(0);
  return c === 0x32 /* 2 */ || name[0] === '本' || name[0] === '全' || name[0] === '当' || name[0] === '年';
}

/** A class mark （类）（款）（项）: gone whole in nameWords ("教育（类）" is "教育"). */
const CLASS_MARK = /（[类款项]）/g;

export function nameWords(raw: string): string {
  let name = printedName(raw);
  if (mayOpenWithPeriod(name)) name = name.replace(PERIOD_WORDS, '');
  if (name.includes('（')) name = name.replace(CLASS_MARK, '').replace(/[（）]/g, '');
  return name;
}

/** The scenario words of a 决算's own line, ending a name: "支出决算", "决算数", "实际支出". */
const ACTUAL_WORDS = /(?:决算数|决算|实际支出)$/;
/** Words before 支出 that name nothing by themselves: their 支出 is the name. */
const BARE_BEFORE_SPENDING = /^(?:其他|项目|费用|经费|资金|结余|使用|实际|决算|预算|合计|本年|上年)$/;

export function quantityName(raw: string, kind: DocumentKind): string {
  let name = nameWords(raw);
  // In a 预算, "X决算数" is last year's X: another quantity. Elsewhere it is X itself.
  if (kind !== '预算' && (name.endsWith('数') || name.endsWith('算') || name.endsWith('出'))) name = name.replace(ACTUAL_WORDS, '');
  if (name.endsWith('支出') && name.length >= 4 && !BARE_BEFORE_SPENDING.test(name.slice(0, -2))) name = name.slice(0, -2);
  return name;
}

/** Whether two printed names are one quantity (in a document of this kind). Empty names are none. */
export function sameQuantity(a: string, b: string, kind: DocumentKind): boolean {
  const x = quantityName(a, kind);
  return x !== '' && x === quantityName(b, kind);
}
