/**
 * Asking whether a text begins or ends with one of a few characters, by UTF-16 code unit: the checks
 * that decide whether an expression need run at all (String#includes on a list of characters costs
 * about as much as the expression it would spare).
 */
export type CharSet = ReadonlySet<number>;

/** The code units of `chars` (characters of the Basic Multilingual Plane). */
export function charSet(chars: string): CharSet {
  const set = new Set<number>();
  for (let i = 0; i < chars.length; i++) set.add(chars.charCodeAt(i));
  return set;
}

/** An ASCII digit, 0–9 (false for NaN, what charCodeAt gives past the end). */
export function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * A CJK ideograph or an ASCII letter or digit: most of a disclosure's text, and characters the model
 * keeps exactly as they are.
 */
export function isPlainCode(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || isAsciiDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Whether `text` begins with one of the characters (false for ''). */
export function startsWithOneOf(text: string, chars: CharSet): boolean {
  return text.length > 0 && chars.has(text.charCodeAt(0));
}

/** Whether `text` ends with one of the characters (false for ''). */
export function endsWithOneOf(text: string, chars: CharSet): boolean {
  return text.length > 0 && chars.has(text.charCodeAt(text.length - 1));
}
