/**
 * The fact layer on short documents: what each figure is bound to, and which figures are the same
 * quantity. Each case is a pattern of real 情况说明 wording.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/cli/load';
import { detectDisclosure } from '../../lib/detect';
import { extractFigures } from '../../lib/figures/extract';
import type { Figure } from '../../lib/figures/figure';
import { buildFacts, factKey } from '../../lib/facts';
import { looksLikeHeading } from '../../lib/model/join-blocks';
import { mentionsOf, type Mention } from '../../lib/prose/mentions';
import { readTables } from '../../lib/tables/read';

function factsOf(html: string, kind: '预算' | '决算', year: number) {
  const document = documentFromHtml(`<html><body>${html}</body></html>`, 't.html');
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  for (const block of document.blocks) {
    const found = extractFigures(block, figures.length);
    figures.push(...found);
    mentions.push(...mentionsOf(block, found));
  }
  const { tables } = readTables(document, { firstFigureId: figures.length });
  let section = -1;
  const sectionOf = document.blocks.map((block) => (looksLikeHeading(block.text) ? (section = block.index) : section));
  const store = buildFacts(mentions, tables, { document, kind, year, sectionOf, unit: detectDisclosure(document).unit });
  /** figure text → its fact key, for the figures that were bound */
  return new Map(store.facts.map((fact) => [`${fact.figure.text}@${fact.source}`, factKey(fact)]));
}

const ITEMS = `
<p>1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）39.99万元，用于第五次全国经济普查工作。年初预算为76.33万元，支出决算为39.99万元。</p>
<p>2、一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）37.51万元，用于妇女儿童工作。年初预算为49.55万元，支出决算为37.51万元。</p>`;

describe('binding prose', () => {
  it('binds a scenario word alone to the item its paragraph names', () => {
    const facts = factsOf(ITEMS, '决算', 2025);
    expect(facts.get('76.33万元@prose')).toBe('item:一般公共服务支出（类）统计信息事务（款）专项普查活动（项）|2025|initial-budget|');
    expect(facts.get('49.55万元@prose')).toBe('item:一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）|2025|initial-budget|');
    // The item's headline amount and its 支出决算 are one quantity.
    expect(facts.get('39.99万元@prose')).toBe('item:一般公共服务支出（类）统计信息事务（款）专项普查活动（项）|2025|actual|');
  });

  it('binds a scenario word to its sentence topic, not to the unit’s total', () => {
    const facts = factsOf('<p>2025年度“三公”经费财政拨款支出年初预算为31.47万元，支出决算为19.86万元，完成预算的63.11%。</p>', '决算', 2025);
    expect(facts.get('31.47万元@prose')).toBe('三公经费|2025|initial-budget|');
    expect(facts.get('19.86万元@prose')).toBe('三公经费|2025|actual|');
  });

  it('reads the unit’s own name off a subject', () => {
    const html = '<h1>上海市某区城市管理行政执法局2026年度部门预算</h1><p>2026年，某区城市管理行政执法局收入预算4748.35万元，其中：财政拨款收入4748.35万元。</p>';
    const facts = factsOf(html, '预算', 2026);
    expect(facts.get('4748.35万元@prose')).toMatch(/^(本年收入合计|财政拨款收入)\|2026\|budget\|$/);
  });

  it('binds "财政拨款收、支预算" to both 财政拨款 totals, as "收、支总计" is (Jiangsu)', () => {
    const facts = factsOf('<p>江苏省某某办公厅2019年度财政拨款收、支预算13,297.11万元。与上年相比，财政拨款收、支总计各增加3,226.63万元，增长32.04%。</p>', '预算', 2019);
    expect(facts.get('13,297.11万元@prose')).toBe('收入支出总计|2019|budget|财政拨款');
  });

  it('binds a scenario word alone to the heading before its colon (Chongqing: "收入预算：2024年年初预算数")', () => {
    expect(factsOf('<p>（一）收入预算：2024年年初预算数502.48万元，其中：一般公共预算拨款500.00万元。</p>', '预算', 2024).get('502.48万元@prose')).toBe('本年收入合计|2024|budget|');
    expect(factsOf('<p>（二）支出预算：2024年年初预算数502.48万元。</p>', '预算', 2024).get('502.48万元@prose')).toBe('本年支出合计|2024|budget|');
    // Not a heading that names nothing.
    expect(factsOf('<p>（三）其他说明：2024年年初预算数502.48万元。</p>', '预算', 2024).get('502.48万元@prose')).toBeUndefined();
  });

  it('leaves names the templates do not fix unbound', () => {
    const facts = factsOf('<p>办公费12.00万元，比上年增加1.00万元。该项目资金实际到位36.76万元。</p>', '决算', 2025);
    expect(facts.size).toBe(0);
  });
});

