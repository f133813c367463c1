/**
 * Single-figure mutations of a document: a digit altered, two digits swapped, a percentage changed,
 * 万元 written as 元. Applied to the document model (the block's text), so no page is re-parsed.
 */
import type { DisclosureDocument } from '../../lib';
import type { Figure } from '../../lib/figures/figure';

export interface Mutant {
  kind: 'digit' | 'swap' | 'percent' | 'unit';
  figure: Figure;
  /** The figure's text after the change. */
  replacement: string;
  document: DisclosureDocument;
}

function replaceAt(document: DisclosureDocument, figure: Figure, replacement: string): DisclosureDocument {
  const blocks = document.blocks.map((block) =>
    block.index === figure.block ? { ...block, text: block.text.slice(0, figure.start) + replacement + block.text.slice(figure.end) } : block,
  );
  return { ...document, blocks };
}

/** The printed number and unit as they stand in the block (the figure text has inner spaces removed). */
function printed(document: DisclosureDocument, figure: Figure): { number: string; rest: string } {
  const raw = document.blocks[figure.block]!.text.slice(figure.start, figure.end);
  const match = /^([\d,.]+)(.*)$/.exec(raw)!;
  return { number: match[1]!, rest: match[2]! };
}

export function mutantsOf(document: DisclosureDocument, figure: Figure): Mutant[] {
  const { number, rest } = printed(document, figure);
  const out: Mutant[] = [];
  const add = (kind: Mutant['kind'], text: string) => {
    if (text !== number + rest) out.push({ kind, figure, replacement: text, document: replaceAt(document, figure, text) });
  };
  // The leading digit moved by one (a slip that changes the value by at least one unit of its place).
  const first = number.search(/\d/);
  const digit = Number(number[first]);
  const altered = number === '0' || /^0(\.0+)?$/.test(number) ? number.replace(/^0/, '5') : number.slice(0, first) + String(digit === 9 ? 1 : digit + 1) + number.slice(first + 1);
  add('digit', altered + rest);
  // Two adjacent different digits swapped.
  const digits = [...number];
  for (let i = 0; i + 1 < digits.length; i++) {
    const a = digits[i]!;
    const b = digits[i + 1]!;
    if (/\d/.test(a) && /\d/.test(b) && a !== b && !(i === 0 && b === '0')) {
      const swapped = [...digits];
      swapped[i] = b;
      swapped[i + 1] = a;
      add('swap', swapped.join('') + rest);
      break;
    }
  }
  if (figure.kind === 'percent') {
    const value = Number(number.replace(/,/g, ''));
    const decimals = number.includes('.') ? number.split('.')[1]!.length : 0;
    add('percent', (value + 5).toFixed(decimals) + rest);
  }
  // 0万元 and 0元 are the same amount: only a non-zero amount changes with its unit.
  if (figure.unit === '万元' && !figure.value.isZero()) add('unit', number + rest.replace('万元', '元'));
  return out;
}
