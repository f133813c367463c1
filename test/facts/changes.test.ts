/**
 * Changes keyed by the quantity they imply (lib/facts/changes.ts): which prior each change implies,
 * under which key, and which names the fact layer binds for it. Patterns of the Jiangsu 2018 templates.
 */
import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../scripts/cli/load';
import { extractFigures } from '../../lib/figures/extract';
import type { Figure } from '../../lib/figures/figure';
import { buildFacts, factKey, impliedPriors } from '../../lib/facts';
import { looksLikeHeading } from '../../lib/model/join-blocks';
import { mentionsOf, type Mention } from '../../lib/prose/mentions';
import { buildStatements } from '../../lib/prose/statements';
import { readTables } from '../../lib/tables/read';

function priorsOf(html: string, kind: '预算' | '决算' = '预算', year = 2018) {
  const document = documentFromHtml(`<html><body>${html}</body></html>`, 't.html');
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const inputs = [];
  for (const block of document.blocks) {
    const found = extractFigures(block, figures.length);
    figures.push(...found);
    const blockMentions = mentionsOf(block, found);
    mentions.push(...blockMentions);
    inputs.push({ index: block.index, text: block.text, mentions: blockMentions });
  }
  const { tables } = readTables(document, { firstFigureId: figures.length });
  let section = -1;
  const sectionOf = document.blocks.map((block) => (looksLikeHeading(block.text) ? (section = block.index) : section));
  const facts = buildFacts(mentions, tables, { document, kind, year, sectionOf, unit: '江苏省人民检察院' });
  return impliedPriors(facts, buildStatements(inputs), kind).map((p) => ({
    change: p.delta.figure.text,
    fact: factKey(p.binding),
    quantity: p.quantity,
    prior: p.priorPoint.toFixed(2),
    certainty: p.certainty,
    joined: p.joined,
  }));
}

describe('the prior a change implies', () => {
  it.each<[string, string, { fact: string; quantity: string; prior: string }]>([
    [
      'one change said of both totals',
      '<p>江苏省人民检察院2018年度收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元，增长21.95%。</p>',
      { fact: '收入支出总计|2018|budget|', quantity: '=0|2017|budget|unstated', prior: '17996.68' },
    ],
    [
      'the income total alone: the same class as both totals',
      '<p>（一）收入预算总计21,955.35万元，与上年相比增加3,958.67万元。</p>',
      { fact: '收入总计|2018|budget|', quantity: '=0|2017|budget|unstated', prior: '17996.68' },
    ],
    [
      'the 财政拨款 totals, named "收、支总预算", then the change in the next sentence',
      '<p>省检察院2018年度财政拨款收、支总预算21,940.96万元。与上年相比，财政拨款收、支总计各增加3,958.98万元，增长22%。</p>',
      { fact: '收入支出总计|2018|budget|财政拨款', quantity: '=1|2017|budget|unstated', prior: '17981.98' },
    ],
    [
      'a change that drops its paragraph’s fund word is that fund’s',
      '<p>江苏省委办公厅2018年度财政拨款收、支总预算24458.43万元。与上年相比收、支预算总计各增加3756.18万元，增长18.14%。</p>',
      { fact: '收入支出总计|2018|budget|财政拨款', quantity: '=1|2017|budget|unstated', prior: '20702.25' },
    ],
    [
      'the 一般公共预算 income (a concept of its own)',
      '<p>（1）一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元，增长22%。</p>',
      { fact: '一般公共预算收入|2018|budget|', quantity: '=2|2017|budget|unstated', prior: '17981.68' },
    ],
    [
      '“财政拨款预算支出” is 财政拨款支出 in the budget',
      '<p>省检察院2018年财政拨款预算支出21,940.96万元，与上年相比减少1.00万元。</p>',
      { fact: '财政拨款支出|2018|budget|', quantity: '财政拨款支出||2017|budget|unstated', prior: '21941.96' },
    ],
    [
      'a comparison that names its year and scenario',
      '<p>2018年基本支出预算13,994.31万元，比2016年决算数增加1,670.85万元。</p>',
      { fact: '基本支出|2018|budget|', quantity: '基本支出||2016|budget|actual', prior: '12323.46' },
    ],
  ])('%s', (_name, html, want) => {
    const [first, ...rest] = priorsOf(html);
    expect(rest).toEqual([]);
    expect(first).toMatchObject(want);
  });

  it('joins 一般公共预算 income and spending only in a budget, and only probably', () => {
    const html = '<p>一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元。</p><p>一般公共预算财政拨款支出预算21,940.96万元，与上年相比增加3,958.98万元。</p>';
    const budget = priorsOf(html, '预算');
    expect(budget.map((p) => p.quantity)).toEqual(['=2|2017|budget|unstated', '=2|2017|budget|unstated']);
    expect(budget.map((p) => p.joined)).toEqual(['probable', 'probable']);
    const final = priorsOf(html.replace(/预算(?=\d)/g, '决算'), '决算');
    expect(new Set(final.map((p) => p.quantity)).size).toBe(2);
  });

  it('leaves a change whose quantity is not bound alone', () => {
    expect(priorsOf('<p>2．其他资金收入预算总计14.39万元。与上年相比减少0.61万元。</p>')).toEqual([]);
  });
});
