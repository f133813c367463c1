/**
 * Every line of the templates' tables binds: each printed row and column label of the 决算 template's
 * nine tables and of the 预算 templates (test/fixtures/templates/table-lines.ts) reads as its line.
 */
import { describe, expect, it } from 'vitest';
import { CONCEPTS, PARTITIONS, conceptNamed, parseName, templateLine } from '../../lib/facts/vocabulary';
import { STRUCTURE_LABELS, TEMPLATE_LABELS } from '../fixtures/templates/table-lines';

describe('templateLine', () => {
  it.each(TEMPLATE_LABELS)('%s: %s', (_table, label, around, concept, fund) => {
    expect(templateLine(label, around)).toEqual({ concept, fund });
  });

  it.each(STRUCTURE_LABELS)('%s names no line', (label) => {
    expect(templateLine(label)).toBeNull();
    expect(templateLine(label, { side: '收入' })).toBeNull();
  });

  it('refuses a code printed with another code’s name, and an item named without its code', () => {
    expect(templateLine('办公费', { code: '30202' })).toBeNull();
    expect(templateLine('教育支出', { code: '206' })).toBeNull();
    // A 项 is known by its code only: many classes have a 行政运行.
    expect(templateLine('行政运行（项）')).toBeNull();
    expect(templateLine('行政运行', { code: '2013601' })).toEqual({ concept: 'class:2013601', fund: '' });
  });

  it('reads a bare fund word as income only in the income lane', () => {
    expect(templateLine('二、财政专户管理资金', { side: '收入' })).toEqual({ concept: '财政专户管理资金', fund: '' });
    expect(templateLine('一、财政拨款', { side: '支出' })).toEqual({ concept: '财政拨款支出', fund: '' });
    expect(templateLine('一、财政拨款')).toBeNull();
  });
});

describe('the vocabulary', () => {
  it('gives every concept one id and every name one concept', () => {
    const ids = CONCEPTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const names = CONCEPTS.flatMap((c) => c.names);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    for (const concept of CONCEPTS) expect(concept.names).toContain(concept.id);
  });

  it('breaks down only into concepts it has', () => {
    for (const [whole, parts] of Object.entries(PARTITIONS)) {
      expect(conceptNamed(whole)?.id).toBe(whole);
      for (const part of parts) expect(conceptNamed(part)?.id).toBe(part);
    }
  });

  it.each<[string, '预算' | '决算', string | null, string]>([
    // The new lines read in prose as the old ones do, scenario and fund words off.
    ['事业收入决算数', '决算', '事业收入', ''],
    ['经营支出', '决算', '经营支出', ''],
    ['年初结转和结余', '决算', '年初结转和结余', ''],
    ['一般公共财政拨款基本支出', '预算', '基本支出', '一般公共预算'],
    // Classification items stay items: the same words are another fund's in another section.
    ['教育支出', '决算', null, ''],
    ['办公费', '决算', null, ''],
    ['会议费', '预算', null, ''],
  ])('parseName(%s, %s) → %s', (name, kind, concept, fund) => {
    const parsed = parseName(name, kind);
    expect(parsed.concept?.id ?? null).toBe(concept);
    expect(parsed.fund).toBe(fund);
  });
});
