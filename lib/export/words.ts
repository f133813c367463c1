/**
 * Words shared by every way findings are shown or exported (panel, page card, Markdown, CSV, CLI):
 * severity names, check titles, document facts, and the difference between a printed and an expected
 * figure. Pure: the words come from a `Lookup` the caller gives (browser.i18n in the extension, the
 * JSON files of locales/ in Node), so one export reads in Chinese or English.
 */
import Decimal from 'decimal.js';
import { formatNumber, MONEY_UNIT_KEYS, renderExplain, type Locale, type Lookup } from '../i18n/render';
import type { MoneyUnit } from '../i18n/explain';
// Types only from ../report and ../i18n/explain: their zod schemas must stay out of the content script,
// which uses these words too (see entrypoints/content/read-page.ts).
import type { DocumentReport, Finding, Severity } from '../report';

/** Where words come from, and the locale numbers are formatted for. */
export interface Words {
  lookup: Lookup;
  locale: Locale;
}

/** The message `key` (flattened, "export_md_heading") with its named arguments filled in; the key itself when missing. */
export function say(words: Words, key: string, args: Record<string, string | number> = {}): string {
  // The same filling as an engine explanation's, with every argument taken as text.
  const text = Object.fromEntries(Object.entries(args).map(([name, value]) => [name, String(value)]));
  return renderExplain({ key, args: text }, words.lookup, words.locale);
}

/** A number the program computed or counted, for the reader's locale (Chinese: no digit grouping). */
export function numberText(words: Words, value: number | string | Decimal, places?: number): string {
  return formatNumber(String(value), words.locale, places);
}

/** A finding's explanation in the reader's language: rendered from its key when it carries one, else its message as given. */
export function findingMessage(words: Words, finding: Finding): string {
  if (!finding.explain) return finding.message;
  const text = renderExplain(finding.explain, words.lookup, words.locale);
  return text === finding.explain.key ? finding.message : text;
}

/** A severity in the glossary's words (locales, "glossary"): the same in the panel, the card, the exports and the CLI. */
export function severityLabel(words: Words, severity: Severity): string {
  return say(words, `glossary_severity_${severity}`);
}

/** "history-prior-year" → "historyPriorYear", the form message keys use. */
export function camelId(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** A check family's title (message `check_<camelCaseId>_title`), or its id when there is none. */
export function checkTitle(words: Words, check: string): string {
  return words.lookup(`check_${camelId(check)}_title`) || check;
}

/** Which of the two kinds a report is. The value is the report's data ("预算" / "决算" as the documents say). */
export function kindSlot(kind: NonNullable<DocumentReport['kind']>): 'budget' | 'final' {
  return kind === '预算' ? 'budget' : 'final';
}

/** 预算 / 决算 for the locale; "not recognised" when the kind is unknown. */
export function kindLabel(words: Words, kind: DocumentReport['kind']): string {
  return kind === null ? say(words, 'export_unidentified') : say(words, `export_kind_${kindSlot(kind)}`);
}

/** A fact read from the document (its unit, year), as is; "not recognised" when missing. */
export function factText(words: Words, value: string | number | null): string {
  return value === null ? say(words, 'export_unidentified') : String(value);
}

/** A money unit word (元/万元/亿元) for the locale; any other unit (%, 人) as printed. */
export function unitText(words: Words, unit: string): string {
  const key = Object.prototype.hasOwnProperty.call(MONEY_UNIT_KEYS, unit) ? MONEY_UNIT_KEYS[unit as MoneyUnit] : undefined;
  return (key && words.lookup(key)) || unit;
}

/**
 * A figure the engine wrote out (a finding's expected or printed value: "1234.50万元", "3.1%") for the
 * locale: in English digits grouped and the money unit in words; in Chinese, and for anything that is
 * not a plain amount, as given.
 */
export function figureText(words: Words, text: string): string {
  if (words.locale === 'zh_CN') return text;
  const match = /^([+-]?\d+(?:\.\d+)?)(.*)$/.exec(text);
  if (!match) return text;
  const unit = match[2]!;
  if (unit !== '' && unit !== '%' && unitText(words, unit) === unit) return text;
  return `${numberText(words, match[1]!)}${unitText(words, unit)}`;
}

const NUMBER = /^\s*([+-]?[\d,]*\.?\d+)\s*(.*)$/;

/** A printed number with its unit ("1,234.50万元"): its value, decimals printed, unit, digits without separators. */
export interface PrintedNumber {
  value: Decimal;
  places: number;
  unit: string;
  digits: string;
}

export function parsePrinted(text: string): PrintedNumber | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  try {
    const digits = match[1]!.replace(/,/g, '');
    // Decimal drops trailing zeros ("550.00" has 0 places to it); the printed form has 2.
    const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    return { value: new Decimal(digits), places, unit: match[2]!.trim(), digits };
  } catch {
    return null;
  }
}

/** printed − expected, signed, to the finer of the two precisions, and its unit; null unless both are numbers of one unit. */
export function signedDifference(expected: string | null, actual: string | null): { number: string; unit: string } | null {
  if (expected === null || actual === null) return null;
  const e = parsePrinted(expected);
  const a = parsePrinted(actual);
  if (!e || !a) return null;
  if (e.unit && a.unit && e.unit !== a.unit) return null;
  const diff = a.value.minus(e.value);
  const sign = diff.isPositive() && !diff.isZero() ? '+' : '';
  return { number: `${sign}${diff.toFixed(Math.max(e.places, a.places))}`, unit: a.unit || e.unit };
}

/**
 * printed − expected, with its unit, when both are numbers in the same unit ("+0.09万元"). With `words`
 * the number is formatted for the locale and a money unit named in its words ("+1,200.00 ×10k yuan");
 * without, as the documents print it.
 */
export function difference(expected: string | null, actual: string | null, words?: Words): string | null {
  const found = signedDifference(expected, actual);
  if (!found) return null;
  if (!words) return `${found.number}${found.unit}`;
  return `${numberText(words, found.number)}${unitText(words, found.unit)}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Local time as a person writes it: "2025-01-02 03:04:05". With `words`, followed by its offset so a
 * reader elsewhere is not misled: "2025-01-02 03:04:05（UTC+08:00）".
 */
export function readableTime(date: Date, words?: Words): string {
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (!words) return local;
  const minutes = -date.getTimezoneOffset();
  const offset = `${minutes >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return say(words, 'export_timeWithOffset', { time: local, offset });
}

/** A 万元 total for the locale: wanText's digits, grouped in English. */
export function amountText(words: Words, value: Decimal | string): string {
  const text = wanText(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? numberText(words, text) : text;
}

/** 万元 amounts as disclosures print them: at least two decimals ("212.1" → "212.10"); text that is not a number as is. */
export function wanText(value: Decimal | string): string {
  try {
    const number = new Decimal(value);
    return number.decimalPlaces() < 2 ? number.toFixed(2) : number.toFixed();
  } catch {
    return String(value);
  }
}
