/**
 * The document's facts by key. A lookup answers only when every fact of the key agrees (within the
 * rounding of what each printed): two that disagree are an inconsistency for the families to report,
 * never a value to compute with.
 */
import { wanInterval, isMoneyUnit, type Figure } from '../figures/figure';
import type { Mention } from '../prose/mentions';
import { bindName, type ProseContext } from './bind-prose';
import { factKey, type Binding, type Fact } from './fact';

export class FactStore {
  private readonly byKey = new Map<string, Fact[]>();
  private readonly byFigure = new Map<Figure, Fact>();

  constructor(
    readonly facts: readonly Fact[],
    private readonly context: ProseContext,
  ) {}

  /** Indexes the facts by key and figure, once they are all in (the prose ones are bound through bind()). */
  index(): void {
    for (const fact of this.facts) {
      const key = factKey(fact);
      const list = this.byKey.get(key);
      if (list) list.push(fact);
      else this.byKey.set(key, [fact]);
      if (!this.byFigure.has(fact.figure)) this.byFigure.set(fact.figure, fact);
    }
  }

  /** Bindings asked for already, by mention and name: several families ask about the same mention. */
  private readonly bound = new WeakMap<Mention, Map<string, Binding | null>>();

  /** What a name, printed where a mention stands, says it measures (see bind-prose.ts). */
  bind(name: string, mention: Mention): Binding | null {
    let byName = this.bound.get(mention);
    if (!byName) this.bound.set(mention, (byName = new Map()));
    let binding = byName.get(name);
    if (binding === undefined) byName.set(name, (binding = bindName(name, mention, this.context)));
    return binding;
  }

  /** The fact a figure was bound to, if any. */
  factOf(figure: Figure): Fact | undefined {
    return this.byFigure.get(figure);
  }

  /** Every fact of a key. */
  all(binding: Binding): readonly Fact[] {
    return this.byKey.get(factKey(binding)) ?? [];
  }

  /**
   * The value of a quantity, as one of the figures that state it (prose first, as the reader sees it),
   * when all its statements agree; null when none states it or two disagree.
   */
  valueOf(binding: Binding): Fact | null {
    // Asked again and again for one key (every change of a repeated quantity): every pair is compared once.
    const key = factKey(binding);
    let value = this.values.get(key);
    if (value === undefined) this.values.set(key, (value = this.agreedValue(binding)));
    return value;
  }

  private readonly values = new Map<string, Fact | null>();

  private agreedValue(binding: Binding): Fact | null {
    // A value is taken only from what is bound with certainty: nearby words may warn, never supply one.
    const facts = this.all(binding).filter((fact) => fact.certainty === 'certain' && (isMoneyUnit(fact.figure.unit) || fact.figure.kind === 'bare'));
    if (facts.length === 0) return null;
    // A handful of statements at most: every pair must meet.
    const intervals = facts.map((fact) => wanInterval(fact.figure));
    for (let i = 0; i < intervals.length; i++) for (let j = i + 1; j < intervals.length; j++) if (!intervals[i]!.meets(intervals[j]!)) return null;
    return facts.find((fact) => fact.source === 'prose') ?? facts[0]!;
  }
}
