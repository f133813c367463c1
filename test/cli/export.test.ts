/** The command line's --md and --csv: the same formats as the extension's export. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { audit, ROOT } from '../helpers/cli';
import { csvHeader } from '../../lib/export';
import { ZH } from '../helpers/words';

const CSV_HEADER = csvHeader(ZH);

describe('audit --md / --csv', () => {
  it('--md prints Markdown with each document, its path and its findings quoted', async () => {
    const { code, stdout } = await audit(['--md', 'seeds/wanzhou-2024-yusuan.html', 'seeds/qijiang-2024-juesuan.html']);
    expect(code).toBe(0);
    expect(stdout.startsWith('# 算盘核算结果')).toBe(true);
    expect(stdout).toContain('## 重庆市万州区党政信息中心2024年单位预算情况说明');
    expect(stdout).toContain('- 地址：seeds/wanzhou-2024-yusuan.html');
    expect(stdout).toContain('【错误·单位错误】');
    expect(stdout).toContain('10.95元：“');
    expect(stdout.match(/^## /gm)).toHaveLength(2);
  });

  it('--csv prints one table: BOM, CRLF, a header, a row per finding', async () => {
    const { code, stdout } = await audit(['--csv', 'seeds/']);
    expect(code).toBe(0);
    expect(stdout.startsWith(`\uFEFF${CSV_HEADER.map((h) => `"${h}"`).join(',')}\r\n`)).toBe(true);
    expect(stdout).toContain('"seeds/wanzhou-2024-yusuan.html"');
    expect(stdout.split('\r\n').length).toBeGreaterThan(6);
  });

  it('--info adds info-level findings', async () => {
    const plain = await audit(['--csv', 'seeds/qijiang-2024-juesuan.html']);
    const info = await audit(['--csv', '--info', 'seeds/qijiang-2024-juesuan.html']);
    expect(info.stdout.split('\r\n').length).toBeGreaterThan(plain.stdout.split('\r\n').length);
    expect(info.stdout).toContain('"提示"');
  });

  it.each([
    ['--md', '# Suanpan audit results\n', '- Address: seeds/wanzhou-2024-yusuan.html'],
    ['--csv', '\uFEFF"Address","Read at","Title"', '"Error","Unit errors"'],
  ])('%s --lang en: the export\'s wording in English too', async (format, start, line) => {
    const { code, stdout } = await audit([format, '--lang', 'en', 'seeds/wanzhou-2024-yusuan.html']);
    expect(code).toBe(0);
    expect(stdout.startsWith(start)).toBe(true);
    expect(stdout).toContain(line);
    expect(stdout).not.toMatch(/错误|提醒|地址|读取时间|未识别/);
  });

  it('one output format at a time', async () => {
    const { code, stderr } = await audit(['--md', '--csv', 'seeds/']);
    expect(code).toBe(64);
    expect(stderr).toContain('只能选一种输出格式');
    expect(stderr).toContain('--md');
  });
});
