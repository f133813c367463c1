/** How printed names read: the concept they name, the scenario and the fund, or nothing. */
import { describe, expect, it } from 'vitest';
import { parseName } from '../../lib/facts/vocabulary';

describe('parseName', () => {
  it.each<[string, '预算' | '决算', string | null, string | null, string]>([
    // name, document kind, concept, scenario, fund
    ['基本支出', '决算', '基本支出', null, ''],
    ['一般公共预算财政拨款支出决算数', '决算', '一般公共预算财政拨款支出', 'actual', ''],
    ['一般公共预算财政拨款支出年初预算', '决算', '一般公共预算财政拨款支出', 'initial-budget', ''],
    ['“三公”经费财政拨款支出决算数', '决算', '三公经费', 'actual', ''],
    ['公务用车购置及运行维护费支出决算', '决算', '公务用车购置及运行维护费', 'actual', ''],
    ['一般公共预算财政拨款基本支出', '决算', '基本支出', null, '一般公共预算'],
    ['2025年当年预算执行数', '预算', null, 'executed', ''],
    ['预算安排', '预算', null, 'budget', ''],
    ['预算数', '预算', null, 'budget', ''],
    ['预算数', '决算', null, 'initial-budget', ''],
    ['调整预算数', '决算', null, 'adjusted-budget', ''],
    ['支出决算', '决算', null, 'actual', ''],
    // Names the templates do not fix stay unbound.
    ['办公费', '决算', null, null, ''],
    ['运行维护费', '决算', null, null, ''],
    ['信息系统运行维护费支出决算', '决算', null, 'actual', ''],
  ])('%s (%s)', (name, kind, concept, scenario, fund) => {
    const parsed = parseName(name, kind);
    expect(parsed.concept?.id ?? null).toBe(concept);
    expect(parsed.scenario).toBe(scenario);
    expect(parsed.fund).toBe(fund);
  });

  it('keeps what is not a scenario or fund word, so a bare scenario word is told apart', () => {
    expect(parseName('年初预算', '决算').rest).toBe('');
    expect(parseName('支出决算', '决算').rest).toBe('');
    expect(parseName('信息系统运行维护费支出决算', '决算').rest).toBe('信息系统运行维护费支出');
  });
});
