/**
 * Family 2, shares: "A a万元，占b%" → a ÷ (the total the sentence belongs to) ≈ b%. The denominator is
 * the total the list belongs to, or the total the share names ("占本年支出合计的"); otherwise not checked.
 */
import { intervalOf } from '../figures/figure';
import { Interval } from '../interval';
import type { Statement } from '../prose/statements';
import { displayName, subjectsMatch } from '../prose/statements';
import type { Analysis, CheckFamily } from './context';
import { percentText, ratioPercent } from './change-math';

function denominatorOf(analysis: Analysis, statement: Statement): Statement | null {
  const share = statement.share!;
  const named = /占(.+?)(的)?(比重|比例)?(为)?$/.exec(share.window.replace(/.*[，；：、]/, ''))?.[1];
  if (named && named.length >= 2) {
    const candidates = analysis.statements.filter((s) => s.value && s !== statement && s.value.figure.kind !== 'percent' && (subjectsMatch(named, s.subject) || subjectsMatch(named, s.context)));
    const values = new Set(candidates.map((s) => s.value!.figure.number));
    if (candidates.length > 0 && values.size === 1) return candidates[0]!;
    return null;
  }
  return statement.parent?.value ? statement.parent : null;
}

export const share: CheckFamily = {
  id: 'share',
  title: '占比',
  description: '“A a万元，占b%”：a除以所属总数应等于b%（按区间取整判断）。',
  run(analysis, sink) {
    for (const statement of analysis.statements) {
      if (!statement.share || !statement.value) continue;
      const part = statement.value.figure;
      const denominator = denominatorOf(analysis, statement);
      const whole = denominator?.value?.figure;
      if (!whole || analysis.explained.has(part) || analysis.explained.has(whole)) {
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
      sink.add(
        'error',
        `“${displayName(statement)}”${part.text}占“${displayName(denominator!)}”${whole.text}的比例应为${percentText(ratio.point, stated.scale + 2)}（约${expected}），文中为${stated.text}。`,
        [stated, part, whole],
        expected,
        stated.text,
      );
    }
  },
};
