/** Findings for a change (against last year or the budget) of one statement; shared by two families. */
import { displayName, type Change, type Statement } from '../../prose/statements';
import type { Analysis, FindingSink } from '../context';
import { evaluateSum, showAmount } from './arith';
import { judgeChange, percentText, rateAgainstBase, readPair, slipOfSign, statedRate } from './change-math';
import { isMoneyUnit, type Figure } from '../../figures/figure';
import { defaultScenario } from '../../facts';
import { truncates } from './truncation';
import { parseName } from '../../facts/vocabulary';
import { basis as basisArg, change as changeArg, num, optional, percent, say, signedChange, unit as unitArg } from '../../i18n/phrases';

/**
 * A change whose base is printed ("较年初预算数3286.50万元增加225.56万元，增长6.9%"): the amounts must
 * satisfy current = base ± change, and the rate is the change over that base.
 */
/** A base the change names in words, and what to call the two amounts (see baseFromFacts). */
interface NamedBase {
  figure: Figure;
  /** The comparison as printed ("2025年预算执行数"). */
  basis: string;
  /** The quantity, with its item ("“…（项）”预算安排"). */
  name: string;
}

function reportAgainstBase(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change, base: Figure, named: NamedBase | null = null): void {
  const current = statement.value?.figure;
  const { delta, rate } = change;
  if (!current) return;
  const name = named?.name ?? displayName(statement);
  // The message prints "{basis}数{base}": the comparison as printed, less its 数.
  const word = named ? named.basis.replace(/数$/, '') : basisArg(change.basis);
  // "减少-5万元": which way the amount changed is not known.
  if (delta?.figure.value.isNeg()) return sink.unchecked();
  if (delta && delta.direction !== null && delta.direction !== 0) {
    // Figures of different kinds ("7.92" beside "22.63辆") cannot be an amount, its base and a change.
    const pair = readPair(current, base);
    if (!pair) return sink.unchecked();
    const figures = [current, base, delta.figure];
    const result = evaluateSum(current, [
      { figure: base, sign: 1 },
      { figure: delta.figure, sign: delta.direction === -1 ? -1 : 1 },
    ]);
    sink.checked(figures);
    if (result.verdict !== 'exact') {
      const actualChange = showAmount(pair.current.point.minus(pair.delta.point), figures);
      const severity = result.verdict === 'fail' ? 'error' : result.verdict === 'coarse' ? 'warning' : 'info';
      const changeText = actualChange.startsWith('-') ? `减少${actualChange.slice(1)}` : `增加${actualChange}`;
      // readPair computes in the figures' own unit when both print the same money unit, else in 万元.
      const unit = isMoneyUnit(current.unit) && current.unit === base.unit ? current.unit : current.kind === 'money' || current.kind === 'bare' ? '万元' : current.unit;
      sink.add(
        severity,
        say('change_againstBase', {
          name,
          current: current.text,
          basis: word,
          base: base.text,
          change: signedChange(actualChange),
          unit: unitArg(unit),
          stated: changeArg(delta.direction, delta.figure.text),
          note: optional(severity === 'info', 'common_withinRoundingNote'),
        }),
        [delta.figure, current, base],
        changeText,
        `${delta.direction === -1 ? '减少' : '增加'}${delta.figure.text}`,
      );
      if (severity === 'error') return;
    }
  }
  if (!rate) return;
  const implied = rateAgainstBase(current, base, delta);
  const figures = [current, base, ...(delta ? [delta.figure] : []), rate.figure];
  if (!implied) {
    sink.checked(figures, 'soft');
    // The rate is the figure in doubt (the amounts are fine): it is named first, so it is the one marked.
    if (base.value.isZero()) sink.add('warning', say('change_baseZero', { name, basis: word, rate: rate.figure.text }), [rate.figure, ...figures.filter((f) => f !== rate.figure)], null, rate.figure.text);
    return;
  }
  sink.checked(figures);
  if (implied.interval.meets(statedRate(rate))) return;
  const slip = slipOfSign(rate);
  if (slip && implied.interval.meets(slip)) {
    const pair = readPair(current, base);
    const stated = delta ? changeArg(delta.direction, delta.figure.text) : pair ? signedChange(showAmount(pair.current.point.minus(pair.delta.point), [current, base])) : '';
    sink.add('warning', say('change_signSlip', { name, change: stated, rate: `${rate.window.slice(-2)}${rate.figure.text}`, point: percent(implied.point.abs(), rate.figure.scale) }), [rate.figure, current, base, ...(delta ? [delta.figure] : [])], null, rate.figure.text);
    return;
  }
  const point = percentText(implied.point.abs(), rate.figure.scale);
  const cut = truncates(implied.interval, rate.figure);
  sink.add(
    cut ? 'warning' : 'error',
    say('change_rateAgainstBase', { name, current: current.text, basis: word, base: base.text, expected: percent(implied.point.abs(), rate.figure.scale), rate: rate.figure.text, note: optional(cut, 'common_truncatedNote') }),
    [rate.figure, current, base, ...(delta ? [delta.figure] : [])],
    point,
    rate.figure.text,
  );
}

