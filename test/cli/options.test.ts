/**
 * The command line's options and edges, each as a table: --force in every format, empty and
 * element-less files, plurals, the closing summary, colour, --fail-on and its exit codes, --help,
 * standard input, and every extension it reads named in its messages. Most cases run the command in
 * this process (auditInProcess); a few run it as a process, as a user would (spawnAudit), to hold the
 * exit status, standard input and the terminal end to end.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditOutputSchema } from '../../lib';
import { lookupFor } from '../../lib/i18n/dictionaries';
import { counted, wantsColour } from '../../scripts/cli/format-text';
import { READABLE_EXTENSIONS } from '../../scripts/cli/load';
import { audit as spawnAudit, auditInProcess as audit, ROOT } from '../helpers/cli';

/** Not detected as a disclosure, but with one sum that does not add up (found with --force). */
const BULLETIN = 'test/fixtures/negative/stats-bulletin-2024.html';
const WANZHOU = 'seeds/wanzhou-2024-yusuan.html'; // 1 error, 0 warnings
const QIJIANG = 'seeds/qijiang-2024-juesuan.html'; // 0 errors, 2 warnings
const ESC = '\u001b[';
const run = promisify(execFile);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'suanpan-cli-options-'));
  writeFileSync(join(dir, 'empty.html'), '');
  writeFileSync(join(dir, 'blank.html'), ' \n\t\n');
  writeFileSync(join(dir, 'bom.htm'), '\ufeff');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'words.html'), '只有一句话，没有标签。');
  writeFileSync(join(dir, 'comment.html'), '<!-- 只有注释 -->');
  const seed = join(ROOT, WANZHOU);
  copyFileSync(seed, join(dir, 'wanzhou.shtml'));
  copyFileSync(seed, join(dir, 'wanzhou.xhtml'));
  writeFileSync(join(dir, 'notes.pdfx'), 'x');
});