describe('binding tables', () => {
  const SANGONG = `<p>财政拨款“三公”经费支出决算表</p><p>单位：万元</p><table>
 <tr><td colspan="2">合计</td><td colspan="2">因公出国（境）费</td><td colspan="6">公务用车购置及运行维护费</td><td colspan="2">公务接待费</td></tr>
 <tr><td rowspan="2">预算数</td><td rowspan="2">决算数</td><td rowspan="2">预算数</td><td rowspan="2">决算数</td><td colspan="2">小计</td><td colspan="2">公务用车购置费</td><td colspan="2">公务用车运行维护费</td><td rowspan="2">预算数</td><td rowspan="2">决算数</td></tr>
 <tr><td>预算数</td><td>决算数</td><td>预算数</td><td>决算数</td><td>预算数</td><td>决算数</td></tr>
 <tr><td>31.47</td><td>19.86</td><td>0.00</td><td>0.00</td><td>30.67</td><td>19.56</td><td></td><td></td><td>30.67</td><td>19.56</td><td>0.80</td><td>0.30</td></tr>
</table>`;

  it.each<[string, string]>([
    ['31.47', '三公经费|2025|initial-budget|'],
    ['19.86', '三公经费|2025|actual|'],
    ['0.30', '公务接待费|2025|actual|'],
    ['0.80', '公务接待费|2025|initial-budget|'],
  ])('the 三公 table’s %s is %s', (cell, key) => {
    expect(factsOf(SANGONG, '决算', 2025).get(`${cell}@table`)).toBe(key);
  });

  it('binds the total row of a spending table by its columns, in the table’s fund', () => {
    const html = `<p>一般公共预算财政拨款支出决算表</p><p>单位：万元</p><table>
<tr><td>项目</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>合计</td><td>20218.21</td><td>14107.46</td><td>6110.76</td></tr>
<tr><td>201 一般公共服务支出</td><td>207.40</td><td></td><td>207.40</td></tr></table>`;
    const facts = factsOf(html, '决算', 2025);
    expect(facts.get('14107.46@table')).toBe('基本支出|2025|actual|一般公共预算');
    expect(facts.get('6110.76@table')).toBe('项目支出|2025|actual|一般公共预算');
    expect(facts.get('207.40@table')).toBeUndefined();
  });

  // Jiangsu's budget template: the 合计 sums the 三公 group (its 小计) with 会议费 and 培训费.
  const SANGONG_WIDER = `<p>“三公”经费、会议费、培训费支出预算表</p><p>单位：万元</p><table>
 <tr><td rowspan="3">合计</td><td colspan="6">“三公”经费</td><td rowspan="3">会议费</td><td rowspan="3">培训费</td></tr>
 <tr><td rowspan="2">小计</td><td rowspan="2">因公出国（境）费</td><td colspan="3">公务用车购置及运行维护费</td><td rowspan="2">公务接待费</td></tr>
 <tr><td>小计</td><td>公务用车购置费</td><td>公务用车运行维护费</td></tr>
 <tr><td>1,471.70</td><td>508.20</td><td>70.00</td><td>411.20</td><td></td><td>411.20</td><td>27.00</td><td>933.50</td><td>30.00</td></tr>
</table>`;

  it.each<[string, string | undefined]>([
    ['1,471.70', undefined],
    ['508.20', '三公经费|2018|budget|'],
    ['70.00', '因公出国（境）费|2018|budget|'],
    ['27.00', '公务接待费|2018|budget|'],
    ['933.50', undefined],
  ])('in a 三公 table that also sums 会议费 and 培训费, %s is %s', (cell, key) => {
    expect(factsOf(SANGONG_WIDER, '预算', 2018).get(`${cell}@table`)).toBe(key);
  });

  it('binds the numbered rows of a one-amount lane that name a concept', () => {
    const html = `<p>财政拨款收支预算总表</p><p>单位：万元</p><table>
<tr><td>项目名称</td><td>金额</td></tr>
<tr><td>一、基本支出</td><td>9,312.90</td></tr>
<tr><td>二、项目支出</td><td>6,459.58</td></tr>
<tr><td>三、单位预留机动经费</td><td>2,557.89</td></tr>
<tr><td>支出合计</td><td>18,330.37</td></tr></table>`;
    const facts = factsOf(html, '预算', 2019);
    expect(facts.get('9,312.90@table')).toBe('基本支出|2019|budget|财政拨款');
    expect(facts.get('6,459.58@table')).toBe('项目支出|2019|budget|财政拨款');
    // Jiangsu's third kind of spending beside 基本 and 项目 (template-lines.ts).
    expect(facts.get('2,557.89@table')).toBe('单位预留机动经费|2019|budget|财政拨款');
  });

  // Chongqing's 预算 收支总表 (the seeds' dianjiang, qianjiang, wanzhou): 当年收入小计 + 上年结转资金 = 收入合计.
  const CHONGQING = (carried: string, total: string) => `<p>部门收支总表</p><p>单位：万元</p><table>
<tr><td colspan="2">收入</td><td colspan="2">支出</td></tr>
<tr><td>项目</td><td>预算数</td><td>项目</td><td>预算数</td></tr>
<tr><td>一、财政拨款</td><td>772.94</td><td>一、基本支出</td><td>700.00</td></tr>
<tr><td>二、财政专户管理资金</td><td></td><td>二、项目支出</td><td>90.00</td></tr>
<tr><td>三、其他资金</td><td></td><td></td><td></td></tr>
<tr><td>当年收入小计</td><td>772.94</td><td>当年支出小计</td><td>790.00</td></tr>
<tr><td>上年结转资金</td><td>${carried}</td><td>结转下年资金</td><td>3.94</td></tr>
<tr><td>收入合计</td><td>${total}</td><td>支出合计</td><td>793.94</td></tr></table>`;

  it('binds a 收入合计 that sums the carry-over above it as the 收入总计 (Chongqing 预算)', () => {
    const facts = factsOf(CHONGQING('21.00', '793.95'), '预算', 2024);
    expect(facts.get('793.95@table')).toBe('收入总计|2024|budget|');
    expect(facts.get('793.94@table')).toBe('支出总计|2024|budget|');
    expect(facts.get('700.00@table')).toBe('基本支出|2024|budget|');
  });

  it('leaves a 收入合计 unbound when the carry-over and the subtotal do not make it', () => {
    expect(factsOf(CHONGQING('21.00', '893.95'), '预算', 2024).get('893.95@table')).toBeUndefined();
  });

  it('keeps 收入合计 the year’s income when no carry-over is above it', () => {
    const html = `<p>收入预算总表</p><p>单位：万元</p><table>
<tr><td>项目</td><td>预算数</td></tr>
<tr><td>一、财政拨款收入</td><td>772.94</td></tr>
<tr><td>收入合计</td><td>772.95</td></tr>
<tr><td>上年结转</td><td>21.00</td></tr></table>`;
    expect(factsOf(html, '预算', 2024).get('772.95@table')).toBe('本年收入合计|2024|budget|');
  });

  // 收入支出决算总表 (Shanghai's 决算 template): every line templateLine names, in its lane's fund.
  const SUMMARY = `<p>收入支出决算总表</p><p>单位：万元</p><table>
<tr><td colspan="3">收入</td><td colspan="3">支出</td></tr>
<tr><td>项目</td><td>行次</td><td>金额</td><td>项目</td><td>行次</td><td>金额</td></tr>
<tr><td>一、一般公共预算财政拨款收入</td><td>1</td><td>554.55</td><td>一、一般公共服务支出</td><td>32</td><td>396.83</td></tr>
<tr><td>二、事业收入</td><td>2</td><td>10.01</td><td>二、社会保障和就业支出</td><td>33</td><td>167.72</td></tr>
<tr><td>本年收入合计</td><td>3</td><td>564.56</td><td>本年支出合计</td><td>34</td><td>564.55</td></tr>
<tr><td>上年结转</td><td>5</td><td>10.02</td><td>年末结转和结余</td><td>36</td><td>10.03</td></tr>
<tr><td>总计</td><td>6</td><td>574.58</td><td>总计</td><td>37</td><td>574.58</td></tr>
</table>`;

  it.each<[string, string | undefined]>([
    ['554.55', '财政拨款收入|2024|actual|一般公共预算'],
    ['10.01', '事业收入|2024|actual|'],
    ['564.56', '本年收入合计|2024|actual|'],
    ['10.02', '年初结转和结余|2024|actual|'],
    ['10.03', '年末结转和结余|2024|actual|'],
    // Function classes are items, matched by their names and codes, not facts of the template.
    ['396.83', undefined],
  ])('in a 收入支出决算总表, %s is %s', (cell, key) => {
    expect(factsOf(SUMMARY, '决算', 2024).get(`${cell}@table`)).toBe(key);
  });

  it('binds no line of a table the title does not make a template table', () => {
    const html = SUMMARY.replace('收入支出决算总表', '附件2');
    expect(factsOf(html, '决算', 2024).get('554.55@table')).toBeUndefined();
  });
});
