/**
 * Property-based: the number parser, the extractor and the whole engine never throw, whatever text they
 * are given; the parser's and the extractor's results are well-formed; and their time is bounded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument, documentFromText } from '../../lib';
import { D } from '../../lib/decimal';
import { extractFigures } from '../../lib/figures/extract';
import type { Figure } from '../../lib/figures/figure';
import { parseNumber } from '../../lib/figures/number';
import type { TextBlock } from '../../lib/model/document';

/** Text made of the characters disclosures are made of, so the generator reaches the interesting paths. */
const disclosureChar = fc.constantFrom(...'0123456789.,，。；：、％%万元亿人辆分其中占增加减少增长下降比上年较年初预算数合计（）() \n基本支出项目收入三公经费主要原因是两项品迭后节约人均完成的'.split(''));
const disclosureText = fc.array(disclosureChar, { maxLength: 400 }).map((chars) => chars.join(''));

describe('never throws', () => {
  it('parseNumber on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const parsed = parseNumber(s);
      if (parsed) expect(parsed.value.isFinite()).toBe(true);
    }));
  });

  it('the engine on text made of disclosure characters', () => {
    fc.assert(
      fc.property(disclosureText, (text) => {
        const report = auditDocument(documentFromText(text, 'p.txt').document, { force: true });
        for (const finding of report.findings) expect(['error', 'warning', 'info']).toContain(finding.severity);
      }),
      { numRuns: 300 },
    );
  });

  it('the engine on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      auditDocument(documentFromText(text, 'u.txt').document, { force: true });
    }), { numRuns: 200 });
  });
});

// ---- the number parser and the extractor on any input ----------------------------------------------

/** Characters numbers are made of, and what sits next to them: ASCII and full-width digits, separators, units, CJK. */
const numberishChar = fc.constantFrom(
  ...'0123456789０１２３４５６７８９.,．，。、%％‰﹪万元亿人名分辆个项-－/〔〕[]（）() 第#其中合计增长'.split(''),
);
/** Pieces that tempt a backtracking regular expression, repeated: "1,1,1,…", "1.1.1.…", "（（（…", "万元万元…". */
const baitToken = fc.constantFrom('1,', '1.', '1%', '1', '111,', ',111', '.1', '（', '(', '万元', '万', '元', '1万元', '0.', '1234567', '1234567 ', '、', ' ', '-', '%', '，', '〔', '第', '下降-', '增长率为−');
/** Any string: unicode junk (lone surrogates included), CJK prose with numbers, long digit runs, bait. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(numberishChar, { maxLength: 400 }).map((chars) => chars.join('')),
  fc.tuple(fc.constantFrom('1', '9', '０', ','), fc.integer({ min: 1, max: 20_000 }), fc.string({ maxLength: 5 })).map(([digit, times, tail]) => digit.repeat(times) + tail),
  fc.array(baitToken, { maxLength: 2000 }).map((tokens) => tokens.join('')),
);

function block(text: string): TextBlock {
  return { kind: 'text', index: 7, text, runs: [] };
}

/** A figure as the rest of the engine relies on it being. */
function expectWellFormed(figure: Figure, text: string): void {
  expect(Number.isInteger(figure.start) && Number.isInteger(figure.end)).toBe(true);
  expect(0 <= figure.start && figure.start < figure.end && figure.end <= text.length).toBe(true);
  // The printed text is the block's text there (one space between number and unit dropped).
  expect(figure.text).toBe(text.slice(figure.start, figure.end).replace(' ', '').replace('−', '-'));
  // The number is a plain decimal (signed only after a direction word), its value and printed precision agree with it.
  expect(figure.number).toMatch(/^-?\d+(\.\d+)?$/);
  expect(figure.value.isFinite()).toBe(true);
  expect(figure.value.eq(new D(figure.number))).toBe(true);
  expect(figure.scale).toBe(figure.number.split('.')[1]?.length ?? 0);
  expect(figure.text.replace(/,/g, '').startsWith(figure.number)).toBe(true);
  if (figure.kind === 'percent') {
    expect(figure.unit).toBe('%');
    expect(figure.text).toMatch(/[%‰]$/);
  } else if (figure.kind === 'money') {
    expect(['元', '万元', '亿元']).toContain(figure.unit);
    expect(figure.text.endsWith(figure.unit!)).toBe(true);
  } else if (figure.kind === 'bare') {
    // A bare number is kept only with decimals, and has no unit.
    expect(figure.unit).toBeNull();
    expect(figure.scale).toBeGreaterThan(0);
  } else {
    expect(figure.unit).not.toBeNull();
  }
}

