/**
 * Character-level normalization with a source map. Full-width digits and punctuation become their
 * half-width (or canonical CJK) forms, whitespace inside phrases and numbers disappears, and each kept
 * character remembers the source node and offset it came from.
 */
import { isAsciiDigit, isPlainCode } from '../chars';
import type { SourceRun, TextBlock } from './document';

const FULLWIDTH_DIGIT_ZERO = 0xff10;

/** Canonical forms: ASCII punctuation becomes the CJK punctuation the prose uses, so patterns need one form. */
const PUNCTUATION: Record<string, string> = {
  '％': '%',
  '．': '.',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
  '﹪': '%',
  '－': '-',
  '—': '-',
  '–': '-',
  '―': '-',
  '［': '[',
  '］': ']',
  '／': '/',
  '＋': '+',
};

// Character classes by code (this runs once per character of every page: no regular expressions).
function isDropped(code: number): boolean {
  return code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff || code === 0xad;
}

function isWhitespace(code: number): boolean {
  return code <= 32 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x85;
}

function isAsciiWord(char: string): boolean {
  if (char === '') return false;
  const code = char.charCodeAt(0);
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
  // Most characters of a disclosure are CJK ideographs or ASCII letters and digits: nothing to change.
  if (isPlainCode(code)) return char;
  if (code >= FULLWIDTH_DIGIT_ZERO && code <= FULLWIDTH_DIGIT_ZERO + 9) {
    return String.fromCharCode(48 + code - FULLWIDTH_DIGIT_ZERO);
  }
  if (code >= 0xff21 && code <= 0xff5a && /[Ａ-Ｚａ-ｚ]/.test(char)) return String.fromCharCode(code - 0xfee0);
  return PUNCTUATION[char] ?? char;
}

/**
 * Accumulates the text of one block from pieces of source nodes. Whitespace is kept (as one space)
 * only between two ASCII letters or digits, so "412 万元" → "412万元", "增\n加" → "增加", while
 * "12.5 30" stays two numbers. A comma between digits stays ASCII (a thousands separator); any other
 * comma becomes "，".
 */
export class BlockBuilder {
  /** The block's text so far, in pieces (joined once, in build). */
  private pieces: string[] = [];
  private size = 0;
  /** The last character pushed ('' before the first): what the space and comma rules look back at. */
  private last = '';
  private runs: SourceRun[] = [];
  private pendingSpace = false;
  private pendingComma: { node: number; offset: number } | null = null;

  get length(): number {
    return this.size;
  }

  append(raw: string, node: number, nodeOffset = 0): void {
    /** raw[copyFrom, i) is kept as it is, and copied in one piece when something needs changing (or at the end). */
    let copyFrom = 0;
    for (let i = 0; i < raw.length; i++) {
      const code = raw.charCodeAt(i);
      // Fast path: with nothing pending, a character that normalizes to itself is copied as it is (most
      // of a page; character by character this was the model's largest cost).
      if (!this.pendingSpace && !this.pendingComma && (isPlainCode(code) || keptAsIs(code))) continue;
      if (copyFrom < i) this.pushRun(raw.slice(copyFrom, i), node, nodeOffset + copyFrom);
      copyFrom = i + 1;
      const char = raw[i]!;
      if (isDropped(code)) continue;
      if (isWhitespace(code)) {
        if (this.size > 0) this.pendingSpace = true;
        continue;
      }
      const normalized = normalizeChar(char);
      if (char === '，') {
        this.flushComma();
        this.push('，', node, nodeOffset + i);
        continue;
      }
      if (normalized === ',') {
        // Decide on the next character: a digit after it means a thousands separator.
        this.flushComma();
        if (this.size > 0 && isDigit(this.last) && !this.pendingSpace) {
          this.pendingComma = { node, offset: nodeOffset + i };
          continue;
        }
        this.push('，', node, nodeOffset + i);
        continue;
      }
      if (this.pendingComma) {
        const comma = this.pendingComma;
        this.pendingComma = null;
        this.push(isDigit(normalized) && !this.pendingSpace ? ',' : '，', comma.node, comma.offset);
      }
      if (this.pendingSpace) {
        this.pendingSpace = false;
        if (isAsciiWord(this.last) && isAsciiWord(normalized)) {
          this.pushSynthetic(' ');
        }
      }
      this.push(normalized, node, nodeOffset + i);
    }
    if (copyFrom < raw.length) this.pushRun(copyFrom === 0 ? raw : raw.slice(copyFrom), node, nodeOffset + copyFrom);
  }

  /** A hard boundary inside a block (a <br> between two numbers must not glue them). */
  softBreak(): void {
    if (this.size > 0) this.pendingSpace = true;
  }

  build(index: number): TextBlock {
    this.flushComma();
    return { kind: 'text', index, text: this.pieces.join(''), runs: this.runs };
  }

  private flushComma(): void {
    if (!this.pendingComma) return;
    const comma = this.pendingComma;
    this.pendingComma = null;
    this.push('，', comma.node, comma.offset);
  }

  private push(char: string, node: number, offset: number): void {
    this.pushRun(char, node, offset);
  }

  /** Characters copied one for one from `node` starting at `offset`. */
  private pushRun(text: string, node: number, offset: number): void {
    const start = this.size;
    this.pieces.push(text);
    this.size += text.length;
    this.last = text[text.length - 1]!;
    // (Not runs[runs.length - 1] when there are none: that looks up property "-1".)
    const last = this.runs.length > 0 ? this.runs[this.runs.length - 1] : undefined;
    if (last && last.node === node && last.start + last.length === start && last.nodeOffset + last.length === offset) {
      last.length += text.length;
    } else {
      this.runs.push({ start, length: text.length, node, nodeOffset: offset });
    }
  }

  /** A character with no source (a separating space): it breaks the current run. */
  private pushSynthetic(char: string): void {
    this.pieces.push(char);
    this.size += char.length;
    this.last = char;
  }
}

/**
 * keptAsIs by UTF-16 code unit, worked out on first sight (from normalizeChar, so the two cannot
 * disagree). Made when the first page is read: the content script is loaded into many pages that are
 * never read.
 */
let KEPT_AS_IS: Uint8Array | null = null;
const UNKNOWN = 0;
const KEPT = 1;
const CHANGED = 2;

/**
 * A character the slow path of BlockBuilder.append would push unchanged when nothing is pending: not
 * dropped, not whitespace, not the ASCII comma (which waits for the next character), and its own
 * normal form.
 */
function keptAsIs(code: number): boolean {
  const known = (KEPT_AS_IS ??= new Uint8Array(0x10000));
  let kept = known[code]!;
  if (kept === UNKNOWN) {
    const char = String.fromCharCode(code);
    kept = !isDropped(code) && !isWhitespace(code) && char !== ',' && normalizeChar(char) === char ? KEPT : CHANGED;
    known[code] = kept;
  }
  return kept === KEPT;
}

function isDigit(char: string): boolean {
  return isAsciiDigit(char.charCodeAt(0));
}
