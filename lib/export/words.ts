/**
 * Words shared by every way findings are shown or exported (panel, page card, Markdown, CSV, CLI):
 * severity names, check titles, and the difference between a printed and an expected figure.
 */
import Decimal from 'decimal.js';
import { CHECK_FAMILIES } from '../checks/registry';
import type { Severity } from '../report';

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '提醒', info: '提示' };

const TITLES = new Map(CHECK_FAMILIES.map((family) => [family.id, family.title]));
/** Findings that no engine family raises: unit slips found inside other families, and the cross-document checks. */
const EXTRA_TITLES: Record<string, string> = {
  'unit-slip': '单位错写',
  'history-prior-year': '与上年公开数比较',
  'history-budget': '决算与预算文件比较',
};

export function checkTitle(check: string): string {
  return TITLES.get(check) ?? EXTRA_TITLES[check] ?? check;
}

const NUMBER = /^\s*([+-]?[\d,]*\.?\d+)\s*(.*)$/;

function parse(text: string): { value: Decimal; places: number; unit: string } | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  try {
    const digits = match[1]!.replace(/,/g, '');
    // Decimal drops trailing zeros ("550.00" has 0 places to it); the printed form has 2.
    const places = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
    return { value: new Decimal(digits), places, unit: match[2]!.trim() };
  } catch {
    return null;
  }
}

/** printed − expected, with its unit, when both are numbers in the same unit ("+0.09万元"). */
export function difference(expected: string | null, actual: string | null): string | null {
  if (expected === null || actual === null) return null;
  const e = parse(expected);
  const a = parse(actual);
  if (!e || !a) return null;
  if (e.unit && a.unit && e.unit !== a.unit) return null;
  const diff = a.value.minus(e.value);
  const places = Math.max(e.places, a.places);
  const sign = diff.isPositive() && !diff.isZero() ? '+' : '';
  return `${sign}${diff.toFixed(places)}${a.unit || e.unit}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Local time as a person writes it, with its offset so a reader elsewhere is not misled: "2025-01-02 03:04:05（UTC+08:00）". */
export function readableTime(date: Date, withOffset = true): string {
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  if (!withOffset) return local;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${local}（UTC${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}）`;
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
