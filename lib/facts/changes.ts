/**
 * Changes keyed by the quantity they imply. "X a万元，与上年相比增加c万元" says last year's X was a − c:
 * a fact of the prior period, implied, an interval (a and c are both rounded). Two statements of one
 * quantity, or of quantities a template identity makes equal (vocabulary.ts, EQUALITIES), imply one
 * prior value: where their intervals do not meet, they cannot both be true.
 */
import { D, type Dec } from '../decimal';
import { isMoneyUnit, wanInterval, type Figure } from '../figures/figure';
import type { Interval } from '../interval';
import type { Mention } from '../prose/mentions';
import type { Statement } from '../prose/statements';
import { defaultScenario, type Binding, type Certainty } from './fact';
import type { FactStore } from './store';
import { EQUALITIES, type Scenario } from './vocabulary';

export interface ImpliedPrior {
  /** The quantity the change is of (this year's). */
  binding: Binding;
  /** The quantity last year, as one key for all that a template identity makes equal (see quantityOf). */
  quantity: string;
  /** The member of its class ("concept|fund"), to tell two names of one quantity from two quantities. */
  member: string;
  /** How sure the join to the class's other members is: certain for one concept, the identity's otherwise. */
  joined: Certainty;
  statement: Statement;
  current: Figure;
  delta: Mention;
  /** current − (±change), in 万元. */
  prior: Interval;
  priorPoint: Dec;
  /** Certain only when the change is bound with certainty and its amount is the statement's own or a certain fact. */
  certainty: Certainty;
}

/** The year a change is measured against: the one it names ("与2023年度相比"), or the year before. */
function comparedPeriod(delta: Mention, period: number | null): number | null {
  const named = /(?:比|较|与)(20\d\d)年/.exec(delta.window);
  if (named) return Number(named[1]);
  return period === null ? null : period - 1;
}

/** The prior's scenario as the comparison's words give it ("比上年决算数"), or 'unstated'. */
function comparedScenario(delta: Mention): Scenario | 'unstated' {
  const words = /(?:比|较|与)(?:上年|去年|上一年|上年度|20\d\d年度?)(决算|预算|执行)?/.exec(delta.window)?.[1];
  return words === '决算' ? 'actual' : words === '执行' ? 'executed' : words === '预算' ? 'budget' : 'unstated';
}

/** The class of "concept|fund" under EQUALITIES in a scenario, or the member itself. */
function classOf(member: string, scenario: Scenario): { id: string; certainty: Certainty } {
  const index = EQUALITIES.findIndex((equality) => equality.members.includes(member) && (!equality.scenarios || equality.scenarios.includes(scenario)));
  return index < 0 ? { id: member, certainty: 'certain' } : { id: `=${index}`, certainty: EQUALITIES[index]!.certainty };
}

function impliedPrior(facts: FactStore, kind: '预算' | '决算' | null, statement: Statement, delta: Mention): ImpliedPrior | null {
  if (delta.direction === null || delta.figure.kind !== 'money' || !isMoneyUnit(delta.figure.unit)) return null;
  const own = statement.value ? facts.factOf(statement.value.figure) : undefined;
  const binding: Binding | null = own ?? (statement.subject ? facts.bind(statement.subject, delta) : null);
  if (!binding) return null;
  let current = statement.value?.figure ?? null;
  let currentCertainty: Certainty = 'certain';
  if (!current) {
    const fact = facts.valueOf({ ...binding, scenario: defaultScenario(kind) });
    if (!fact) return null;
    current = fact.figure;
    currentCertainty = fact.certainty;
  }
  if (current.kind !== 'money' || !isMoneyUnit(current.unit)) return null;
  // Unknown when neither the document nor the words give a year: "上年" of one unknown year is still one year.
  const period = comparedPeriod(delta, binding.period) ?? '?';
  const member = `${binding.concept}|${binding.fund}`;
  const joined = classOf(member, binding.scenario);
  const prior = wanInterval(current).minus(wanInterval(delta.figure).times(new D(delta.direction)));
  return {
    binding,
    quantity: `${joined.id}|${period}|${binding.scenario}|${comparedScenario(delta)}`,
    member,
    joined: joined.certainty,
    statement,
    current,
    delta,
    prior,
    priorPoint: prior.mid,
    certainty: binding.certainty === 'certain' && currentCertainty === 'certain' ? 'certain' : 'probable',
  };
}

const cache = new WeakMap<FactStore, ImpliedPrior[]>();

/** Every change against last year that the document binds to a quantity, with the prior it implies. */
export function impliedPriors(facts: FactStore, statements: readonly Statement[], kind: '预算' | '决算' | null): ImpliedPrior[] {
  let out = cache.get(facts);
  if (out) return out;
  out = [];
  for (const statement of statements) {
    for (const change of statement.changes) {
      if (change.basis !== 'prior' || !change.delta) continue;
      const implied = impliedPrior(facts, kind, statement, change.delta);
      if (implied) out.push(implied);
    }
  }
  cache.set(facts, out);
  return out;
}
