/**
 * Comparison words: "决算数大于/小于/等于预算数" in an item's paragraph (the Shanghai 决算 template's
 * "年初预算为a万元，支出决算为b万元。决算数小于预算数的主要原因是…") against the item's own 年初预算 and
 * 支出决算 (lib/facts). An error only where no rounding of the two amounts allows the word; a word
 * that holds only inside the rounding is a note.
 */
import { wanInterval } from '../../figures/figure';
import type { Fact } from '../../facts';
import type { CheckFamily } from '../context';
import { PACE } from '../context';
import { quoted, say } from '../../i18n/phrases';

/** The word, read as actual ⋚ budget; 预算数…决算数 in the other order is turned round. */
const WORDS = /(决算数?|支出决算)(大于|多于|高于|超过|小于|少于|低于|等于|持平于?|与预算数?持平)(年初|调整(后)?)?(预算数?)?/;
const REVERSED = /(年初|调整(后)?)?预算数?(大于|多于|高于|超过|小于|少于|低于|等于)(决算数?|支出决算)/;

type Relation = 'greater' | 'less' | 'equal';

function relationOf(word: string): Relation {
  if (/大于|多于|高于|超过/.test(word)) return 'greater';
  if (/小于|少于|低于/.test(word)) return 'less';
  return 'equal';
}

function flipped(relation: Relation): Relation {
  return relation === 'greater' ? 'less' : relation === 'less' ? 'greater' : 'equal';
}

/** The item the words stand after: the last concept of the paragraph with both an actual and a budget stated before them. */
function pairBefore(facts: readonly Fact[], before: number): { actual: Fact; budget: Fact; adjusted: boolean } | null {
  for (let i = facts.length - 1; i >= 0; i--) {
    const fact = facts[i]!;
    if (fact.figure.start >= before) continue;
    const same = facts.filter((f) => f.concept === fact.concept && f.period === fact.period && f.fund === fact.fund && f.figure.start < before);
    const actual = same.filter((f) => f.scenario === 'actual').at(-1);
    const budget = same.filter((f) => f.scenario === 'initial-budget' || f.scenario === 'adjusted-budget').at(-1);
    if (actual && budget) return { actual, budget, adjusted: budget.scenario === 'adjusted-budget' };
  }
  return null;
}

export const comparisonWords: CheckFamily = {
  id: 'comparison-words',
  *run(analysis, sink) {
    const proseFacts = new Map<number, Fact[]>();
    for (const fact of analysis.facts.facts) {
      if (fact.source !== 'prose' || fact.certainty !== 'certain') continue;
      const list = proseFacts.get(fact.figure.block);
      if (list) list.push(fact);
      else proseFacts.set(fact.figure.block, [fact]);
    }
    let done = 0;
    for (const [block, facts] of proseFacts) {
      if (++done % PACE === 0) yield;
      const text = analysis.document.blocks[block]?.text ?? '';
      const direct = WORDS.exec(text);
      const reversed = direct ? null : REVERSED.exec(text);
      const match = direct ?? reversed;
      if (!match) continue;
      const pair = pairBefore(facts.sort((a, b) => a.figure.start - b.figure.start), match.index);
      if (!pair) {
        sink.unchecked();
        continue;
      }
      // 调整预算 words against an 年初预算 (or the reverse) are two different budgets: not compared.
      if (/调整/.test(match[0]) !== pair.adjusted) {
        sink.unchecked();
        continue;
      }
      const stated = direct ? relationOf(match[2]!) : flipped(relationOf(match[3]!));
      const actual = wanInterval(pair.actual.figure);
      const budget = wanInterval(pair.budget.figure);
      const figures = [pair.actual.figure, pair.budget.figure];
      sink.checked(figures);
      const possible = stated === 'greater' ? actual.hi.gt(budget.lo) : stated === 'less' ? actual.lo.lt(budget.hi) : actual.meets(budget);
      const printedA = actual.mid;
      const printedB = budget.mid;
      const printed = stated === 'greater' ? printedA.gt(printedB) : stated === 'less' ? printedA.lt(printedB) : printedA.eq(printedB);
      if (printed) continue;
      const args = { words: quoted(match[0]), actual: pair.actual.figure.text, budget: pair.budget.figure.text };
      if (possible) sink.add('info', say('comparisonWords_withinRounding', args), figures, null, match[0]);
      else sink.add('error', say('comparisonWords_contradicts', args), figures, null, match[0]);
    }
  },
};
