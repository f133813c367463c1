/**
 * The one reading of a printed name (lib/facts/names.ts), on the names the templates and the seeds
 * print (Shanghai's 决算 template, the Chongqing and Sichuan seeds, Jiangsu's 预算), and the families
 * that compare names answering alike: for each pair, share, prose-table and restated see one quantity
 * or two, all the same way.
 */
import { describe, expect, it } from 'vitest';
import { nameWords, printedName, quantityName, sameQuantity, type DocumentKind } from '../../lib/facts/names';
import { parseName } from '../../lib/facts/vocabulary';
import { auditDocument } from '../../lib';
import { documentFromHtml } from '../../scripts/cli/load';

describe('printedName: how a name is printed', () => {
  it.each<[string, string]>([
    ['一、一般公共服务支出', '一般公共服务支出'],
    ['（二）工资福利支出', '工资福利支出'],
    ['(3)办公费', '办公费'],
    ['1．财政拨款', '财政拨款'],
    ['2、其他资金', '其他资金'],
    ['十四、资源勘探工业信息等支出', '资源勘探工业信息等支出'],
    ['“三公”经费财政拨款支出', '三公经费财政拨款支出'],
    ['因公出国(境)费', '因公出国（境）费'],
    ['收入、支出总计', '收入支出总计'],
    ['本单位的 基本支出', '本单位基本支出'],
    // Class marks stay: parseName and the history read items by them.
    ['一般公共服务（类）网信事务（款）行政运行（项）', '一般公共服务（类）网信事务（款）行政运行（项）'],
    // A decimal is not a list number.
    ['1.5倍', '1.5倍'],
  ])('%s → %s', (raw, printed) => expect(printedName(raw)).toBe(printed));
});

describe('nameWords: a name without its period words and brackets', () => {
  it.each<[string, string]>([
    ['本年收入合计', '收入合计'],
    ['本年度基本支出', '基本支出'],
    ['全年预算数', '预算数'],
    ['2024年度“三公”经费', '三公经费'],
    ['2024年支出决算', '支出决算'],
    ['当年收入小计', '收入小计'],
    ['因公出国（境）费', '因公出国境费'],
    ['教育（类）', '教育'],
    // Another year's figure is another quantity.
    ['上年结转', '上年结转'],
  ])('%s → %s', (raw, words) => expect(nameWords(raw)).toBe(words));
});

describe('quantityName: the quantity a name stands for', () => {
  it.each<[string, DocumentKind, string]>([
    ['本年支出合计', '决算', '支出合计'],
    ['一般公共预算财政拨款支出决算', '决算', '一般公共预算财政拨款'],
    ['一般公共预算财政拨款支出', '决算', '一般公共预算财政拨款'],
    ['“三公”经费财政拨款支出决算数', '决算', '三公经费财政拨款'],
    ['公务接待费实际支出', '决算', '公务接待费'],
    ['十四、资源勘探工业信息等支出', '决算', '资源勘探工业信息等'],
    ['一般公共服务（类）', '决算', '一般公共服务'],
    ['一、一般公共服务支出', '预算', '一般公共服务'],
    // In a 预算, "X决算数" is last year's X.
    ['办公费决算数', '预算', '办公费决算数'],
    ['办公费决算数', '决算', '办公费'],
    ['办公费决算数', null, '办公费'],
    // Budget words are another scenario: never the line itself.
    ['办公费年初预算数', '决算', '办公费年初预算数'],
    // 支出 after a word that names nothing alone is the name.
    ['其他支出', '决算', '其他支出'],
    ['项目支出', '决算', '项目支出'],
    ['基本支出', '决算', '基本'],
    ['支出', '决算', '支出'],
    ['支出决算', '决算', '支出'],
    ['决算数', '决算', ''],
  ])('%s (%s) → %s', (raw, kind, name) => expect(quantityName(raw, kind)).toBe(name));

  it.each<[string, string, DocumentKind, boolean]>([
    ['本年基本支出', '基本支出', '决算', true],
    ['“三公”经费', '三公经费', '决算', true],
    ['因公出国(境)费', '因公出国（境）费', '决算', true],
    ['教育支出', '教育（类）', '预算', true],
    ['收入、支出总计', '收入支出总计', '决算', true],
    ['2024年度一般公共预算财政拨款支出', '一般公共预算财政拨款支出决算数', '决算', true],
    ['一般公共预算财政拨款支出', '一般公共预算财政拨款支出决算数', '预算', false],
    ['基本支出', '项目支出', '决算', false],
    ['其他支出', '其他', '决算', false],
    ['上年结转', '结转', '决算', false],
    ['', '', '决算', false],
  ])('%s ≡ %s (%s): %s', (a, b, kind, same) => expect(sameQuantity(a, b, kind)).toBe(same));

  it('is what parseName starts from: a printed variant parses to the same concept', () => {
    for (const [a, b] of [
      ['因公出国(境)费', '因公出国（境）费'],
      ['一、基本支出', '基本支出'],
      ['收入、支出总计', '收入支出总计'],
    ] as const) {
      expect(parseName(a, '决算').concept?.id).toBe(parseName(b, '决算').concept?.id);
      expect(parseName(a, '决算').concept).not.toBeNull();
    }
  });
});

/**
 * The families that decide "the same quantity" by name, asked the same question: a prose name `a` with
 * one amount and a name `b` with another (a second sentence for restated, the denominator of a share,
 * a table row for prose-table). Each finds a disagreement exactly when it reads a and b as one quantity.
 */
function checks(html: string): Set<string> {
  const report = auditDocument(documentFromHtml(`<html><body><h1>某单位2024年度部门决算</h1>${html}</body></html>`, 't.html'), { force: true });
  return new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.check));
}

const restatedSays = (a: string, b: string) => checks(`<p>${a}为120.00万元，主要用于机关运行。</p><p>${b}为100.00万元，主要用于机关运行。</p>`).has('restated');
const shareSays = (a: string, b: string) => checks(`<p>${b}为100.00万元，主要用于机关运行。</p><p>其中甲类事项50.00万元，占${a}的40.0%。</p>`).has('share');
const proseTableSays = (a: string, b: string) =>
  checks(`<p>${a}为120.00万元，主要用于机关运行。</p><p>支出决算表</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td></tr><tr><td></td><td>${b}</td><td>100.00</td></tr></table>`).has('prose-table');

describe('the families agree on which names are one quantity', () => {
  it.each<[string, string, boolean]>([
    ['本年委托业务费', '委托业务费', true],
    ['委托业务费决算数', '委托业务费', true],
    ['“专用材料”购置费', '专用材料购置费', true],
    ['维修(护)费支出', '维修（护）费', true],
    ['委托业务费年初预算', '委托业务费', false],
    ['上年委托业务费', '委托业务费', false],
    ['专用材料购置费', '专用设备购置费', false],
  ])('%s / %s: %s', (a, b, same) => {
    expect(sameQuantity(a, b, '决算')).toBe(same);
    expect([restatedSays(a, b), shareSays(a, b), proseTableSays(a, b)]).toEqual([same, same, same]);
  });
});
