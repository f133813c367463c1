/**
 * Word documents converted to HTML or text break paragraphs at page ends ("集中办" / "公区专项维修经费",
 * "212.11 万" / "元，完成…"). Rejoin a block with the next when it clearly stops mid-phrase.
 */
import { charSet, isPlainCode } from '../chars';
import type { TextBlock } from './document';

/**
 * The longest paragraph the model keeps in one block. The engine reads a block in one step, so a page
 * whose text is one enormous paragraph (or a node of bait) is cut after a sentence end near this length,
 * and broken lines are never joined past it. Real paragraphs are far shorter: the longest in the seeds
 * and fixtures is 748 characters.
 */
export const LONG_BLOCK_CHARS = 2_000;

/**
 * Characters a finished phrase ends with. Only the last character is looked at (an expression ending
 * in $ would try every position of the block).
 */
const TERMINAL = charSet('。；：！？…）)】」』”"、，');
const HEADING_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十0-9]+）|[0-9]+[.、]|-\s|附件|附表)/;
const CJK_START = /^[\u4e00-\u9fff]/;

export function looksLikeHeading(text: string): boolean {
  return HEADING_START.test(text) && text.length <= 40 && !text.includes('。');
}

function endsMidPhrase(text: string): boolean {
  if (text.length === 0) return false;
  const last = text.charCodeAt(text.length - 1);
  if (TERMINAL.has(last)) return false;
  // A short line with no sentence in it is a title or a heading, not a broken paragraph.
  if (looksLikeHeading(text) || (text.length < 30 && !/[，。；]/.test(text))) return false;
  // Ends in a CJK ideograph, a digit, a Latin letter or %.
  return isPlainCode(last) || last === 0x25;
}

/** An amount with its unit ("7851.46万元，支出决算为…"): a slot's value carried over a line or page break. */
const AMOUNT_START = /^\d[\d,]*(\.\d+)?\s*(万元|亿元|元|%)/;

function continuesPhrase(text: string): boolean {
  return CJK_START.test(text) && !HEADING_START.test(text);
}

/** A phrase that waits for its amount: "年初预算为" at a page's end. */
const AWAITS_AMOUNT = /[为计达占是]$/;

/**
 * The blocks renumbered, each joined with the ones that continue it. The input blocks are never changed:
 * a block is copied when something is joined onto it (or its index changes), and kept as it is otherwise
 * (most blocks; copying every block and its runs was a tenth of the model's time).
 */
export function joinBrokenBlocks(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  /** The blocks in `out` that are copies, free to extend. */
  const copies = new Set<TextBlock>();
  for (const block of blocks) {
    if (block.text.length === 0) continue;
    const last = out.length - 1;
    const previous = out[last];
    const joins = previous !== undefined && endsMidPhrase(previous.text) && (continuesPhrase(block.text) || (AMOUNT_START.test(block.text) && AWAITS_AMOUNT.test(previous.text)));
    if (previous && previous.text.length + block.text.length <= LONG_BLOCK_CHARS && joins) {
      let joined = previous;
      if (!copies.has(joined)) {
        joined = { ...previous, runs: [...previous.runs] };
        copies.add(joined);
        out[last] = joined;
      }
      const shift = joined.text.length;
      joined.text += block.text;
      for (const run of block.runs) joined.runs.push({ ...run, start: run.start + shift });
      continue;
    }
    if (block.index === out.length) {
      out.push(block);
    } else {
      const copy = { ...block, index: out.length, runs: [...block.runs] };
      copies.add(copy);
      out.push(copy);
    }
  }
  return out;
}