describe('--force: the findings in every output format', () => {
  it.each([
    ['text', [] as string[], '[错误] 分项与合计'],
    ['--md', ['--md'], '【错误·分项与合计】'],
    ['--csv', ['--csv'], '"错误","分项与合计"'],
    ['--json', ['--json'], '"check": "parts-total"'],
  ])('%s', async (_name, format, finding) => {
    const forced = await audit([...format, '--force', BULLETIN]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain(finding);
    expect(forced.stdout).not.toContain('未检查');
    const plain = await audit([...format, BULLETIN]);
    expect(plain.stdout).not.toContain(finding);
  });

  it('says the document was not recognised but checked (text, Markdown)', async () => {
    for (const format of [[], ['--md']]) expect((await audit([...format, '--force', BULLETIN])).stdout).toContain('未识别为预算或决算公开文件；因指定了 --force，仍照常检查。');
  });
});

describe('empty and element-less files', () => {
  it.each([
    ['empty .html', 'empty.html', 2, '文件为空'],
    ['whitespace-only .html', 'blank.html', 2, '文件为空'],
    ['a byte-order mark only', 'bom.htm', 2, '文件为空'],
    ['empty .txt', 'empty.txt', 2, '文件为空'],
    ['.html with words and no tags', 'words.html', 0, null],
    ['.html with only a comment', 'comment.html', 0, null],
  ])('%s', async (_name, file, code, message) => {
    const result = await audit([join(dir, file)]);
    expect(result.code).toBe(code);
    expect(result.stderr).not.toContain('内部错误');
    if (message) expect(result.stderr).toContain(`无法读取 ${join(dir, file)}：${message}`);
    else expect(result.stdout).toContain('未识别为预算或决算公开文件');
  });

  it('says it in English with --lang en', async () => {
    const result = await audit(['--lang', 'en', join(dir, 'empty.html')]);
    expect(result.stderr).toContain('the file is empty');
    expect(result.stderr).not.toContain('Internal error');
  });
});

describe('plurals', () => {
  const en = { lookup: lookupFor('en'), locale: 'en' as const };
  const zh = { lookup: lookupFor('zh_CN'), locale: 'zh_CN' as const };
  it.each([
    [en, 'errors', 0, '0 errors'],
    [en, 'errors', 1, '1 error'],
    [en, 'errors', 2, '2 errors'],
    [en, 'warnings', 1, '1 warning'],
    [en, 'infos', 1, '1 note'],
    [en, 'figures', 1, '1 figure'],
    [en, 'relations', 1_000, '1,000 relations'],
    [en, 'documents', 1, '1 file'],
    [en, 'failed', 1, '; 1 file could not be read'],
    [zh, 'errors', 1, '错误 1'],
    [zh, 'errors', 2, '错误 2'],
    [zh, 'documents', 1, '1 个文件'],
  ])('%#: %s %i', (words, noun, count, text) => {
    expect(counted(words, noun, count)).toBe(text);
  });

  it('the English summary of a document with one error says "1 error"', async () => {
    const { stdout } = await audit(['--lang', 'en', WANZHOU]);
    expect(stdout).toMatch(/ {3}1 error · 1 warning · 1 note \(/);
    expect(stdout).not.toMatch(/\b1 (errors|notes|files)\b/);
  });
});

describe('the closing summary line', () => {
  it.each([
    ['zh_CN', [] as string[], (d: number, e: number, w: number, i: number) => `合计：读取 ${d} 个文件，其中预决算公开文件 ${d} 份；错误 ${e} · 警告 ${w} · 提示 ${i}`],
    ['en', ['--lang', 'en'], (d: number, e: number, w: number, i: number) => `In all: ${d} files read, ${d} of them disclosures; ${e} errors · ${w} warnings · ${i} notes`],
  ])('%s: totals over all files, as in the JSON', async (_locale, lang, line) => {
    const json = AuditOutputSchema.parse(JSON.parse((await audit(['--json', 'seeds/'])).stdout));
    const total = (severity: string) => json.documents.reduce((n, d) => n + d.findings.filter((f) => f.severity === severity).length, 0);
    const { stdout } = await audit([...lang, 'seeds/']);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(line(json.documents.length, total('error'), total('warning'), total('info')));
  });

  it('counts the files that could not be read', async () => {
    const { code, stdout } = await audit([WANZHOU, 'missing.html']);
    expect(code).toBe(2);
    expect(stdout.trimEnd().split('\n').at(-1)).toMatch(/^合计：读取 1 个文件，.*；1 个文件无法读取$/);
  });

  it.each([['--json'], ['--md'], ['--csv']])('is not added to %s (the output stays one document)', async (format) => {
    const { stdout } = await audit([format, WANZHOU]);
    expect(stdout).not.toContain('合计：读取');
  });
});

describe('colour', () => {
  it.each([
    ['a terminal', true, {}, true],
    ['a pipe', false, {}, false],
    ['a terminal with NO_COLOR', true, { NO_COLOR: '1' }, false],
    ['a dumb terminal', true, { TERM: 'dumb' }, false],
    ['a pipe with FORCE_COLOR', false, { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=0', true, { FORCE_COLOR: '0' }, true],
    ['NO_COLOR wins over FORCE_COLOR', false, { NO_COLOR: '1', FORCE_COLOR: '1' }, false],
  ])('%s', (_name, tty, env, colour) => {
    expect(wantsColour(tty, env)).toBe(colour);
  });

  it.each([
    ['piped: none', [] as string[], {}, false],
    ['FORCE_COLOR: the severities coloured', [] as string[], { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR and NO_COLOR: none', [] as string[], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    ['--json never', ['--json'], { FORCE_COLOR: '1' }, false],
    ['--csv never', ['--csv'], { FORCE_COLOR: '1' }, false],
  ])('%s', async (_name, args, env, coloured) => {
    const { stdout } = await audit([...args, WANZHOU], { env });
    expect(stdout.includes(ESC)).toBe(coloured);
    if (coloured) expect(stdout).toContain(`[${ESC}31m错误${ESC}39m]`);
  });

  // util-linux `script` gives the command a terminal: colour on stdout, progress on stderr.
  it.skipIf(!existsSync('/usr/bin/script'))('on a terminal: colour, and progress from five files on', async () => {
    const tsx = join(ROOT, 'node_modules/.bin/tsx');
    const command = `${tsx} scripts/audit.ts seeds/`;
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' };
    delete env.NO_COLOR;
    delete env.FORCE_COLOR;
    const { stdout } = await run('/usr/bin/script', ['-qec', command, '/dev/null'], { cwd: ROOT, env, timeout: 60_000 });
    expect(stdout).toContain(`\r${ESC}K正在读取 1/5：seeds/dianjiang-2024-yusuan.html`);
    expect(stdout).toContain(`${ESC}31m错误${ESC}39m`);
    const noColour = await run('/usr/bin/script', ['-qec', `${tsx} scripts/audit.ts ${WANZHOU}`, '/dev/null'], { cwd: ROOT, env: { ...env, NO_COLOR: '1' }, timeout: 60_000 });
    expect(noColour.stdout).not.toContain(`${ESC}31m`);
  });

  it('shows no progress when standard error is not a terminal', async () => {
    const { stderr } = await audit(['seeds/', WANZHOU, QIJIANG]);
    expect(stderr).toBe('');
  });
});

describe('--fail-on and the exit status', () => {
  it.each([
    ['no --fail-on, errors found', 0, [WANZHOU]],
    ['--fail-on error, an error', 1, ['--fail-on', 'error', WANZHOU]],
    ['--fail-on error, warnings only', 0, ['--fail-on', 'error', QIJIANG]],
    ['--fail-on warning, warnings only', 1, ['--fail-on', 'warning', QIJIANG]],
    ['--fail-on=warning, an error', 1, ['--fail-on=warning', WANZHOU]],
    ['--fail-on warning, not a disclosure', 0, ['--fail-on', 'warning', BULLETIN]],
    ['--fail-on error, forced, an error', 1, ['--fail-on', 'error', '--force', BULLETIN]],
    ['--fail-on error with --json', 1, ['--json', '--fail-on', 'error', WANZHOU]],
    ['an unreadable file wins over --fail-on', 2, ['--fail-on', 'error', WANZHOU, 'missing.html']],
    ['--fail-on info', 64, ['--fail-on', 'info', WANZHOU]],
    ['--fail-on without a level', 64, [WANZHOU, '--fail-on']],
  ])('%s: exit %i', async (_name, code, args) => {
    const result = await audit(args);
    expect(result.code).toBe(code);
    if (code === 64) expect(result.stderr).toContain('--fail-on 只能是 error 或 warning');
  });
});

describe('as a process', () => {
  it.each([
    ['--fail-on error, an error', 1, ['--fail-on', 'error', WANZHOU], ''],
    ['--fail-on error, an unreadable file', 2, ['--fail-on', 'error', WANZHOU, 'missing.html'], ''],
    ['an empty .html', 2, ['EMPTY'], ''],
    ['- reads standard input', 0, ['--json', '-'], 'PAGE'],
  ])('%s: exit %i', async (_name, code, args, input) => {
    const page = readFileSync(join(ROOT, WANZHOU), 'utf8');
    const result = await spawnAudit(args.map((a) => (a === 'EMPTY' ? join(dir, 'empty.html') : a)), { input: input === 'PAGE' ? page : input });
    expect(result.code).toBe(code);
    expect(result.stderr).not.toContain('内部错误');
    if (input === 'PAGE') expect(AuditOutputSchema.parse(JSON.parse(result.stdout)).documents[0]).toMatchObject({ source: '-', detected: true });
  });
});

describe('--help', () => {
  it.each([
    [['--help'], '用法：', '退出码：'],
    [['-h'], '用法：', '退出码：'],
    [['-h', '--lang', 'en'], 'Usage:', 'Exit status:'],
  ])('%j', async (args, usage, exits) => {
    const { code, stdout } = await audit(args);
    expect(code).toBe(0);
    expect(stdout).toContain(usage);
    expect(stdout).toContain(exits);
    for (const option of ['--json', '--md', '--csv', '--info', '--force', '--no-checklist', '--lang', '--fail-on', 'NO_COLOR']) expect(stdout).toContain(option);
    for (const status of ['0 ', '1 ', '2 ', '64', '70']) expect(stdout).toContain(`  ${status}`);
    for (const extension of READABLE_EXTENSIONS) expect(stdout).toContain(extension);
  });

  it('a usage error points at -h', async () => {
    const { code, stderr } = await audit([]);
    expect(code).toBe(64);
    expect(stderr).toContain('-h 查看说明');
  });
});

describe('standard input (-)', () => {
  const page = readFileSync(join(ROOT, WANZHOU), 'utf8');
  it.each([
    ['a page', page, 0, true],
    ['plain text', '重庆市万州区党政信息中心\n2024年单位预算情况说明\n2024年一般公共预算财政拨款支出772.94万元，比上年减少18.89万元，其中：基本支出382.58万元，比上年减少10.95元；项目支出390.36万元，比上年减少7.94万元。', 0, true],
    ['nothing', '', 2, null],
  ])('%s', async (_name, input, code, detected) => {
    const result = await audit(['--json', '-'], { input });
    expect(result.code).toBe(code);
    const output = AuditOutputSchema.parse(JSON.parse(result.stdout));
    if (detected === null) {
      expect(output.errors).toEqual([{ source: '-', message: '无法读取 标准输入：文件为空' }]);
    } else {
      expect(output.documents[0]).toMatchObject({ source: '-', detected });
    }
  });

  it('with files, in the order given', async () => {
    const { code, stdout } = await audit(['--json', QIJIANG, '-'], { input: page });
    expect(code).toBe(0);
    expect(AuditOutputSchema.parse(JSON.parse(stdout)).documents.map((d) => d.source)).toEqual([QIJIANG, '-']);
  });
});

describe('the extensions it reads', () => {
  it('reads .shtml and .xhtml like .html', async () => {
    const { code, stdout } = await audit(['--json', join(dir, 'wanzhou.shtml'), join(dir, 'wanzhou.xhtml')]);
    expect(code).toBe(0);
    expect(AuditOutputSchema.parse(JSON.parse(stdout)).documents.map((d) => d.detected)).toEqual([true, true]);
  });

  it.each([
    ['zh_CN', [] as string[], '只支持 .html、.htm、.txt、.shtml、.xhtml、.pdf 文件'],
    ['en', ['--lang', 'en'], 'only .html, .htm, .txt, .shtml, .xhtml, .pdf files are supported'],
  ])('%s: a refused file names every extension', async (_locale, lang, message) => {
    const { code, stderr } = await audit([...lang, join(dir, 'notes.pdfx')]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    for (const extension of READABLE_EXTENSIONS) expect(stderr).toContain(extension);
  });
});
