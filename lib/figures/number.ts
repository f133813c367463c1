/** Parsing a printed number: "20,323.21" → 20323.21 with 2 decimals. Returns null for anything else. */
import { D, type Dec } from '../decimal';

const NUMBER = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

export interface ParsedNumber {
  value: Dec;
  scale: number;
  /** Without thousands separators. */
  plain: string;
}

export function parseNumber(text: string): ParsedNumber | null {
  const parts = numberParts(text);
  return parts ? numberFromParts(parts.integer, parts.fraction) : null;
}

/** A printed number's parts, without reading its value (no Decimal): null for anything else. */
export function numberParts(text: string): { integer: string; fraction: string } | null {
  const match = NUMBER.exec(text.trim());
  return match ? { integer: match[1]!, fraction: match[2] ?? '' } : null;
}

/**
 * A number from its printed parts, already matched: the integer part (with or without thousands
 * separators) and the decimals ('' for none). The extractor's own expression has matched them, so it
 * need not match the text a second time.
 */
export function numberFromParts(integerPart: string, fraction: string): ParsedNumber {
  const plain = plainNumber(integerPart, fraction);
  return { value: new D(plain), scale: fraction.length, plain };
}

/** The number as printed, without thousands separators: "20,323" and "21" → "20323.21". */
export function plainNumber(integerPart: string, fraction: string): string {
  const integer = integerPart.includes(',') ? integerPart.replace(/,/g, '') : integerPart;
  return fraction ? `${integer}.${fraction}` : integer;
}
