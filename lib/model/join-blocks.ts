/**
 * Word documents converted to HTML or text break paragraphs at page ends ("集中办" / "公区专项维修经费",
 * "212.11 万" / "元，完成…"). Rejoin a block with the next when it clearly stops mid-phrase.
 */
import type { TextBlock } from './document';

/**
 * The longest paragraph the model keeps in one block. The engine reads a block in one step, so a page
 * whose text is one enormous paragraph (or a node of bait) is cut after a sentence end near this length,
 * and broken lines are never joined past it. Real paragraphs are far shorter: the longest in the seeds
 * and fixtures is 748 characters.
 */
export const LONG_BLOCK_CHARS = 2_000;

const TERMINAL = /[。；：！？…）)】」』”"、，]$/;
const HEADING_START = /^(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+、|（[一二三四五六七八九十0-9]+）|[0-9]+[.、]|-\s|附件|附表)/;
const CJK_START = /^[\u4e00-\u9fff]/;

export function looksLikeHeading(text: string): boolean {
  return HEADING_START.test(text) && text.length <= 40 && !text.includes('。');
}

function endsMidPhrase(text: string): boolean {
  if (text.length === 0 || TERMINAL.test(text)) return false;
  // A short line with no sentence in it is a title or a heading, not a broken paragraph.
  if (looksLikeHeading(text) || (text.length < 30 && !/[，。；]/.test(text))) return false;
  return /[\u4e00-\u9fff0-9A-Za-z%]$/.test(text);
}

function continuesPhrase(text: string): boolean {
  return CJK_START.test(text) && !HEADING_START.test(text);
}

export function joinBrokenBlocks(blocks: TextBlock[]): TextBlock[] {
  const out: TextBlock[] = [];
  for (const block of blocks) {
    if (block.text.length === 0) continue;
    const previous = out[out.length - 1];
    if (previous && previous.text.length + block.text.length <= LONG_BLOCK_CHARS && endsMidPhrase(previous.text) && continuesPhrase(block.text)) {
      const shift = previous.text.length;
      previous.text += block.text;
      for (const run of block.runs) previous.runs.push({ ...run, start: run.start + shift });
      continue;
    }
    out.push({ ...block, index: out.length, runs: [...block.runs] });
  }
  return out;
}
