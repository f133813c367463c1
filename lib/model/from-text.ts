/** Plain text (a saved .txt of a disclosure) into the document model: each line is a source node. */
import type { DisclosureDocument, TextBlock } from './document';
import { joinBrokenBlocks } from './join-blocks';
import { BlockBuilder } from './normalize';

/** Residue of Word conversion that is not part of the document's text. */
const CONVERSION_RESIDUE = /\[bookmark: [^\]]*\]/g;
export const MAX_INPUT_CHARS = 12_000_000;

export interface TextSource {
  document: DisclosureDocument;
  /** The source nodes: here, the lines of the file. */
  lines: string[];
}

export function documentFromText(text: string, source: string): TextSource {
  const truncated = text.length > MAX_INPUT_CHARS;
  const lines = (truncated ? text.slice(0, MAX_INPUT_CHARS) : text).split(/\r\n|\r|\n/);
  const blocks: TextBlock[] = [];
  lines.forEach((line, lineIndex) => {
    const builder = new BlockBuilder();
    let cursor = 0;
    for (const match of line.matchAll(CONVERSION_RESIDUE)) {
      builder.append(line.slice(cursor, match.index), lineIndex, cursor);
      cursor = match.index + match[0].length;
    }
    builder.append(line.slice(cursor), lineIndex, cursor);
    if (builder.length > 0) blocks.push(builder.build(blocks.length));
  });
  const joined = joinBrokenBlocks(blocks);
  // A text file has no <title>: its first short lines are the unit's name and the document's name.
  const titleLines: string[] = [];
  for (const block of joined.slice(0, 3)) {
    if (block.text.length > 40) break;
    titleLines.push(block.text);
    if (/预算|决算/.test(block.text)) break;
  }
  const title = titleLines.join('');
  return { document: { source, title, blocks: joined, tables: [], truncated }, lines };
}
