/** Findings for a change (against last year or the budget) of one statement; shared by two families. */
import type { Basis } from '../prose/cues';
import { displayName, type Change, type Statement } from '../prose/statements';
import type { Analysis, FindingSink } from './context';
import { evaluateSum, showAmount } from './arith';
import { judgeChange, percentText, rateAgainstBase, readPair, statedRate } from './change-math';

const BASIS_WORDS: Record<Basis, string> = { prior: '上年', budget: '年初预算', adjusted: '调整预算', 'full-year': '全年预算' };

/**
 * A change whose base is printed ("较年初预算数3286.50万元增加225.56万元，增长6.9%"): the amounts must
 * satisfy current = base ± change, and the rate is the change over that base.
 */
function reportAgainstBase(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change): void {
  const current = statement.value?.figure;
  const base = change.base!.figure;
  const { delta, rate } = change;
  if (!current || [current, base, delta?.figure, rate?.figure].some((f) => f && analysis.explained.has(f))) return;
  const name = displayName(statement);
  const word = BASIS_WORDS[change.basis];
  if (delta && delta.direction !== null && delta.direction !== 0) {
    const figures = [current, base, delta.figure];
    const result = evaluateSum(current, [
      { figure: base, sign: 1 },
      { figure: delta.figure, sign: delta.direction === -1 ? -1 : 1 },
    ]);
    sink.checked(figures);
    if (result.verdict !== 'exact') {
      const pair = readPair(current, base)!;
      const actualChange = showAmount(pair.current.point.minus(pair.delta.point), figures);
      const severity = result.verdict === 'fail' ? 'error' : result.verdict === 'coarse' ? 'warning' : 'info';
      const changeText = actualChange.startsWith('-') ? `减少${actualChange.slice(1)}` : `增加${actualChange}`;
      sink.add(
        severity,
        `“${name}”${current.text}，${word}数${base.text}，两者相差应为${changeText}万元，文中写作“${delta.direction === -1 ? '减少' : '增加'}${delta.figure.text}”${severity === 'info' ? '（在取整误差范围内）' : ''}。`,
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
    if (base.value.isZero()) sink.add('warning', `“${name}”${word}数为0，变动率无从计算；“${rate.figure.text}”只是约定写法。`, figures, null, rate.figure.text);
    return;
  }
  sink.checked(figures);
  if (implied.interval.meets(statedRate(rate))) return;
  const point = percentText(implied.point.abs(), rate.figure.scale);
  sink.add('error', `“${name}”${current.text}，${word}数${base.text}，变动率应为${point}，文中为${rate.figure.text}。`, [rate.figure, current, base, ...(delta ? [delta.figure] : [])], point, rate.figure.text);
}

export function reportChange(analysis: Analysis, sink: FindingSink, statement: Statement, change: Change): void {
  if (change.base) {
    reportAgainstBase(analysis, sink, statement, change);
    return;
  }
  const current = statement.value?.figure;
  const { delta, rate } = change;
  if (!delta) {
    if (rate) sink.unchecked(); // a rate with no amount can only be checked against another document
    return;
  }
  if (!current) return;
  if (analysis.explained.has(current) || analysis.explained.has(delta.figure)) return;
  const verdict = judgeChange(current, delta, rate);
  if (!verdict) {
    sink.unchecked();
    return;
  }
  const base = BASIS_WORDS[change.basis];
  const name = displayName(statement);
  const figures = [current, delta.figure, ...(rate ? [rate.figure] : [])];
  const priorText = `${verdict.prior.toFixed()}`;
  switch (verdict.kind) {
    case 'negative-base':
      sink.checked(figures);
      sink.add('error', `“${name}”${current.text}，比${base}增加${delta.figure.text}，推算${base}数为${priorText}，为负数，不可能成立。`, figures, null, priorText);
      return;
    case 'ok':
      if (rate) sink.checked(figures);
      return;
    case 'direction':
      sink.checked(figures);
      sink.add('error', `方向矛盾：“${name}”的变动额写作“${delta.window.slice(-4)}${delta.figure.text}”，变动率却写作“${rate!.window.slice(-2)}${rate!.figure.text}”。`, figures, null, null);
      return;
    case 'zero-base':
      sink.checked(figures, 'soft');
      sink.add('warning', `“${name}”${base}数为0（${current.text}，变动${delta.figure.text}），增长率无从计算；“${rate!.figure.text}”只是约定写法。`, figures, null, rate!.figure.text);
      return;
    case 'unbounded':
      sink.unchecked();
      return;
    case 'rounding': {
      sink.checked(figures);
      const point = percentText(verdict.impliedPoint!.abs(), rate!.figure.scale);
      sink.add('info', `“${name}”按所印数字计算变动率为${percentText(verdict.impliedPoint!.abs(), rate!.figure.scale + 2)}（约${point}），印为${rate!.figure.text}；考虑各数字的取整，仍可成立。`, figures, point, rate!.figure.text);
      return;
    }
    case 'mismatch': {
      sink.checked(figures);
      const decimals = rate!.figure.scale;
      const implied = verdict.implied!;
      const point = percentText(verdict.impliedPoint!.abs(), decimals);
      sink.add(
        'error',
        `“${name}”${current.text}，比${base}${delta.direction === -1 ? '减少' : '增加'}${delta.figure.text}，则${base}数为${priorText}，变动率应为${point}（考虑取整为${percentText(implied.lo.abs().lt(implied.hi.abs()) ? implied.lo.abs() : implied.hi.abs(), decimals + 1)}至${percentText(implied.lo.abs().lt(implied.hi.abs()) ? implied.hi.abs() : implied.lo.abs(), decimals + 1)}），而文中为${rate!.figure.text}。`,
        figures,
        point,
        rate!.figure.text,
      );
    }
  }
}
