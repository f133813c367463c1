/** Normalization keeps a map back to the source: every kept character knows its node and offset. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourceSpans } from '../../lib';
import { BlockBuilder, normalizeChar } from '../../lib/model/normalize';

describe('normalizeChar', () => {
  it.each([
    ['１', '1'],
    ['９', '9'],
    ['％', '%'],
    ['．', '.'],
    [':', '：'],
    ['(', '（'],
    ['—', '-'],
    ['万', '万'],
  ])('%s → %s', (input, output) => expect(normalizeChar(input)).toBe(output));
});

function build(pieces: string[]): { text: string; spans: (start: number, end: number) => ReturnType<typeof sourceSpans> } {
  const builder = new BlockBuilder();
  pieces.forEach((piece, node) => builder.append(piece, node));
  const block = builder.build(0);
  return { text: block.text, spans: (start, end) => sourceSpans(block.runs, start, end) };
}

describe('BlockBuilder', () => {
  it.each<[string, string[], string]>([
    ['drops spaces between a number and its unit', ['412 万元'], '412万元'],
    ['drops line breaks inside words', ['增\n加'], '增加'],
    ['keeps one space between two numbers', ['12.5 30'], '12.5 30'],
    ['full-width digits and percent', ['占６７．９％'], '占67.9%'],
    ['thousands separators stay inside numbers', ['20,323.21万元'], '20,323.21万元'],
    ['a comma after a number and before words is a clause comma', ['564.55万元, 其中'], '564.55万元，其中'],
    ['full-width comma is always a clause comma', ['8，7'], '8，7'],
    ['a number split over two nodes', ['56', '4.55万元'], '564.55万元'],
    ['non-breaking and ideographic spaces', ['基本\u00a0支出\u3000383.08'], '基本支出383.08'],
    ['zero-width characters vanish', ['38\u200b3.08'], '383.08'],
  ])('%s', (_name, pieces, expected) => expect(build(pieces).text).toBe(expected));

  it('maps a number split over two nodes back to both', () => {
    const { text, spans } = build(['支出', '56', '4.55万元']);
    const start = text.indexOf('564.55');
    expect(spans(start, start + 6)).toEqual([
      { node: 1, start: 0, end: 2 },
      { node: 2, start: 0, end: 4 },
    ]);
  });

  it('maps around removed whitespace to the right offsets', () => {
    const { text, spans } = build(['412 万元']);
    expect(text).toBe('412万元');
    expect(spans(3, 5)).toEqual([{ node: 0, start: 4, end: 6 }]);
  });
});

describe('BlockBuilder: the fast path for plain runs agrees with character-by-character reading', () => {
  const pieceChar = fc.constantFrom(...'0123456789０１２.,，。％%万元亿abcXYZ 　\n\u200b基本支出合计（）()-—'.split(''));
  const text = fc.array(pieceChar, { maxLength: 120 }).map((chars) => chars.join(''));

  it('gives the same text whether a node is appended whole or one character at a time', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const whole = new BlockBuilder();
        whole.append(raw, 0);
        const byChar = new BlockBuilder();
        for (let i = 0; i < raw.length; i++) byChar.append(raw[i]!, 0, i);
        const a = whole.build(0);
        const b = byChar.build(0);
        expect(a.text).toBe(b.text);
        expect(a.runs).toEqual(b.runs);
      }),
    );
  });

  it('maps every kept character back to the source character it normalizes', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const builder = new BlockBuilder();
        builder.append(raw, 0);
        const block = builder.build(0);
        for (const run of block.runs) {
          for (let k = 0; k < run.length; k++) {
            const kept = block.text[run.start + k]!;
            const source = raw[run.nodeOffset + k]!;
            // A comma is decided by its neighbours (thousands separator or 「，」); all else by normalizeChar.
            if (kept === ',' || kept === '，') expect([',', '，']).toContain(normalizeChar(source));
            else expect(kept).toBe(normalizeChar(source));
          }
        }
      }),
    );
  });
});
