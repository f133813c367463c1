/**
 * Finding figures in a block of prose. Years, dates, document numbers (〔2019〕107号), phone numbers,
 * codes, page numbers and list numbering are never amounts; a bare integer is never a figure; a bare
 * decimal ("差旅费 1.55、", "决算数为 411.91，") is kept as kind 'bare' and may take its neighbours' unit.
 */
import type { TextBlock } from '../model/document';
import type { Figure, FigureKind } from './figure';
import { numberFromParts } from './number';

/** A word after a number: its unit and kind, or a null kind for "not a figure" (a date, a duration, …). */
interface UnitWord {
  word: string;
  unit: string | null;
  kind: FigureKind | null;
  /** Not this word when one of these characters follows it ("名单", "分钟"). */
  unless?: string;
}

// Order matters: longer words first. Compared as strings, not expressions: this runs for every number
// of every page, and sixteen expressions per number were a third of the extraction's time.
const UNIT_WORDS: UnitWord[] = [
  { word: '万亿元', unit: '万亿元', kind: null },
  { word: '亿元', unit: '亿元', kind: 'money' },
  { word: '万元', unit: '万元', kind: 'money' },
  { word: '元', unit: '元', kind: 'money' },
  { word: '%', unit: '%', kind: 'percent' },
  { word: '‰', unit: '%', kind: 'percent' },
  { word: '人次', unit: '人', kind: 'count' },
  { word: '人', unit: '人', kind: 'count' },
  { word: '辆', unit: '辆', kind: 'count' },
  { word: '批次', unit: '批次', kind: 'count' },
  { word: '团组', unit: '团组', kind: 'count' },
  { word: '个', unit: '个', kind: 'count' },
  { word: '台（套）', unit: '台', kind: 'count' },
  { word: '台', unit: '台', kind: 'count' },
  { word: '套', unit: '台', kind: 'count' },
  { word: '项', unit: '项', kind: 'count' },
  { word: '场次', unit: '场', kind: 'count' },
  { word: '场', unit: '场', kind: 'count' },
  { word: '名', unit: '人', kind: 'count', unless: '单称义次' },
  { word: '分', unit: '分', kind: 'score', unless: '钟之别配类析布项级' },
  ...['万', '亿', '余', '多', '年', '月', '日', '号', '页', '岁', '天', '周', '小时', '时', '分钟', '秒', '倍', '次', '条', '家', '户', '所', '间', '座', '平方米', '米', '公里', '千米', '吨', 'GB', 'M', 'G', 'T', 'K', 'km', 'kg'].map(
    (word): UnitWord => ({ word, unit: null, kind: null }),
  ),
];

/** The unit words by their first character, in order: a number's next character picks the few to try. */
const UNIT_WORDS_BY_FIRST = new Map<string, UnitWord[]>();
for (const word of UNIT_WORDS) {
  const first = word.word[0]!;
  UNIT_WORDS_BY_FIRST.set(first, [...(UNIT_WORDS_BY_FIRST.get(first) ?? []), word]);
}

/** A number not glued to letters, digits or a decimal point on either side; a minus sign touching it is group 1. */
const NUMBER = /(?<![0-9A-Za-z.,\-/])([-−]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![0-9])/g;
/**
 * A direction word right before a minus sign ("下降-81.75%", "增长率为-3.2%"): the sign is the rate's
 * own, printed with the word (a double negative, or a negative growth), for the change checks to judge.
 * Anywhere else a "-" before digits joins two numbers ("023-48663093", "2019-2020年", "10%-20%").
 */
const DIRECTION_BEFORE_SIGN = /(?:增加|增长|增幅|涨幅|上升|提高|减少|下降|降低|降幅|减幅|压减|调减|调增)(?:率|额|幅度|幅)?(?:为|了|是|[：:])?$/;
// A bare run of 7–8 digits is a local phone number only when no decimals or unit follow it: "3215000.00元" is an amount.
const PHONE = /(?<![0-9.])(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,8}(?![.\d]|\s?(?:万元|亿元|元|%)))(?![0-9])/g;

interface Exclusion {
  start: number;
  end: number;
}

