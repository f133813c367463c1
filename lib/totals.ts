/**
 * The unit's headline totals, in 万元, as the document states them. Only the first statement that names
 * each total (outside explanations) counts; nothing is computed here.
 */
import { D } from './decimal';
import { toWan, isMoneyUnit } from './figures/figure';
import type { Statement } from './prose/statements';
import type { TotalKey } from './report';

const PATTERNS: Array<[TotalKey, RegExp]> = [
  ['收入合计', /^(本年)?收入(合计|预算|总额)$|收入预算：?(20\d\d年)?(年初)?预算数|^本年收入合计$/],
  ['支出合计', /^(本年)?支出(合计|预算|总额)$|支出预算：?(20\d\d年)?(年初)?预算数|^本年支出合计$/],
  ['基本支出', /^(一般公共(预算)?(财政)?拨款)?基本支出$/],
  ['项目支出', /^(一般公共(预算)?(财政)?拨款)?项目支出$/],
  ['人员经费', /^人员经费$/],
  ['公用经费', /^公用经费$/],
  ['三公经费', /^“?三公”?经费(支出|预算|财政拨款支出决算)?(共计|合计|总额)?$/],
];

export function totalsOf(statements: Statement[]): Partial<Record<TotalKey, string>> {
  const totals: Partial<Record<TotalKey, string>> = {};
  // The names each amount goes by, worked out once (not once per total asked for).
  const namesOf = new Map<Statement, string[]>();
  const names = (statement: Statement): string[] => {
    let found = namesOf.get(statement);
    if (!found) namesOf.set(statement, (found = [statement.subject, statement.context.replace(/^.*[，；]/, '')].map((name) => name.replace(/\s/g, ''))));
    return found;
  };
  for (const [key, pattern] of PATTERNS) {
    for (const statement of statements) {
      const figure = statement.value?.figure;
      if (!figure || figure.kind === 'percent' || figure.kind === 'count' || figure.kind === 'score') continue;
      if (!names(statement).some((name) => pattern.test(name))) continue;
      const unit = isMoneyUnit(figure.unit) ? figure.unit : '万元';
      totals[key] = toWan(new D(figure.value), unit).toFixed();
      break;
    }
  }
  return totals;
}
