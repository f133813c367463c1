/**
 * Every word the extension shows, and every word of the exports, comes from locales/*.json (zh_CN and
 * en): the UI code itself holds no Chinese. Read from the sources: comments are dropped (parsed with
 * Babel, so "//" inside a string is not a comment), and any CJK character left — in a string, a
 * template, JSX text, even an identifier — fails the test with its file and line, unless it is on the
 * short list below of things that are data, not words for the reader.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SCANNED = ['components', 'entrypoints', 'lib/export'];
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Lines that may hold Chinese, by file and a pattern the line must match; each is data compared with
 * what the engine or the page produces, never shown as a label.
 */
const ALLOWED: ReadonlyArray<{ file: string; line: RegExp; why: string }> = [
  {
    file: 'lib/export/words.ts',
    line: /return kind === '预算' \? 'budget' : 'final';/,
    why: "report.kind is the contract's data value (z.enum(['预算', '决算']) in lib/report.ts); it picks the message, the label comes from the locale",
  },
  {
    file: 'lib/export/words.ts',
    line: /^const MONEY_UNIT_KEYS: .*= \{ 元: 'unit_yuan', 万元: 'unit_wan', 亿元: 'unit_yi' \};$/,
    why: 'the units as printed on the page (lib/i18n/explain.ts MONEY_UNITS), mapped to their message names',
  },
  {
    file: 'components/History.tsx',
    line: /keys\.includes\('支出合计'\) \? '支出合计'/,
    why: 'a report.totals data key (TOTAL_KEYS): the total the chart shows first; its label comes from totalLabel()',
  },
];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else if (/\.(ts|tsx|html)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The source with its comments blanked out (line breaks kept, so line numbers stay). */
export function withoutComments(source: string, file: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  if (file.endsWith('.html')) return source.replace(/<!--[\s\S]*?-->/g, blank);
  const ast = parse(source, { sourceType: 'module', plugins: file.endsWith('.tsx') ? ['typescript', 'jsx'] : ['typescript'], errorRecovery: false });
  let out = '';
  let at = 0;
  for (const comment of ast.comments ?? []) {
    out += source.slice(at, comment.start!) + blank(source.slice(comment.start!, comment.end!));
    at = comment.end!;
  }
  return out + source.slice(at);
}

/** "file:line: text" for every line with CJK outside comments that the allowlist does not cover. */
export function inlineChinese(file: string, source: string): string[] {
  const lines = withoutComments(source, file).split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (!CJK.test(line)) return;
    if (ALLOWED.some((entry) => entry.file === file && entry.line.test(line.trim()))) return;
    found.push(`${file}:${i + 1}: ${line.trim()}`);
  });
  return found;
}

describe('no Chinese in the UI code', () => {
  const files = SCANNED.flatMap((dir) => filesUnder(join(ROOT, dir))).map((path) => relative(ROOT, path).split('\\').join('/'));

  it('scans the extension and the exports', () => {
    expect(files).toEqual(expect.arrayContaining(['components/Panel.tsx', 'entrypoints/content/controller.ts', 'entrypoints/sidepanel/index.html', 'lib/export/markdown.ts']));
  });

  it('every word comes from locales/*.json', () => {
    expect(files.flatMap((file) => inlineChinese(file, readFileSync(join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('every allowlist entry is still needed', () => {
    for (const entry of ALLOWED) {
      const lines = withoutComments(readFileSync(join(ROOT, entry.file), 'utf8'), entry.file).split('\n');
      expect(lines.some((line) => CJK.test(line) && entry.line.test(line.trim())), `${entry.file}: ${entry.line}`).toBe(true);
    }
  });

  it.each([
    ['a.tsx', "const a = <p>核算</p>;", ['a.tsx:1: const a = <p>核算</p>;']],
    ['a.ts', "const a = `第 ${n} 处`;", ['a.ts:1: const a = `第 ${n} 处`;']],
    ['a.ts', "const url = 'http://x'; // 注释\n/* 说明 */ const b = '表格';", ['a.ts:2: const b = \'表格\';']],
    ['a.tsx', "// 只有注释\nconst a = <p title=\"x\">{t('ui.x')}</p>;", []],
    ['a.html', '<!-- 说明 -->\n<title>标题</title>', ['a.html:2: <title>标题</title>']],
  ])('finds Chinese outside comments (%s %#)', (file, source, found) => {
    expect(inlineChinese(file, source)).toEqual(found);
  });
});