describe('the number parser', () => {
  it('never throws; what it accepts is a plain decimal with the printed precision', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const parsed = parseNumber(s);
        if (!parsed) return;
        expect(parsed.plain).toMatch(/^\d+(\.\d+)?$/);
        expect(parsed.value.isFinite()).toBe(true);
        expect(parsed.value.eq(new D(parsed.plain))).toBe(true);
        expect(parsed.scale).toBe(parsed.plain.split('.')[1]?.length ?? 0);
        // Nothing but the thousands separators was dropped.
        expect(s.trim().replace(/,/g, '')).toBe(parsed.plain);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back any amount printed with or without thousands separators', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 6 }), fc.boolean(), (units, scale, grouped) => {
        const digits = units.toString().padStart(scale + 1, '0');
        const integer = digits.slice(0, digits.length - scale);
        const fraction = digits.slice(digits.length - scale);
        const shown = grouped ? integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : integer;
        const parsed = parseNumber(scale ? `${shown}.${fraction}` : shown);
        expect(parsed).not.toBeNull();
        expect(parsed!.scale).toBe(scale);
        expect(parsed!.value.eq(new D(units.toString()).div(new D(10).pow(scale)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the extractor', () => {
  it('never throws, and every figure is well-formed, in order and apart', () => {
    fc.assert(
      fc.property(anyText, fc.nat(1000), (text, firstId) => {
        const figures = extractFigures(block(text), firstId);
        figures.forEach((figure, i) => {
          expect(figure.id).toBe(firstId + i);
          expect(figure.block).toBe(7);
          expectWellFormed(figure, text);
          if (i > 0) expect(figure.start).toBeGreaterThanOrEqual(figures[i - 1]!.end);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('on the normalised blocks of any text (full-width digits and punctuation made half-width)', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let id = 0;
        for (const b of documentFromText(text, 'p.txt').document.blocks) {
          const figures = extractFigures(b, id);
          id += figures.length;
          for (const figure of figures) expectWellFormed(figure, b.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('full-width digits are read like ASCII ones once normalised', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 99 }), (integer, cents) => {
        const ascii = `支出${integer}.${String(cents).padStart(2, '0')}万元。`;
        const wide = ascii.replace(/[0-9.]/g, (c) => (c === '.' ? '．' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
        const read = (text: string) => documentFromText(text, 'w.txt').document.blocks.flatMap((b) => extractFigures(b)).map((f) => [f.number, f.unit, f.start, f.end]);
        expect(read(wide)).toEqual(read(ascii));
        expect(read(ascii)).toHaveLength(1);
      }),
    );
  });
});

/**
 * Bounded time on any input. This is a correctness property, not a speed measurement: a regular
 * expression that backtracks catastrophically (or a loop that is quadratic in the number of matches)
 * turns a 20 000-character line from about a millisecond of work into seconds or hours, and a page can
 * hold such a line (the extension reads pages it does not control). The limit is therefore set some
 * hundreds of times above the normal cost, so that only a change in complexity can break it, never a
 * slow or busy machine. fast-check cannot interrupt a synchronous predicate (its `timeout` only races
 * asynchronous ones), so each run times its own call and the property fails on the first run over.
 */
describe('bounded time on any input', () => {
  /** Normal cost of 20 000 characters: ~1–5 ms (extractor and parser together). */
  const LIMIT_MS = 1000;
  /** Runs of one bait token to exactly 20 000 characters, with an optional different character at the end (where a failing match backtracks from). */
  const bait20k = fc
    .tuple(fc.array(baitToken, { minLength: 1, maxLength: 3 }), fc.constantFrom('', 'x', '万元', '%', '.', ',', '1'))
    .map(([tokens, tail]) => {
      const unit = tokens.join('');
      return unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000 - tail.length) + tail;
    });
  const mixed20k = fc.array(baitToken, { minLength: 20_000, maxLength: 20_000 }).map((tokens) => tokens.join('').slice(0, 20_000));

  function elapsed(work: () => unknown): number {
    const start = performance.now();
    work();
    return performance.now() - start;
  }

  it('20 000 characters of repeated bait: parser and extractor each within the limit', () => {
    fc.assert(
      fc.property(fc.oneof(bait20k, mixed20k), (text) => {
        expect(elapsed(() => parseNumber(text))).toBeLessThan(LIMIT_MS);
        expect(elapsed(() => extractFigures(block(text)))).toBeLessThan(LIMIT_MS);
      }),
      { numRuns: 60 },
    );
  });

  it('many phone numbers among many amounts in one line stay linear', () => {
    // 700 000 characters, 50 000 phone-like numbers and 50 000 amounts: ~0.3 s linear; comparing each
    // number with every phone range (as extract.ts once did) took ~9 s.
    const text = '1234567 1.5万元 '.repeat(50_000);
    let figures: Figure[] = [];
    expect(elapsed(() => (figures = extractFigures(block(text))))).toBeLessThan(4000);
    expect(figures).toHaveLength(50_000);
    expect(figures.every((figure) => figure.text === '1.5万元')).toBe(true);
  });
});