// The global expressions are run with exec and lastIndex rather than matchAll, which copies the
// expression on every call: once per block, for every block of the page.
function phoneRanges(text: string): Exclusion[] {
  const ranges: Exclusion[] = [];
  PHONE.lastIndex = 0;
  for (let match = PHONE.exec(text); match !== null; match = PHONE.exec(text)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

interface UnitRead {
  unit: string | null;
  kind: FigureKind | null;
  length: number;
  excluded: boolean;
}

const NO_UNIT: UnitRead = { unit: null, kind: 'bare', length: 0, excluded: false };

function unitAt(text: string, position: number): UnitRead {
  // One space between a number and its unit is common in converted documents ("412 万元").
  const skip = text[position] === ' ' ? 1 : 0;
  const at = position + skip;
  for (const { word, unit, kind, unless } of UNIT_WORDS_BY_FIRST.get(text[at] ?? '') ?? []) {
    if (!text.startsWith(word, at)) continue;
    const next = text[at + word.length];
    if (unless && next !== undefined && unless.includes(next)) continue;
    return { unit, kind, length: skip + word.length, excluded: kind === null };
  }
  return NO_UNIT;
}

/** List numbering: "1.贯彻", "（1）一般", "2、负责", "1．收入" at the start of a clause. */
function isListNumber(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1]! : '';
  const after = text[end];
  if (before === '（' && after === '）') return true;
  const numbering = after === '、' || (after === '.' && !/[0-9]/.test(text[end + 1] ?? ''));
  return numbering && (start === 0 || /[（(。；：，\s]/.test(before));
}

/** A threshold ("单价100万元（含）以上", "100万元以下") is not an amount of the unit. */
function isThreshold(text: string, end: number): boolean {
  const next = text[end];
  // Only these can start one: most figures are decided without slicing the text.
  if (next !== '（' && next !== '以' && next !== '及') return false;
  return /^(（含）)?(以上|以下|及以上|及以下)/.test(text.slice(end, end + 5));
}

export function extractFigures(block: TextBlock, firstId = 0): Figure[] {
  const text = block.text;
  // Found when the first number that passes every other test asks (most blocks have none).
  let phones: Exclusion[] | null = null;
  const figures: Figure[] = [];
  // Phone ranges and number matches both come in text order and phone ranges never overlap, so one
  // cursor that only moves forward finds the phone a number may overlap. (Asking every phone range for
  // every number was quadratic: a line of 20 000 "1234567 1.5万元" took over a second.)
  let phone = 0;
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match !== null; match = NUMBER.exec(text)) {
    let start = match.index;
    const numberEnd = start + match[0].length;
    // A rate takes the sign printed after its direction word; an amount does not ("减少-5万元": which way
    // it changed is not known, and it is left out as any "-" before digits is).
    const signed = match[1] !== '' && DIRECTION_BEFORE_SIGN.test(text.slice(Math.max(0, start - 8), start)) && unitAt(text, numberEnd).kind === 'percent';
    if (match[1] !== '' && !signed) {
      // Not the figure's sign: a "-" joins two numbers; a "−" is read past.
      if (match[1] === '-') continue;
      start += 1;
    }
    // (Not text[start - 1] at the block's start: index -1 is a slow property lookup.)
    const before = start > 0 ? text[start - 1]! : '';
    const after = text[numberEnd] ?? '';
    if (before === '〔' || before === '[' || after === '〕' || after === ']' || before === '第' || before === '#') continue;
    if (isListNumber(text, start, numberEnd)) continue;
    const unit = unitAt(text, numberEnd);
    if (unit.excluded) continue;
    const fraction = match[3] ?? '';
    if (unit.kind === 'bare' && fraction === '') continue;
    const end = numberEnd + unit.length;
    if (isThreshold(text, end)) continue;
    phones ??= phoneRanges(text);
    while (phone < phones.length && phones[phone]!.end <= start) phone++;
    if (phone < phones.length && phones[phone]!.start < numberEnd) continue;
    // Parsed last: the Decimal is made only for numbers that are figures (not years, codes, bare integers).
    const parsed = numberFromParts(match[2]!, fraction);
    figures.push({
      id: firstId + figures.length,
      block: block.index,
      start,
      end,
      number: signed ? `-${parsed.plain}` : parsed.plain,
      text: (unit.length > 0 ? text.slice(start, end).replace(' ', '') : text.slice(start, numberEnd)).replace('−', '-'),
      value: signed ? parsed.value.neg() : parsed.value,
      scale: parsed.scale,
      unit: unit.unit,
      kind: unit.kind ?? 'bare',
    });
  }
  return figures;
}
