/** `--lang`: the findings' explanations in Chinese (default) or English, in every output format. */
import { describe, expect, it } from 'vitest';
import { AuditOutputSchema } from '../../lib';
import { describe as words } from '../../lib/i18n/dictionaries';
import { audit } from '../helpers/cli';

const SEED = 'seeds/wanzhou-2024-yusuan.html';

describe('audit --lang', () => {
  it.each([
    [[] as string[], 'zh_CN', '单位疑似有误'],
    [['--lang', 'zh_CN'], 'zh_CN', '单位疑似有误'],
    [['--lang', 'en'], 'en', 'Unit probably wrong'],
    [['--lang=en'], 'en', 'Unit probably wrong'],
  ] as const)('--json %j: messages in %s', async (args, locale, opening) => {
    const { code, stdout } = await audit(['--json', ...args, SEED]);
    expect(code).toBe(0);
    const [document] = AuditOutputSchema.parse(JSON.parse(stdout)).documents;
    const slip = document!.findings.find((f) => f.check === 'unit-slip')!;
    expect(slip.message.startsWith(opening)).toBe(true);
    for (const finding of document!.findings) expect(finding.message).toBe(words(finding.explain!, locale));
  });

  it.each([['--md'], ['--csv'], []])('%j --lang en: the English message in the output', async (...format) => {
    const { code, stdout } = await audit([...format.filter(Boolean), '--lang', 'en', SEED]);
    expect(code).toBe(0);
    expect(stdout).toContain('Unit probably wrong: the same amount is printed as');
    expect(stdout).not.toContain('单位疑似有误');
  });

  it.each([[['--lang', 'fr']], [['--lang']]])('%j is a usage error', async (args) => {
    const { code, stderr } = await audit([...args, SEED]);
    expect(code).toBe(64);
    expect(stderr).toContain('--lang');
  });

  it('--lang en: the readable summary is English apart from text copied from the document', async () => {
    const { code, stdout } = await audit(['--lang', 'en', '--info', SEED]);
    expect(code).toBe(0);
    // Lines of our own words, with the document's text (quoted, or the unit's name) taken out.
    const own = stdout
      .split('\n')
      // (A checklist item's place line is the document's words and their sentence: "增加（减少）: “…”".)
      .filter((line) => !line.trim().startsWith('Text:') && !line.startsWith('==') && !/^ {5}\S[^:]*: “.*”(?: \(\d+ more\))?$/.test(line))
      .map((line) => line.replace(/“[^”]*”|"[^"]*"|\([^)]*[\u4e00-\u9fff][^)]*\)|[\d.,]+(万元|元|亿元|%|人|辆)/g, '').replace(/^ {3}[^·]*· /, ''));
    expect(stdout).toMatch(/\d+ errors? · \d+ warnings? · \d+ notes?/);
    expect(stdout).toContain('[Error]');
    for (const line of own) expect(line).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('--lang en: an unreadable file is explained in English', async () => {
    const { code, stderr } = await audit(['--lang', 'en', 'no-such-file.html']);
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot read no-such-file.html: no such file');
  });
});
