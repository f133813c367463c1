/**
 * Family 5, decomposed changes: the parts of a change add up to it ("项目收支减少396.02万元，基本支出增加
 * 89.43万元，两项品迭后减少306.59万元"), and the changes of listed parts add up to the change of their
 * total. Explanations introduced by 主要 may leave things out: a mismatch there is a warning.
 */
import type { Figure } from '../../figures/figure';
import { groupBy } from '../../group-by';
import { displayName, type Change, type Statement } from '../../prose/statements';
import { evaluateSum, showAmount, sumsCompatible, type SumTerm } from '../judging/arith';
import type { Analysis, CheckFamily, FindingSink } from '../context';
import { findUnitSlip, unitSlipMessage } from '../judging/unit-slip-reading';
import { completeness } from '../judging/part-lists';
import type { Mention } from '../../prose/mentions';
import { PARTITIONS } from '../../facts/vocabulary';
import type { ExplainArg } from '../../i18n/explain';
import { change as changeArg, clause, num, quoted, say, series, signedChange, unit as unitArg } from '../../i18n/phrases';

function signOf(direction: number | null): 1 | -1 {
  return direction === -1 ? -1 : 1;
}

/** What is added up: 'Net' (说明中的净额), 'Reasons' (说明中列出的各项变动), 'Parts' (各分项的变动). */
type What = 'Net' | 'Reasons' | 'Parts';

/**
 * `unlisted`: the members of a template partition whose change the text does not state. Their change is
 * then what the whole's change less the listed ones' must be, and the finding says so.
 */
function judge(analysis: Analysis, sink: FindingSink, name: string, total: Figure, totalSign: 1 | -1, terms: SumTerm[], partial: boolean, whatKey: What, unlisted: readonly string[] = []): void {
  const figures = [total, ...terms.map((t) => t.figure)];
  if (!sumsCompatible(figures)) return;
  // Parts that may not be all of them say nothing about the whole's change, whichever way it goes (a
  // nested 其中 can cut a 三公 list short): not checked, rather than a warning that cannot tell.
  if (partial && whatKey === 'Parts' && unlisted.length === 0) return sink.unchecked();
  // Compare signed: total·sign = Σ sign·term. Flip everything so the total is positive.
  const flipped = terms.map((t) => ({ figure: t.figure, sign: (t.sign * totalSign) as 1 | -1 }));
  const result = evaluateSum(total, flipped);
  sink.checked(figures, partial ? 'soft' : 'hard');
  if (result.verdict === 'exact') return;
  const partsText = series(terms.map((t) => changeArg(t.sign, t.figure.text)));
  const what: ExplainArg = clause(`decomposedChange_what${whatKey}`);
  const sum = showAmount(result.sum.times(totalSign), figures, result.unit);
  const printed = showAmount(result.total.times(totalSign), figures, result.unit);
  const difference = showAmount(result.gap.abs(), figures, result.unit);
  const unit = unitArg(result.unit);
  if (result.verdict === 'fail' || result.verdict === 'coarse') {
    const slip = findUnitSlip(total, flipped);
    if (slip) {
      sink.addUnitSlip(unitSlipMessage(slip.figure, slip.readAs, clause('unitSlip_changeContext', { what, parts: partsText, name, total: total.text })), slip.figure, figures, `${slip.figure.number}${slip.readAs}`, slip.figure.text);
      return;
    }
  }
  const args = { name, change: changeArg(totalSign, total.text), what, parts: partsText, sum: signedChange(sum), unit, difference: num(difference) };
  if (result.verdict === 'rounding') {
    sink.add('info', say('decomposedChange_withinRounding', args), figures, sum, printed);
  } else if (unlisted.length > 0) {
    // Σ listed − whole: what the unlisted members' change must be (a decrease where the sum is above it).
    const needed = showAmount(result.total.minus(result.sum).times(totalSign), figures, result.unit);
    const missing = series(unlisted.map((member) => quoted(member)));
    sink.add('warning', say('decomposedChange_unlistedMustChange', { ...args, missing, needed: signedChange(needed) }), figures, sum, printed);
  } else if (result.verdict === 'coarse' || partial) {
    const why = !partial ? 'decomposedChange_onlyIfRounded' : 'decomposedChange_mainReasonsOnly';
    sink.add('warning', say(why, args), figures, sum, printed);
  } else {
    sink.add('error', say('decomposedChange_beyondRounding', args), figures, sum, printed);
  }
}

function reasonTerms(change: Change): SumTerm[] {
  return change.reasons.map((m) => ({ figure: m.figure, sign: signOf(m.direction) }));
}

