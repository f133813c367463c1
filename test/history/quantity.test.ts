/** Quantities comparable across documents: the fact layer's concept and fund, and old keys read in that form. */
import { describe, expect, it } from 'vitest';
import { legacyKey, quantityOf } from '../../lib/history/quantity';

describe('quantityOf', () => {
  it.each([
    // subject, context, kind → key, budget
    ['收入合计', '收入合计', '决算', '本年收入合计|', false],
    ['本年收入合计', '本年收入合计', '决算', '本年收入合计|', false],
    ['年初预算数', '收入预算：2024年年初预算数', '预算', '本年收入合计|', false],
    ['年初预算数', '支出预算：2024年年初预算数', '预算', '本年支出合计|', false],
    ['支出合计', '支出合计', '决算', '本年支出合计|', false],
    ['基本支出', '基本支出', '决算', '基本支出|', false],
    ['“三公”经费预算', '“三公”经费预算', '预算', '三公经费|', false],
    ['“三公”经费财政拨款支出决算', '“三公”经费财政拨款支出决算', '决算', '三公经费|', false],
    ['“三公”经费支出', '“三公”经费支出', '决算', '三公经费|', false],
    ['因公出国（境）费支出决算', '因公出国（境）费支出决算', '决算', '因公出国（境）费|', false],
    ['因公出国（境）经费支出', '因公出国（境）经费支出', '决算', '因公出国（境）费|', false],
    ['公务用车购置费', '公务用车购置费', '预算', '公务用车购置费|', false],
    ['收、支总计', '收、支总计', '决算', '收入支出总计|', false],
    ['收入、支出总计', '收入、支出总计', '决算', '收入支出总计|', false],
    ['一般公共预算财政拨款支出', '一般公共预算财政拨款支出', '决算', '一般公共预算财政拨款支出|', false],
    ['一般公共财政拨款支出', '一般公共财政拨款支出', '预算', '一般公共预算财政拨款支出|', false],
    ['一般公共财政拨款基本支出', '一般公共财政拨款基本支出', '预算', '基本支出|一般公共预算', false],
    ['事业收入', '事业收入', '决算', '事业收入|', false],
    // A budget quoted in a 决算 is a budget, under the same key as the 预算's own figure.
    ['“三公”经费年初预算', '“三公”经费年初预算', '决算', '三公经费|', true],
    ['支出决算', '一般公共服务（类）网信事务（款）行政运行（项）：支出决算', '决算', 'item:一般公共服务（类）网信事务（款）行政运行（项）|', false],
    // Another line than the document's own: never compared with the other document's.
    ['“三公”经费调整预算数', '“三公”经费调整预算数', '决算', '三公经费||adjusted-budget', false],
    ['2023年预算执行数', '支出预算：2023年预算执行数', '预算', '本年支出合计||executed', false],
    // A name the templates do not know keeps its words.
    ['信息系统运维费', '信息系统运维费', '决算', '信息系统运维费|', false],
  ] as const)('%s (%s, %s) → %s', (subject, context, kind, key, budget) => {
    expect(quantityOf(subject, context, kind)).toEqual({ key, budget });
  });

  it('keeps different quantities apart', () => {
    const key = (s: string) => quantityOf(s, s, '决算')?.key;
    expect(key('基本支出')).not.toBe(key('一般公共财政拨款基本支出'));
    expect(key('收支总计')).not.toBe(key('财政拨款收、支总计'));
    expect(key('收入合计')).not.toBe(key('其他收入'));
    expect(key('公务用车购置费')).not.toBe(key('公务用车运行维护费'));
    // The 三公 table's item and the basic-spending table's 30212 are a whole and a part.
    expect(key('因公出国（境）费')).not.toBe(key('因公出国（境）费用'));
  });

  it('refuses names that say nothing', () => {
    expect(quantityOf('合计', '合计', '决算')).toBeNull();
    expect(quantityOf('', '', '预算')).toBeNull();
    expect(quantityOf('年初预算数', '年初预算数', '决算')).toBeNull();
  });
});

describe('legacyKey', () => {
  it.each([
    // Keys the previous version stored, as its quantity.ts made them → today's key.
    ['收入', '本年收入合计|'],
    ['支出', '本年支出合计|'],
    ['三公经费', '三公经费|'],
    ['因公出国(境)费', '因公出国（境）费|'],
    ['公务用车购置费', '公务用车购置费|'],
    ['收支总计', '收入支出总计|'],
    ['一般公共财政拨款支出', '一般公共预算财政拨款支出|'],
    ['一般公共财政拨款基本支出', '基本支出|一般公共预算'],
    ['基本支出', '基本支出|'],
    ['一般公共服务(类)网信事务(款)行政运行(项)支出', 'item:一般公共服务（类）网信事务（款）行政运行（项）|'],
    ['收入总计', '收入总计|'],
    // Today's keys are kept.
    ['基本支出|', '基本支出|'],
    ['三公经费||adjusted-budget', '三公经费||adjusted-budget'],
  ])('%s → %s', (old, key) => {
    expect(legacyKey(old)).toBe(key);
  });

  it('gives an old key the key the same name gets today', () => {
    for (const name of ['基本支出', '项目支出', '三公经费', '公务接待费', '机关运行经费', '收入总计'])
      expect(legacyKey(name)).toBe(quantityOf(name, name, '决算')?.key);
  });
});
