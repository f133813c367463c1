/**
 * PDFs that cannot be read: each gives a clear message (an InputError, which the CLI reports in
 * `errors` with exit 2), never a crash or a hang. The bounds on pages and time hold whatever pdf.js does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditOutputSchema } from '../../lib';
import { PdfReadError, readPdfPages, type PdfJsLike } from '../../lib/pdf';
import { InputError, loadDocument } from '../../scripts/cli/load';
import { audit } from '../helpers/cli';
import { FIXTURES } from './helpers';

let dir: string;
const real = () => readFileSync(join(FIXTURES, 'zhengxie-2018-budget.pdf'));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'suanpan-pdf-'));
  const bytes = real();
  writeFileSync(join(dir, 'truncated.pdf'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  writeFileSync(join(dir, 'header-only.pdf'), bytes.subarray(0, 400));
  // Deterministic noise: with and without the %PDF- marker.
  let seed = 7;
  const noise = Buffer.from(Array.from({ length: 6000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff));
  writeFileSync(join(dir, 'random.pdf'), noise);
  writeFileSync(join(dir, 'junk-after-header.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));
  writeFileSync(join(dir, 'empty.pdf'), '');
});

describe('unreadable PDFs', () => {
  const cases: Array<{ name: string; file: () => string; message: RegExp }> = [
    { name: 'an encrypted PDF (qpdf, a user password)', file: () => join(FIXTURES, 'encrypted.pdf'), message: /PDF 已加密，需要密码/ },
    { name: 'a scan: an image and no text', file: () => join(FIXTURES, 'scanned.pdf'), message: /这是扫描件/ },
    { name: 'a truncated file (60 % of a real one)', file: () => join(dir, 'truncated.pdf'), message: /PDF 文件已损坏或不完整/ },
    { name: 'only the first 400 bytes', file: () => join(dir, 'header-only.pdf'), message: /PDF 文件已损坏或不完整/ },
    { name: 'random bytes named .pdf', file: () => join(dir, 'random.pdf'), message: /不是 PDF 文件/ },
    { name: 'random bytes after a %PDF- header', file: () => join(dir, 'junk-after-header.pdf'), message: /PDF 文件已损坏或不完整/ },
    { name: 'an empty file named .pdf', file: () => join(dir, 'empty.pdf'), message: /不是 PDF 文件/ },
  ];
  for (const { name, file, message } of cases) {
    it(name, async () => {
      const error = await loadDocument(file()).then(() => null, (e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(message);
    });
  }
});

describe('bounds', () => {
  /** A pdf.js double: a document of `pages` one-line pages, or one that never opens. */
  function fakePdfJs(pages: number, hang = false): PdfJsLike & { asked: number } {
    const fake = {
      asked: 0,
      OPS: { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20, fill: 22, endPath: 28 },
      getDocument: () => ({
        promise: hang ? new Promise<never>(() => {}) : Promise.resolve({
          numPages: pages,
          getPage: async (n: number) => {
            fake.asked = Math.max(fake.asked, n);
            return {
              getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
              getTextContent: async () => ({ items: [{ str: `第${n}页的正文，预算收入合计100.00万元。`, transform: [12, 0, 0, 12, 72, 700], width: 200, height: 12 }] }),
              getOperatorList: async () => ({ fnArray: [], argsArray: [] }),
            };
          },
        }),
        destroy: async () => {},
      }),
    };
    return fake;
  }

  it('reads at most maxPages pages and says the document is truncated', async () => {
    const pdfjs = fakePdfJs(1000);
    const read = await readPdfPages(new Uint8Array([1]), pdfjs, { maxPages: 300 });
    expect(read.pages).toHaveLength(300);
    expect(pdfjs.asked).toBe(300);
    expect(read).toMatchObject({ numPages: 1000, truncated: true });
  });

  it('reads a page turned by /Rotate 90 upright, and leaves out text turned on the page', async () => {
    const W = 595;
    const H = 842;
    const rotated = {
      OPS: { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20 },
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 1,
          getPage: async () => ({
            // pdf.js's viewport of a page with /Rotate 90: x' = y, y' = x (y-down), 842 × 595 shown.
            getViewport: () => ({ width: H, height: W, transform: [0, 1, 1, 0, 0, 0] }),
            getTextContent: async () => ({
              items: [
                { str: '江苏省政协办公厅2018年度部门预算', transform: [0, 12, -12, 0, 100, 72], width: 216, height: 12 },
                { str: '水印', transform: [12, 0, 0, 12, 300, 300], width: 24, height: 12 },
              ],
            }),
            getOperatorList: async () => ({ fnArray: [91], argsArray: [[20, [new Float32Array([0, 50, 40, 1, 50, 500])], null]] }),
          }),
        }),
        destroy: async () => {},
      }),
    } as unknown as PdfJsLike;
    const { pages } = await readPdfPages(new Uint8Array([1]), rotated);
    const [upright, turned] = pages[0]!.items;
    expect(upright).toMatchObject({ upright: true, x: 72, y: W - 100 });
    expect(turned!.upright).toBe(false);
    // A segment along the page's y is horizontal as shown.
    expect(pages[0]!.rules).toEqual([{ x0: 40, y0: W - 50, x1: 500, y1: W - 50 }]);
  });

  it('reads slanted (synthetic italic) text on a horizontal baseline as upright, its print as high as the rest', async () => {
    const slanted = (items: unknown[]) =>
      ({
        OPS: { save: 10, restore: 11, transform: 12, constructPath: 91, stroke: 20 },
        getDocument: () => ({
          promise: Promise.resolve({
            numPages: 1,
            getPage: async () => ({
              getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
              getTextContent: async () => ({ items }),
              getOperatorList: async () => ({ fnArray: [], argsArray: [] }),
            }),
          }),
          destroy: async () => {},
        }),
      }) as unknown as PdfJsLike;
    // As pdf.js gives 江苏省人民检察院 2018 预算 p. 26: "降幅 81" upright, its "." slanted by a third of the size
    // (with the sheared side as its height), "6" upright again; a stamp turned 45° stays out.
    const { pages } = await readPdfPages(new Uint8Array([1]), slanted([
      { str: '与上年相比减少1,649.26万元，降幅', transform: [15.96, 0, 0, 15.96, 100, 115.22], width: 269.55, height: 15.96 },
      { str: '81', transform: [15.96, 0, 0, 15.96, 417.67, 115.22], width: 15.9, height: 15.96 },
      { str: '.', transform: [15.96, 0, 5.32, 15.96, 433.63, 115.22], width: 7.98, height: 16.82 },
      { str: '6', transform: [15.96, 0, 0, 15.96, 441.55, 115.22], width: 7.98, height: 15.96 },
      { str: '印章', transform: [11.3, 11.3, -11.3, 11.3, 300, 300], width: 24, height: 16 },
    ]));
    expect(pages[0]!.items.slice(1).map((item) => [item.str, item.upright, item.height])).toEqual([
      ['81', true, 15.96],
      ['.', true, 15.96],
      ['6', true, 15.96],
      ['印章', false, 16],
    ]);
  });

  it('says a PDF whose fonts have no Unicode map has no text that can be read', async () => {
    const garbled = {
      OPS: {},
      getDocument: () => ({
        promise: Promise.resolve({
          numPages: 1,
          getPage: async () => ({
            getViewport: () => ({ width: 595, height: 842, transform: [1, 0, 0, -1, 0, 842] }),
            getTextContent: async () => ({ items: [{ str: '\ue000\ue001\ue002'.repeat(20), transform: [12, 0, 0, 12, 72, 700], width: 0, height: 12 }] }),
            getOperatorList: async () => ({ fnArray: [], argsArray: [] }),
          }),
        }),
        destroy: async () => {},
      }),
    } as unknown as PdfJsLike;
    const error = await readPdfPages(new Uint8Array([1]), garbled).then(() => null, (e: unknown) => e);
    expect((error as PdfReadError).problem).toBe('empty');
  });

  it('gives up on a document that never opens, within the time limit', async () => {
    const started = Date.now();
    const error = await readPdfPages(new Uint8Array([1]), fakePdfJs(1, true), { timeLimitMs: 300 }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(PdfReadError);
    expect((error as PdfReadError).problem).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the command line', () => {
  it('reads .pdf as it reads .html: the JSON contract, source = the file, and exit 2 with the unreadable ones in errors', async () => {
    writeFileSync(join(dir, 'zhengxie-2018-budget.pdf'), real());
    const { code, stdout } = await audit(['--json', dir]);
    expect(code).toBe(2);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(output.documents.map((document) => document.source)).toEqual([join(dir, 'zhengxie-2018-budget.pdf')]);
    expect(output.documents[0]).toMatchObject({ detected: true, kind: '预算', year: 2018, unit: '江苏省政协办公厅' });
    expect(output.errors.map((error) => error.source).sort()).toEqual(['empty.pdf', 'header-only.pdf', 'junk-after-header.pdf', 'random.pdf', 'truncated.pdf'].map((name) => join(dir, name)));
  });
});
