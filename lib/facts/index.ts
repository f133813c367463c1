/**
 * The fact layer, between reading and checking: every figure of the prose and the tables bound, where
 * the template allows, to what it measures (see fact.ts). Families ask it for "the same quantity".
 */
import type { Mention } from '../prose/mentions';
import type { ReadTable } from '../tables/read';
import type { ProseContext } from './bind-prose';
import { bindTables } from './bind-tables';
import type { Fact } from './fact';
import { FactStore } from './store';

export type { ProseContext } from './bind-prose';
export { defaultScenario, factKey, type Binding, type Certainty, type Fact } from './fact';
export { FactStore } from './store';
export { impliedPriors, type ImpliedPrior } from './changes';

/** The facts of a document: its prose values (outside explanations) and its tables' template cells. */
export function buildFacts(mentions: readonly Mention[], tables: readonly ReadTable[], given: ProseContext): FactStore {
  const byBlock = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = byBlock.get(mention.block);
    if (list) list.push(mention);
    else byBlock.set(mention.block, [mention]);
  }
  const context: ProseContext = { ...given, mentionsOfBlock: (block) => byBlock.get(block) ?? [] };
  const facts: Fact[] = [];
  const store = new FactStore(facts, context);
  for (const mention of mentions) {
    if (mention.role !== 'value' || mention.inReason) continue;
    const binding = store.bind(mention.subject || mention.label, mention);
    if (binding) facts.push({ ...binding, figure: mention.figure, source: 'prose' });
  }
  facts.push(...bindTables(tables, { kind: context.kind, year: context.year }));
  store.index();
  return store;
}
