/** Names of quantities, comparable across documents and across 预算/决算 wording. */
import { describe, expect, it } from 'vitest';
import { quantityOf } from '../../lib/history/quantity';

describe('quantityOf', () => {
  it.each([
    // subject, context, kind → key, budget
    ['收入合计', '收入合计', '决算', '收入', false],
    ['本年收入合计', '本年收入合计', '决算', '收入', false],
    ['年初预算数', '收入预算：2024年年初预算数', '预算', '收入', false],
    ['年初预算数', '支出预算：2024年年初预算数', '预算', '支出', false],
    ['支出合计', '支出合计', '决算', '支出', false],
    ['基本支出', '基本支出', '决算', '基本支出', false],
    ['“三公”经费预算', '“三公”经费预算', '预算', '三公经费', false],
    ['“三公”经费财政拨款支出决算', '“三公”经费财政拨款支出决算', '决算', '三公经费', false],
    ['“三公”经费支出', '“三公”经费支出', '决算', '三公经费', false],
    ['因公出国（境）费用', '因公出国（境）费用', '预算', '因公出国(境)费', false],
    ['因公出国（境）费支出决算', '因公出国（境）费支出决算', '决算', '因公出国(境)费', false],
    ['因公出国（境）经费支出', '因公出国（境）经费支出', '决算', '因公出国(境)费', false],
    ['公务用车购置', '公务用车购置', '预算', '公务用车购置费', false],
    ['公务车购置费', '公务车购置费', '决算', '公务用车购置费', false],
    ['收、支总计', '收、支总计', '决算', '收支总计', false],
    ['收入、支出总计', '收入、支出总计', '决算', '收支总计', false],
    ['一般公共预算财政拨款支出', '一般公共预算财政拨款支出', '决算', '一般公共财政拨款支出', false],
    ['一般公共财政拨款支出', '一般公共财政拨款支出', '预算', '一般公共财政拨款支出', false],
    // A budget quoted in a 决算 is a budget, under the same name as the 预算's own figure.
    ['“三公”经费年初预算', '“三公”经费年初预算', '决算', '三公经费', true],
    ['支出决算', '一般公共服务（类）网信事务（款）行政运行（项）：支出决算', '决算', '一般公共服务(类)网信事务(款)行政运行(项)支出', false],
  ] as const)('%s (%s, %s) → %s', (subject, context, kind, key, budget) => {
    expect(quantityOf(subject, context, kind)).toEqual({ key, budget });
  });

  it('keeps different quantities apart', () => {
    const key = (s: string) => quantityOf(s, s, '决算')?.key;
    expect(key('基本支出')).not.toBe(key('一般公共财政拨款基本支出'));
    expect(key('收支总计')).not.toBe(key('财政拨款收、支总计'));
    expect(key('收入合计')).not.toBe(key('其他收入'));
    expect(key('公务用车购置费')).not.toBe(key('公务用车运行维护费'));
  });

  it('refuses names that say nothing', () => {
    expect(quantityOf('合计', '合计', '决算')).toBeNull();
    expect(quantityOf('', '', '预算')).toBeNull();
  });
});
