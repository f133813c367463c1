/**
 * Family 2, shares: "A a万元，占b%" → a ÷ (the total the sentence belongs to) ≈ b%. The denominator is
 * the total the list belongs to, or the total the share names ("占本年支出合计的"); otherwise not checked.
 */
import { intervalOf, isMoneyUnit, wanInterval, type Figure } from '../../figures/figure';
import { factKey, type Binding } from '../../facts';
import { quantityName } from '../../facts/names';
import { Interval } from '../../interval';
import { groupBy } from '../../group-by';
import type { Mention } from '../../prose/mentions';
import type { Statement } from '../../prose/statements';
import { displayName } from '../../prose/statements';
import type { Analysis, CheckFamily } from '../context';
import { percentText, ratioPercent } from '../judging/change-math';
import { optional, percent, say } from '../../i18n/phrases';
import { truncates } from '../judging/truncation';
import { shownWithPlace } from '../judging/text-places';
import { PACE } from '../context';

type NameIndex = Map<string, Statement[]>;

/** Each mention's place in analysis.mentions, made when a share first asks (not by a search per share). */
const mentionPlaces = new WeakMap<Analysis, Map<Mention, number>>();

function placeOf(analysis: Analysis, mention: Mention): number {
  let places = mentionPlaces.get(analysis);
  if (!places) {
    places = new Map();
    // The first place of each mention, as indexOf would find it.
    analysis.mentions.forEach((m, i) => places!.has(m) || places!.set(m, i));
    mentionPlaces.set(analysis, places);
  }
  return places.get(mention) ?? -1;
}

/** Statements with a value, by canonical name: built once per document, so each share is a lookup. */
function indexByName(analysis: Analysis): NameIndex {
  const named = analysis.statements.filter((s) => s.value && s.value.role === 'value' && s.value.figure.kind !== 'percent');
  return groupBy(named, (s) => quantityName(s.subject, analysis.kind));
}

/** The whole a share is of: its figure and the name to show for it. */
interface Denominator {
  figure: Figure;
  name: string;
  /** The figure as the message shows it: a table cell with its unit and where it is printed. */
  shown: string;
}

function fromStatement(statement: Statement | null): Denominator | null {
  return statement?.value ? { figure: statement.value.figure, name: displayName(statement), shown: statement.value.figure.text } : null;
}

function denominatorOf(analysis: Analysis, index: NameIndex, statement: Statement): Denominator | null {
  const share = statement.share!;
  const named = /占(.+?)(的)?(比重|比例)?(为)?$/.exec(share.window.replace(/.*[，；：、]/, ''))?.[1];
  if (named && named.length >= 2) return namedFact(analysis, named, statement) ?? fromStatement(uniqueByName(analysis, index, named, statement));
  if (statement.parent?.value) return fromStatement(statement.parent);
  // A list with no total in its sentence names it in front: "一般公共预算财政拨款支出按功能分类，教育支出…，占84.8%".
  const lead = /^(.+?)按.{0,4}分类/.exec(statement.value?.window.replace(/^[，；。]/, '') ?? '');
  const first = statement.value ? analysis.mentions[firstMentionOfSentence(analysis, statement.value)] : undefined;
  const topic = lead?.[1] ?? (first ? /^(.+?)按.{0,4}分类/.exec(first.window)?.[1] : undefined);
  if (topic) return fromStatement(uniqueByName(analysis, index, topic, statement));
  // Or says which whole it breaks down: "“三公”经费财政拨款支出决算中，公务用车购置及运行维护费支出决算19.56万元，
  // 占98.49%" (the Shanghai template's 三公 说明): the whole as a fact, printed in the sentence before or in the table.
  const within = first ? IN_WHOLE.exec(first.window.replace(/^[，；。]/, ''))?.[1] : undefined;
  return within ? (namedFact(analysis, within, statement) ?? fromStatement(uniqueByName(analysis, index, within, statement))) : null;
}

/** "X中，" opening a sentence: the parts that follow are of X ("在财政拨款支出预算中，"). Not "其中". */
const IN_WHOLE = /^在?([^，；。：]{2,30}?)中[，,：:]/;

/**
 * The whole a share names ("占“三公”经费的80.92%") as a fact of the document, wherever it is printed,
 * the tables included (the 附表's 三公 table for the 情况说明's sentence). Only when the part is itself a
 * certain fact, whose year and scenario the whole then shares (a 决算's budget shares are of the
 * budget), and every certain figure of the whole agrees: the most precise of them is the whole.
 */