/**
 * The amount a change is of, when its sentence does not print it ("其中：公务用车购置及运行维护费支出决算减少
 * 3.59万元，下降15.31%" after "…支出决算为19.56万元" elsewhere): the document's one value of the quantity
 * the change names, this year, in the document's scenario (the 三公 table's 决算数, the sentence that
 * states it). Only a quantity the template names exactly, stated alike wherever it is printed.
 */
function currentFromFacts(analysis: Analysis, statement: Statement, change: Change): Figure | null {
  const mention = change.delta ?? change.rate;
  if (!mention || !statement.subject) return null;
  const binding = analysis.facts.bind(statement.subject, mention);
  if (!binding || binding.certainty !== 'certain') return null;
  const ownYear = /(20\d\d)年度?[^比较与同]*$/.exec(mention.window.split(/比|较|与|同比/)[0] ?? '');
  const period = ownYear ? Number(ownYear[1]) : binding.period;
  return analysis.facts.valueOf({ ...binding, period, scenario: defaultScenario(analysis.kind) })?.figure ?? null;
}

/**
 * The base a change names in words, when the document states it elsewhere: "2025年当年预算执行数为
 * 120.00万元，2026年预算安排132.00万元，比2025年预算执行数增加10.00%" compares the item's 2026 allocation
 * with its 2025 execution, a fact of the same item. Only a comparison that names a scenario (预算执行数,
 * 决算数, 年初预算…), for a current amount bound with certainty.
 */
function baseFromFacts(analysis: Analysis, statement: Statement, change: Change): NamedBase | null {
  const current = statement.value?.figure;
  const mention = change.delta ?? change.rate;
  const fact = current ? analysis.facts.factOf(current) : undefined;
  if (!mention || !fact || fact.certainty !== 'certain') return null;
  const compared = /(?:比|较|与)(.+?)(?:相比)?[，,]?(?:增加|增长|上升|提高|减少|下降|降低|持平)?$/.exec(mention.label);
  if (!compared) return null;
  const target = parseName(compared[1]!, analysis.kind);
  if (target.scenario === null || target.rest !== '' || target.concept) return null;
  const year = /(20\d\d)年/.exec(compared[1]!);
  const period = year ? Number(year[1]) : /上年|去年|上一年/.test(compared[1]!) && fact.period !== null ? fact.period - 1 : fact.period;
  if (period === fact.period && target.scenario === fact.scenario) return null;
  const base = analysis.facts.valueOf({ ...fact, period, scenario: target.scenario });
  if (!base) return null;
  const item = fact.concept.startsWith('item:') ? fact.concept.slice('item:'.length) : '';
  const own = fact.period !== null && !/20\d\d/.test(statement.subject) ? `${fact.period}年` : '';
  return { figure: base.figure, basis: compared[1]!, name: item + own + displayName(statement) };
}

/** A figure inside an open bracket that names a year other than the document's ("（2016年度…为X）", "（上年…X）"). */
function printedForAnotherYear(analysis: Analysis, figure: Figure): boolean {
  if (figure.cell) return false;
  const before = (analysis.document.blocks[figure.block]?.text ?? '').slice(Math.max(0, figure.start - 40), figure.start);
  const open = Math.max(before.lastIndexOf('（'), before.lastIndexOf('('));
  if (open < 0 || open < Math.max(before.lastIndexOf('）'), before.lastIndexOf(')'))) return false;
  const inside = before.slice(open + 1);
  const year = /^(20\d\d)年/.exec(inside)?.[1];
  if (/^上年|^上一年/.test(inside)) return true;
  if (year === undefined) return false;
  // Another year than the document's; or, the document's year unknown, the year it is compared with.
  if (analysis.year !== null) return Number(year) !== analysis.year;
  const text = analysis.document.blocks[figure.block]?.text ?? '';
  const bracketAt = Math.max(0, figure.start - 40) + open;
  return new RegExp(`[与比较]${year}年`).test(text.slice(Math.max(0, bracketAt - 30), bracketAt));
}

