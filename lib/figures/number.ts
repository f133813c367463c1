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
  const match = NUMBER.exec(text.trim());
  if (!match) return null;
  const integer = match[1]!.replace(/,/g, '');
  const fraction = match[2] ?? '';
  const plain = fraction ? `${integer}.${fraction}` : integer;
  return { value: new D(plain), scale: fraction.length, plain };
}
