/**
 * Character-level normalization with a source map. Full-width digits and punctuation become their
 * half-width (or canonical CJK) forms, whitespace inside phrases and numbers disappears, and each kept
 * character remembers the source node and offset it came from.
 */
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

const WHITESPACE = /[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]/;
const DROP = /[\u200b\u200c\u200d\ufeff\u00ad]/;

function isAsciiWord(char: string | undefined): boolean {
  return char !== undefined && /[0-9A-Za-z]/.test(char);
}

export function normalizeChar(char: string): string {
  const code = char.charCodeAt(0);
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
  private chars: string[] = [];
  private runs: SourceRun[] = [];
  private pendingSpace = false;
  private pendingComma: { node: number; offset: number } | null = null;

  get length(): number {
    return this.chars.length;
  }

  append(raw: string, node: number, nodeOffset = 0): void {
    for (let i = 0; i < raw.length; i++) {
      const char = raw[i]!;
      if (DROP.test(char)) continue;
      if (WHITESPACE.test(char)) {
        if (this.chars.length > 0) this.pendingSpace = true;
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
        if (this.chars.length > 0 && /[0-9]/.test(this.chars[this.chars.length - 1]!) && !this.pendingSpace) {
          this.pendingComma = { node, offset: nodeOffset + i };
          continue;
        }
        this.push('，', node, nodeOffset + i);
        continue;
      }
      if (this.pendingComma) {
        const comma = this.pendingComma;
        this.pendingComma = null;
        this.push(/[0-9]/.test(normalized) && !this.pendingSpace ? ',' : '，', comma.node, comma.offset);
      }
      if (this.pendingSpace) {
        this.pendingSpace = false;
        if (isAsciiWord(this.chars[this.chars.length - 1]) && isAsciiWord(normalized)) {
          this.pushSynthetic(' ');
        }
      }
      this.push(normalized, node, nodeOffset + i);
    }
  }

  /** A hard boundary inside a block (a <br> between two numbers must not glue them). */
  softBreak(): void {
    if (this.chars.length > 0) this.pendingSpace = true;
  }

  build(index: number): TextBlock {
    this.flushComma();
    return { kind: 'text', index, text: this.chars.join(''), runs: this.runs };
  }

  private flushComma(): void {
    if (!this.pendingComma) return;
    const comma = this.pendingComma;
    this.pendingComma = null;
    this.push('，', comma.node, comma.offset);
  }

  private push(char: string, node: number, offset: number): void {
    const start = this.chars.length;
    this.chars.push(char);
    const last = this.runs[this.runs.length - 1];
    if (last && last.node === node && last.start + last.length === start && last.nodeOffset + last.length === offset) {
      last.length++;
    } else {
      this.runs.push({ start, length: 1, node, nodeOffset: offset });
    }
  }

  /** A character with no source (a separating space): it breaks the current run. */
  private pushSynthetic(char: string): void {
    this.chars.push(char);
  }
}
