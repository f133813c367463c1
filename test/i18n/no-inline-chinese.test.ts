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
const SCANNED = ['components', 'entrypoints', 'lib/export', 'lib/history'];
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
  // lib/history: the engine's vocabulary and the report's data values. Its words for the reader (import
  // errors, reasons data was set aside, notice details) are codes rendered from locales/ by
  // lib/history/words.ts.
  ...['lib/history/migrate.ts', 'lib/history/record.ts'].map((file) => ({
    file,
    line: /^kind: z\.enum\(\['预算', '决算'\]\)\.nullable\(\),$/,
    why: "report.kind's data values (z.enum(['预算', '决算']) in lib/report.ts), stored as read",
  })),
  ...['lib/history/compare.ts', 'lib/history/key-figures.ts', 'lib/history/quantity.ts'].map((file) => ({
    file,
    line: /kind: '预算' \| '决算'( \| null)?[;)]/,
    why: "the type of report.kind's data values ('预算' | '决算')",
  })),
  {
    file: 'lib/history/compare.ts',
    line: /^kind: document\.kind === null \? '' : clause\(document\.kind === '预算' \? 'history_kindBudget' : 'history_kindFinal'\),$|^if \(kind === '决算'\) \{$|^const (budget|final) = latest\(others, year, '(预算|决算)'\);$/,
    why: "report.kind's data values: they pick a message or the document to compare with",
  },
  {
    file: 'lib/history/series.ts',
    line: /^const slot = record\.kind === '预算' \? 'budget' : 'final';$|^const kindOrder = \(r: HistoryRecord\) => \(r\.kind === '决算' \? 0 : 1\);$/,
    why: "report.kind's data values, to place a record (the label comes from kindLabel())",
  },
  {
    file: 'lib/history/series.ts',
    line: /^export const SERIES_KEYS = \['收入合计', '支出合计', '基本支出', '项目支出', '三公经费'\] as const satisfies readonly TotalKey\[\];$/,
    why: 'report.totals data keys (TOTAL_KEYS); their labels come from totalLabel()',
  },
  {
    file: 'lib/history/compare.ts',
    line: /^const WAN: Record<string, Dec> = \{ 元: new D\('0\.0001'\), 万元: new D\(1\), 亿元: new D\(10000\) \};$|^return units\.size === 1 \? \[\.\.\.units\]\[0\]! : '万元';$|^return Math\.max\(unit === '万元' \? 2 : 0, |^const intervals = figures\.map\(\(f\) => intervalOf\(f\.value, '万元'\)\);$/,
    why: 'the money units as printed on the page (lib/i18n/explain.ts MONEY_UNITS), to compute in; shown through unitArg()',
  },
  {
    file: 'lib/history/compare.ts',
    line: /^const SCOPE_MAY_DIFFER = new Set\(\['本年收入合计\|', '本年支出合计\|'\]\);$/,
    why: 'quantity keys as quantity.ts makes them (the fact layer concept ids, data matched against KeyFigure.key)',
  },
  {
    file: 'lib/history/compare.ts',
    line: /^return direction === 1 \? '增加' : direction === -1 \? '减少' : '持平';$|^if \(change\.delta\) return change\.direction === 0 \? `持平（|^if \(change\.rate\) return `\$\{change\.direction === -1 \? '下降' : '增长'\}|^return `\$\{rate\.isNegative\(\) \? '下降' : '增长'\}|^if \(diff\.isZero\(\)\) return '持平';$|^return `\$\{diff\.isNegative\(\) \? '减少' : '增加'\}|^reading\.point !== null \? `\$\{show\(reading\.point, decimals\)\}\$\{unit\}` : `\$\{show\(reading\.implied\.lo, decimals\)\}至/,
    why: "a finding's expected/actual: the change in the document's own wording (\"减少12.08万元\"), as every engine check writes them (lib/checks/judging/change-findings.ts); the reader's sentence is the finding's explain (explain_history_* messages)",
  },
  {
    file: 'lib/history/key-figures.ts',
    line: /^const COMPARED_YEAR = \/.*\/;$|^return \/调整\/\.test\(words\) \? 'adjusted' : \/全年\/\.test\(words\) \? 'full-year' : basis;$|^const subject = \/\^\(年初\)\?预算数\$\|.*\/\.test\(statement\.subject\)|^const match = \/\^\(\[\\d,\]\+\(\?:\\\.\\d\+\)\?\)\(元\|万元\|亿元\|%\)\?\$\/\.exec\(text\);$/,
    why: 'patterns matched against the document text (the wording of a change, a generic subject, a printed figure)',
  },
  {
    file: 'lib/history/record.ts',
    line: /^const PrintedText = z\.string\(\)\.regex\(\/.*\(元\|万元\|亿元\|%\)\?\$\/\)\.max\(40\);$/,
    why: 'the schema of a figure as printed ("335.60万元"): its units are the page\'s',
  },
  {
    file: 'lib/history/quantity.ts',
    line: /^const (NOISE|ITEM) = \/.*\/g?;$|^const colon = Math\.max\(context\.lastIndexOf\('：'\), context\.lastIndexOf\(':'\)\);$|^return colon > 0 \? context\.slice\(0, colon\)\.replace\(\/\^\.\*\[，。；\]\/, ''\) : '';$|^return name\.normalize\('NFKC'\)\.replace\(NOISE, ''\)|^const item = ITEM\.exec\(|^const total = \/\^\(本年\|当年\)\?\(收入\|支出\)\/|^return total === '收入'|^if \(kind === '(决算|预算)'\) return scenario|^const name = clean\(subject\)\.replace\(|^const budget = own && kind === '决算'|^if \(key === '(收入|支出)'\) return '/,
    why: 'reading the names of quantities as documents print them, and the keys older versions stored (data compared across documents, never shown)',
  },
  {
    file: 'lib/history/unit-key.ts',
    line: /^const (PROVINCE_PREFIX|SCOPE_SUFFIX) = \/.*\/;$|^\.replace\(\/\[.*\]\/g, '.*'\)\)?;?$/,
    why: 'normalising unit names as titles print them (the unit key is data, never shown)',
  },
  {
    file: 'entrypoints/shared/pdf-link.ts',
    line: /^const (TABLES_END|TEXT_END|NOISE) = \/.*\/g?i;$/,
    why: "the endings of a link's text that say 附表 or 情况说明, and the punctuation around names: matched against the page's link text (data), never shown",
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

  it('scans the extension, the exports and the history', () => {
    expect(files).toEqual(expect.arrayContaining(['components/Panel.tsx', 'entrypoints/content/controller.ts', 'entrypoints/sidepanel/index.html', 'lib/export/markdown.ts', 'lib/history/import-file.ts']));
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