function namedFact(analysis: Analysis, named: string, statement: Statement): Denominator | null {
  const value = statement.value!;
  const part = analysis.facts.factOf(value.figure);
  if (!part || part.certainty !== 'certain') return null;
  const binding = analysis.facts.bind(named, value);
  if (!binding || binding.certainty !== 'certain' || binding.concept.startsWith('item:') || binding.concept === part.concept) return null;
  const whole = wholeOf(analysis, { ...binding, period: part.period, scenario: part.scenario });
  return whole && { figure: whole.figure, name: named.replace(/[“”"]/g, ''), shown: whole.shown };
}

/** The wholes found so far, by fact key: a long page names the same whole in many shares. */
const wholes = new WeakMap<Analysis, Map<string, { figure: Figure; shown: string } | null>>();

/** The most precise certain figure of a fact, when all of them agree (their intervals share a point). */
function wholeOf(analysis: Analysis, binding: Binding): { figure: Figure; shown: string } | null {
  let known = wholes.get(analysis);
  if (!known) wholes.set(analysis, (known = new Map()));
  const key = factKey(binding);
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  let found: { figure: Figure; shown: string } | null = null;
  const facts = analysis.facts.all(binding).filter((fact) => fact.certainty === 'certain' && (isMoneyUnit(fact.figure.unit) || fact.figure.kind === 'bare'));
  if (facts.length > 0) {
    // Intervals on a line meet pairwise exactly when the largest low end is at most the smallest high end.
    const intervals = facts.map((fact) => wanInterval(fact.figure));
    let best = 0;
    let lo = intervals[0]!.lo;
    let hi = intervals[0]!.hi;
    for (let i = 1; i < intervals.length; i++) {
      const interval = intervals[i]!;
      if (interval.lo.gt(lo)) lo = interval.lo;
      if (interval.hi.lt(hi)) hi = interval.hi;
      if (interval.hi.minus(interval.lo).lt(intervals[best]!.hi.minus(intervals[best]!.lo))) best = i;
    }
    if (lo.lte(hi)) {
      const figure = facts[best]!.figure;
      found = { figure, shown: shownWithPlace(analysis, figure) };
    }
  }
  known.set(key, found);
  return found;
}

/** The statement of this quantity by name (lib/facts/names.ts: quotes, 本年, a 决算's 决算数 aside), if all such agree. */
function uniqueByName(analysis: Analysis, index: NameIndex, name: string, except: Statement): Statement | null {
  const candidates = (index.get(quantityName(name, analysis.kind)) ?? []).filter((s) => s !== except);
  const values = new Set(candidates.map((s) => s.value!.figure.text));
  return candidates.length > 0 && values.size === 1 ? candidates[0]! : null;
}

/** Index of the first mention of the sentence a mention stands in (mentions are in document order). */
function firstMentionOfSentence(analysis: Analysis, mention: Mention): number {
  let i = placeOf(analysis, mention);
  while (i > 0 && analysis.mentions[i - 1]!.block === mention.block && analysis.mentions[i - 1]!.sentence === mention.sentence) i--;
  return i;
}

export const share: CheckFamily = {
  id: 'share',
  *run(analysis, sink) {
    const index = indexByName(analysis);
    let done = 0;
    for (const statement of analysis.statements) {
      if (++done % PACE === 0) yield;
      if (!statement.share || !statement.value) continue;
      const part = statement.value.figure;
      const denominator = denominatorOf(analysis, index, statement);
      const whole = denominator?.figure;
      if (!whole) {
        sink.unchecked();
        continue;
      }
      const ratio = ratioPercent(part, whole);
      if (!ratio) {
        sink.unchecked();
        continue;
      }
      sink.checked([statement.share.figure, part, whole]);
      const stated = statement.share.figure;
      const statedInterval = intervalOf(stated);
      if (ratio.interval.meets(statedInterval)) continue;
      const expected = percentText(ratio.point, stated.scale);
      const cut = truncates(ratio.interval, stated);
      sink.add(
        cut ? 'warning' : 'error',
        say('share_mismatch', {
          name: displayName(statement),
          part: part.text,
          wholeName: denominator!.name,
          whole: denominator!.shown,
          exact: percent(ratio.point, stated.scale + 2),
          expected: percent(ratio.point, stated.scale),
          stated: stated.text,
          note: optional(cut, 'common_truncatedNote'),
        }),
        [stated, part, whole],
        expected,
        stated.text,
      );
    }
  },
};
