/** Markdown export: the document, where and when it was read, and each finding with its quoted figures. */
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, toMarkdown } from '../../lib/export';
import { sampleItem } from './sample';
import { ZH } from '../helpers/words';

describe('toMarkdown', () => {
  const item = sampleItem();
  const markdown = toMarkdown([item], { includeInfo: false, words: ZH });

  it('names the page, its address and the time it was read', () => {
    expect(markdown).toContain('## 示例县数据中心2024年部门预算情况说明');
    expect(markdown).toContain('- 地址：<https://x.gov.cn/a.html?id=1&b=2>');
    expect(markdown).toMatch(/- 读取时间：2025-01-02 03:04:05（UTC[+-]\d\d:\d\d）/);
    expect(markdown).toContain('单位：示例县数据中心；年度：2024；类型：预算');
  });

  it('quotes every figure of every finding in its clause', () => {
    const shown = item.report.findings.filter((f) => f.severity !== 'info');
    expect(shown.length).toBeGreaterThan(0);
    for (const finding of shown) for (const figure of finding.figures) expect(markdown).toContain(`${escapeMarkdown(figure.text)}：“${escapeMarkdown(figure.quote)}”`);
    expect(markdown).toContain('【错误·分项与合计】');
    expect(markdown).toContain('按其他数字算得：550.00万元；此处所印：560.00万元；相差：+10.00万元');
  });

  it('lists the totals in a table', () => {
    expect(markdown).toContain('| 项目 | 金额 |');
    expect(markdown).toContain('| 基本支出 | 382.58 |');
  });

  it('leaves info-level findings out unless asked', () => {
    const withInfo = sampleItem({ findings: [...item.report.findings, { ...item.report.findings[0]!, severity: 'info', message: '只是取整', explain: undefined }] });
    expect(toMarkdown([withInfo], { includeInfo: false, words: ZH })).not.toContain('只是取整');
    expect(toMarkdown([withInfo], { includeInfo: true, words: ZH })).toContain('只是取整');
  });

  it('says so when nothing was found, or the page is not a disclosure', () => {
    expect(toMarkdown([sampleItem({ findings: [] })], { includeInfo: true, words: ZH })).toContain('没有发现对不上的数字。');
    expect(toMarkdown([sampleItem({ detected: false })], { includeInfo: true, words: ZH })).toContain('未识别为预算或决算公开文件');
  });

  it('keeps page text from becoming markup', () => {
    const hostile = sampleItem({ title: '标题 <script>alert(1)</script> *粗* [链](javascript:x) | 表' });
    const text = toMarkdown([hostile], { includeInfo: false, words: ZH });
    expect(text).toContain('标题 \\<script\\>alert(1)\\</script\\> \\*粗\\* \\[链\\](javascript:x) \\| 表');
    expect(escapeMarkdown('第一行\n第二行')).toBe('第一行 第二行');
  });

  it('a file path (the command line) is text, not a link', () => {
    expect(toMarkdown([{ ...item, url: 'seeds/a_b.html' }], { includeInfo: false, words: ZH })).toContain('- 地址：seeds/a\\_b.html');
  });
});
