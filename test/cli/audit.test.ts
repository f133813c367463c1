/**
 * The command line as other tools use it: the JSON contract (validated), exit codes, and bad input —
 * empty, binary, GBK, huge, deeply nested, random numbers, missing — each with a clear message and the
 * other files still audited.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { audit, ROOT } from '../helpers/cli';
import { AuditOutputSchema } from '../../lib';


/** The prose of the 万州 seed, as plain text (its one error: 减少10.95元 for 万元). */
const PLAIN_WANZHOU = [
  '重庆市万州区党政信息中心',
  '2024年单位预算情况说明',
  '（一）收入预算：2024年年初预算数772.94万元，其中：一般公共预算财政拨款772.94万元，上年结转收入0万元。收入预算较上年减少18.89万元。',
  '（二）支出预算：2024年年初预算数772.94万元，其中：一般公共服务支出670.80万元，社会保障和就业支出62.44万元，卫生健康支出20.68万元，住房保障支出19.01万元。支出预算较上年减少18.89万元，主要是基本支出预算减少10.95万元，项目支出预算减少7.94万元。',
  '2024年一般公共预算财政拨款收入772.94万元，一般公共预算财政拨款支出772.94万元，比上年减少18.89万元，其中：基本支出382.58万元，比上年减少10.95元，主要原因是2023年单位调出1人；项目支出390.36万元，比上年减少7.94万元。',
  '2024年“三公”经费预算0万元。政府采购预算总额58.37万元，其中：政府采购货物预算0万元，政府采购工程预算0万元，政府采购服务预算58.37万元。',
].join('\n');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'suanpan-cli-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
  writeFileSync(join(dir, 'image.png'), 'not really');
  writeFileSync(join(dir, 'broken.html'), '<html><body><p>2024年度收入合计<b>564.55万元<table><tr><td>1<td>2</table></p></div></span>');
  writeFileSync(join(dir, 'deep.html'), `<html><body>${'<div><span>'.repeat(5000)}收入合计564.55万元${'</span></div>'.repeat(5000)}</body></html>`);
  const random = Array.from({ length: 4000 }, (_, i) => `${(i * 7919) % 10007}.${i % 100}万元，占${i % 100}.${i % 10}%`).join('；');
  writeFileSync(join(dir, 'random.txt'), random);
});

describe('audit CLI', () => {
  it('prints a JSON object that satisfies the versioned contract', async () => {
    const { code, stdout } = await audit(['--json', 'seeds/']);
    expect(code).toBe(0);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(output.version).toBe(1);
    expect(output.documents).toHaveLength(5);
    const qijiang = output.documents.find((d) => d.source.endsWith('qijiang-2024-juesuan.html'))!;
    expect(qijiang).toMatchObject({ detected: true, kind: '决算', year: 2024, unit: '重庆市綦江区电子政务中心' });
    expect(qijiang.totals['收入合计']).toBe('564.55');
    expect(qijiang.stats.checked).toBeGreaterThan(20);
  });

  it('prints a readable Chinese summary without --json', async () => {
    const { code, stdout } = await audit(['seeds/panzhihua-dongqu-2024-juesuan.html']);
    expect(code).toBe(0);
    expect(stdout).toContain('攀枝花市东区电子政务建设服务中心 · 2024年 · 决算');
    expect(stdout).toContain('[错误]');
    expect(stdout).toContain('原文：');
  });

  it('finds the same errors in a page and in its plain text', async () => {
    const text = join(dir, 'wanzhou.txt');
    writeFileSync(text, PLAIN_WANZHOU);
    const { stdout } = await audit(['--json', text, 'seeds/wanzhou-2024-yusuan.html']);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    const errors = output.documents.map((d) => d.findings.filter((f) => f.severity === 'error').map((f) => f.message));
    expect(errors[0]).toHaveLength(1);
    expect(errors[0]).toEqual(errors[1]);
  });

  it('exits 2 on unreadable files, says why on stderr, and still audits the others', async () => {
    const { code, stdout, stderr } = await audit(['--json', join(dir, 'empty.txt'), join(dir, 'binary.html'), join(dir, 'image.png'), join(dir, 'missing.html'), 'seeds/qianjiang-2024-yusuan.html']);
    expect(code).toBe(2);
    expect(stderr).toContain('不是文本或网页文件');
    expect(stderr).toContain('只支持 .html、.htm、.txt');
    expect(stderr).toContain('文件不存在');
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(stderr).toContain('文件为空');
    expect(output.errors.map((e) => e.source)).toEqual([join(dir, 'empty.txt'), join(dir, 'binary.html'), join(dir, 'image.png'), join(dir, 'missing.html')]);
    expect(output.documents.map((d) => d.detected)).toEqual([true]);
  });

  it('handles broken, deeply nested and random-number input as "not detected", without crashing', async () => {
    const { code, stdout } = await audit(['--json', join(dir, 'broken.html'), join(dir, 'deep.html'), join(dir, 'random.txt')]);
    expect(code).toBe(0);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(output.documents.map((d) => d.detected)).toEqual([false, false, false]);
  });

  it('decodes a GBK page', async () => {
    // "收入合计564.55万元" in GBK: decoded as UTF-8 it would be mojibake and the unit would not be found.
    const body = [0xca, 0xd5, 0xc8, 0xeb, 0xba, 0xcf, 0xbc, 0xc6, 0x35, 0x36, 0x34, 0x2e, 0x35, 0x35, 0xcd, 0xf2, 0xd4, 0xaa];
    writeFileSync(join(dir, 'gbk.html'), Buffer.concat([Buffer.from('<html><head><meta charset="gbk"></head><body><p>'), Buffer.from(body), Buffer.from('</p></body></html>')]));
    const { code, stdout } = await audit(['--json', '--force', join(dir, 'gbk.html')]);
    expect(code).toBe(0);
    const output = AuditOutputSchema.parse(JSON.parse(stdout));
    expect(output.documents[0]!.stats.figures).toBe(1);
  });

  it('rejects unknown options with a usage line', async () => {
    const { code, stderr } = await audit(['--jsn', 'seeds/']);
    expect(code).toBe(64);
    expect(stderr).toContain('用法');
  });
});
