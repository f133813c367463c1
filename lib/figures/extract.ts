/**
 * Finding figures in a block of prose. Years, dates, document numbers (〔2019〕107号), phone numbers,
 * codes, page numbers and list numbering are never amounts; a bare integer is never a figure; a bare
 * decimal ("差旅费 1.55、", "决算数为 411.91，") is kept as kind 'bare' and may take its neighbours' unit.
 */
import type { TextBlock } from '../model/document';
import type { Figure, FigureKind } from './figure';
import { parseNumber } from './number';

const UNITS: Array<[RegExp, string | null, FigureKind | null]> = [
  // Order matters: longer units first. A null kind means "not a figure" (a date, a duration, …).
  [/^万亿元/, '万亿元', null],
  [/^亿元/, '亿元', 'money'],
  [/^万元/, '万元', 'money'],
  [/^元/, '元', 'money'],
  [/^[%‰]/, '%', 'percent'],
  [/^(人次|人)/, '人', 'count'],
  [/^辆/, '辆', 'count'],
  [/^批次/, '批次', 'count'],
  [/^团组/, '团组', 'count'],
  [/^个/, '个', 'count'],
  [/^(台（套）|台|套)/, '台', 'count'],
  [/^项/, '项', 'count'],
  [/^(场次|场)/, '场', 'count'],
  [/^名(?!单|称|义|次)/, '人', 'count'],
  [/^分(?!钟|之|别|配|类|析|布|项|级)/, '分', 'score'],
  [/^(万|亿|余|多|年|月|日|号|页|岁|天|周|小时|时|分钟|秒|倍|次|条|家|户|所|间|座|平方米|米|公里|千米|吨|GB|M|G|T|K|km|kg)/, null, null],
];

/** A number not glued to letters, digits or a decimal point on either side. */
const NUMBER = /(?<![0-9A-Za-z.,\-/])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?![0-9])/g;
// A bare run of 7–8 digits is a local phone number only when no decimals or unit follow it: "3215000.00元" is an amount.
const PHONE = /(?<![0-9.])(?:\d{3,4}-\d{7,8}|1[3-9]\d{9}|\d{7,8}(?![.\d]|\s?(?:万元|亿元|元|%)))(?![0-9])/g;

interface Exclusion {
  start: number;
  end: number;
}

function phoneRanges(text: string): Exclusion[] {
  const ranges: Exclusion[] = [];
  for (const match of text.matchAll(PHONE)) ranges.push({ start: match.index, end: match.index + match[0].length });
  return ranges;
}

function unitAt(text: string, position: number): { unit: string | null; kind: FigureKind | null; length: number; excluded: boolean } {
  // One space between a number and its unit is common in converted documents ("412 万元").
  const skip = text[position] === ' ' ? 1 : 0;
  const rest = text.slice(position + skip, position + skip + 6);
  for (const [pattern, unit, kind] of UNITS) {
    const match = pattern.exec(rest);
    if (match) return { unit, kind, length: skip + match[0].length, excluded: kind === null };
  }
  return { unit: null, kind: 'bare', length: 0, excluded: false };
}

/** List numbering: "1.贯彻", "（1）一般", "2、负责", "1．收入" at the start of a clause. */
function isListNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 1), start);
  const after = text[end];
  const atClauseStart = start === 0 || /[（(。；：，\s]/.test(before);
  if (before === '（' && after === '）') return true;
  return atClauseStart && (after === '、' || (after === '.' && !/[0-9]/.test(text[end + 1] ?? '')));
}

export function extractFigures(block: TextBlock, firstId = 0): Figure[] {
  const text = block.text;
  const phones = phoneRanges(text);
  const figures: Figure[] = [];
  // Phone ranges and number matches both come in text order and phone ranges never overlap, so one
  // cursor that only moves forward finds the phone a number may overlap. (Asking every phone range for
  // every number was quadratic: a line of 20 000 "1234567 1.5万元" took over a second.)
  let phone = 0;
  for (const match of text.matchAll(NUMBER)) {
    const start = match.index;
    const numberEnd = start + match[0].length;
    while (phone < phones.length && phones[phone]!.end <= start) phone++;
    if (phone < phones.length && phones[phone]!.start < numberEnd) continue;
    const before = text[start - 1] ?? '';
    const after = text[numberEnd] ?? '';
    if (before === '〔' || before === '[' || after === '〕' || after === ']' || before === '第' || before === '#') continue;
    if (isListNumber(text, start, numberEnd)) continue;
    const parsed = parseNumber(match[0]);
    if (!parsed) continue;
    const unit = unitAt(text, numberEnd);
    if (unit.excluded) continue;
    if (unit.kind === 'bare' && parsed.scale === 0) continue;
    // A threshold ("单价100万元（含）以上", "100万元以下") is not an amount of the unit.
    const tail = text.slice(numberEnd + unit.length, numberEnd + unit.length + 5);
    if (/^(（含）)?(以上|以下|及以上|及以下)/.test(tail)) continue;
    const end = numberEnd + unit.length;
    figures.push({
      id: firstId + figures.length,
      block: block.index,
      start,
      end,
      number: parsed.plain,
      text: text.slice(start, end).replace(' ', ''),
      value: parsed.value,
      scale: parsed.scale,
      unit: unit.unit,
      kind: unit.kind ?? 'bare',
    });
  }
  return figures;
}