function reportReasons(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change): void {
  const delta = change.delta;
  if (!delta || delta.direction === 0) return;
  const name = displayName(statement);
  const money = (m: { figure: Figure }) => m.figure.kind === 'money' || m.figure.kind === 'bare';
  // A net restatement ("两项品迭后减少306.59万元") must equal the change itself.
  for (const net of change.nets.filter(money)) {
    judge(analysis, sink, name, delta.figure, signOf(delta.direction), [{ figure: net.figure, sign: signOf(net.direction) }], false, 'Net');
  }
  const reasons = change.reasons.filter(money);
  if (reasons.length === 0 || !money(delta)) return;
  if (reasons.length === 1 && reasons[0]!.figure.number === delta.figure.number && reasons[0]!.figure.unit === delta.figure.unit) {
    sink.checked([delta.figure, reasons[0]!.figure], change.reasonsPartial ? 'soft' : 'hard');
    return;
  }
  const partial = change.reasonsPartial && change.nets.length === 0;
  judge(analysis, sink, name, delta.figure, signOf(delta.direction), reasonTerms({ ...change, reasons }), partial, 'Reasons');
}

/**
 * What a change is measured against, as its words print it: a year ("比2019年(疫情前)决算数减少…"),
 * 'last' for 上年/去年, '' when its words name none (a part of a list takes its whole's).
 */
function comparedYear(mention: Mention): string {
  const compared = /(?:比|较|与)(20\d\d|上年|去年|上一年)/.exec(mention.window)?.[1];
  return compared === undefined ? '' : /^20/.test(compared) ? compared : 'last';
}

/** Whether a part's change is measured against what its whole's is. */
function sameComparison(whole: string, part: string): boolean {
  return part === '' || part === whole;
}

function reportListedChanges(analysis: Analysis, sink: FindingSink, owner: Statement): void {
  for (const change of owner.changes) {
    if (!change.delta || change.delta.direction === null) continue;
    const against = comparedYear(change.delta);
    for (const list of owner.lists) {
      const itemChanges = list.items.map((item) => item.changes.find((c) => c.basis === change.basis && c.delta && c.delta.direction !== null && sameComparison(against, comparedYear(c.delta))));
      if (list.items.length < 2 || itemChanges.some((c) => !c)) continue;
      const terms = itemChanges.map((c) => ({ figure: c!.delta!.figure, sign: signOf(c!.delta!.direction) }));
      // Only a list known to hold every part makes its parts' changes the whole change.
      judge(analysis, sink, displayName(owner), change.delta.figure, signOf(change.delta.direction), terms, completeness(owner, list) !== 'complete', 'Parts');
    }
  }
}

/**
 * The changes of a template partition's parts, stated after its own in one sentence without amounts
 * ("“三公”经费…决算数比2023年度减少3.59万元，下降15.31%，其中：公务用车…减少3.59万元…；公务接待费…增加
 * 0.3万元…"): they add up to the whole's change. Every part named makes it an identity; some parts
 * only (the others may not have changed), a warning at most.
 */
function reportPartitionChanges(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change, ofBlock: readonly Statement[]): void {
  const delta = change.delta;
  // A list the template makes complete is judged as a list (reportListedChanges); one that may be cut short is not.
  if (!delta || delta.direction === null || statement.lists.some((list) => completeness(statement, list) === 'complete')) return;
  const whole = analysis.facts.bind(statement.subject, delta);
  const members = whole && whole.certainty === 'certain' ? PARTITIONS[whole.concept] : undefined;
  if (!members) return;
  const against = comparedYear(delta);
  // Its sentence, or the next when that opens with 其中 ("…下降15.31%。其中：公务用车…").
  const next = analysis.document.blocks[statement.block]?.text.split(/[。！？]/)[statement.sentence + 1] ?? '';
  const lastSentence = /^\s*其中/.test(next) ? statement.sentence + 1 : statement.sentence;
  const parts = new Map<string, Change>();
  for (const other of ofBlock) {
    if (other === statement || other.block !== statement.block || other.sentence < statement.sentence || other.sentence > lastSentence || other.id < statement.id) continue;
    const part = other.changes.find((c) => c.basis === change.basis && c.delta && c.delta.direction !== null && sameComparison(against, comparedYear(c.delta)));
    const bound = part ? analysis.facts.bind(other.subject, part.delta!) : null;
    if (part && bound && members.includes(bound.concept) && !parts.has(bound.concept)) parts.set(bound.concept, part);
  }
  if (parts.size < 2) return;
  const terms = [...parts.values()].map((c) => ({ figure: c.delta!.figure, sign: signOf(c.delta!.direction) }));
  const unlisted = members.filter((member) => !parts.has(member));
  judge(analysis, sink, displayName(statement), delta.figure, signOf(delta.direction), terms, unlisted.length > 0, 'Parts', unlisted);
}

export const decomposedChange: CheckFamily = {
  id: 'decomposed-change',
  run(analysis, sink) {
    // A partition's parts are looked for in its own block only: not among every statement of a long page.
    const byBlock = groupBy(analysis.statements, (statement) => String(statement.block));
    for (const statement of analysis.statements) {
      for (const change of statement.changes) {
        reportReasons(analysis, sink, statement, change);
        reportPartitionChanges(analysis, sink, statement, change, byBlock.get(String(statement.block)) ?? []);
      }
      reportListedChanges(analysis, sink, statement);
    }
  },
};