export function reportChange(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change): void {
  if (change.base) {
    reportAgainstBase(analysis, sink, statement, change, change.base.figure);
    return;
  }
  const named = baseFromFacts(analysis, statement, change);
  if (named) {
    reportAgainstBase(analysis, sink, statement, change, named.figure, named);
    return;
  }
  // "与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元" (政协 2017): the amount in the
  // brackets is last year's, not this year's: not the current of this change.
  if (statement.value && printedForAnotherYear(analysis, statement.value.figure)) {
    sink.unchecked();
    return;
  }
  const current = statement.value?.figure ?? currentFromFacts(analysis, statement, change);
  const { delta, rate } = change;
  if (!delta) {
    if (rate) sink.unchecked(); // a rate with no amount can only be checked against another document
    return;
  }
  if (!current) return;
  const verdict = judgeChange(current, delta, rate);
  if (!verdict) {
    sink.unchecked();
    return;
  }
  const figures = [current, delta.figure, ...(rate ? [rate.figure] : [])];
  // Most changes agree: the words are made only for a finding.
  if (verdict.kind === 'ok') {
    if (rate) sink.checked(figures);
    return;
  }
  const base = basisArg(change.basis);
  const name = displayName(statement);
  const priorText = `${verdict.prior.toFixed()}`;
  switch (verdict.kind) {
    case 'negative-base':
      sink.checked(figures);
      sink.add('error', say('change_negativeBase', { name, current: current.text, basis: base, delta: delta.figure.text, prior: num(priorText) }), figures, null, priorText);
      return;
    case 'direction':
      sink.checked(figures);
      sink.add('error', say('change_direction', { name, delta: `${delta.window.slice(-4)}${delta.figure.text}`, rate: `${rate!.window.slice(-2)}${rate!.figure.text}` }), figures, null, null);
      return;
    case 'zero-base':
      sink.checked(figures, 'soft');
      // The rate is the figure in doubt (the amounts are fine): it is named first, so it is the one marked.
      sink.add('warning', say('change_zeroBase', { name, basis: base, current: current.text, delta: delta.figure.text, rate: rate!.figure.text }), [rate!.figure, current, delta.figure], null, rate!.figure.text);
      return;
    case 'unbounded':
      sink.unchecked();
      return;
    case 'sign-slip': {
      // Ambiguous, so a warning: read as printed the rate says the opposite of the amounts; without its sign it agrees.
      sink.checked(figures);
      const args = { name, change: changeArg(delta.direction, delta.figure.text), rate: `${rate!.window.slice(-2)}${rate!.figure.text}`, point: percent(verdict.impliedPoint!.abs(), rate!.figure.scale) };
      sink.add('warning', say('change_signSlip', args), [rate!.figure, current, delta.figure], null, rate!.figure.text);
      return;
    }
    case 'rounding': {
      sink.checked(figures);
      const point = percentText(verdict.impliedPoint!.abs(), rate!.figure.scale);
      const args = { name, exact: percent(verdict.impliedPoint!.abs(), rate!.figure.scale + 2), point: percent(verdict.impliedPoint!.abs(), rate!.figure.scale), rate: rate!.figure.text };
      sink.add('info', say('change_rateWithinRounding', args), figures, point, rate!.figure.text);
      return;
    }
    case 'mismatch': {
      sink.checked(figures);
      const decimals = rate!.figure.scale;
      const implied = verdict.implied!;
      const point = percentText(verdict.impliedPoint!.abs(), decimals);
      const [low, high] = implied.lo.abs().lt(implied.hi.abs()) ? [implied.lo.abs(), implied.hi.abs()] : [implied.hi.abs(), implied.lo.abs()];
      const cut = truncates(implied, rate!.figure);
      sink.add(
        cut ? 'warning' : 'error',
        say('change_rateMismatch', {
          name,
          current: current.text,
          basis: base,
          change: changeArg(delta.direction, delta.figure.text),
          prior: num(priorText),
          point: percent(verdict.impliedPoint!.abs(), decimals),
          low: percent(low, decimals + 1),
          high: percent(high, decimals + 1),
          rate: rate!.figure.text,
          note: optional(cut, 'common_truncatedNote'),
        }),
        figures,
        point,
        rate!.figure.text,
      );
    }
  }
}
