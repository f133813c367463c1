/**
 * The name of a quantity, comparable across documents: "“三公”经费财政拨款支出决算" (a 决算) and
 * "“三公”经费预算" (a 预算) are both "三公经费"; "收入预算：2024年年初预算数" and "本年收入合计" are both
 * "收入". Only wording that the templates vary is folded; every other difference keeps two names
 * apart, because a false match would compare two different quantities. The comparisons add a second
 * guard: a name that carries two different amounts in one document is not used at all (see compare.ts).
 */

/** Subjects that say nothing without their heading ("收入预算：年初预算数", "…（项）：支出决算"). */
const GENERIC = /^((年初|调整后?|全年)?(预算|决算)数?|合计|总计|金额|(支出|收入)(预算|决算)数?|决算支出|实际支出)$/;
/** Words that name the budget a 决算 compares with: such a figure is a budget, not the actual. */
const BUDGET_WORDS = /(年初|调整后?|全年)(预算)(数)?|预算数/;
const NOISE = /[\s\u3000“”"'‘’、，,。：:；;的]/g;

export interface Quantity {
  key: string;
  /** In a 决算: the figure is a budget ("“三公”经费年初预算21.50万元"), not the year's actual. */
  budget: boolean;
}

function heading(context: string): string {
  const colon = Math.max(context.lastIndexOf('：'), context.lastIndexOf(':'));
  return colon > 0 ? context.slice(0, colon).replace(/^.*[，。；]/, '') : '';
}

export function quantityOf(subject: string, context: string, kind: '预算' | '决算' | null): Quantity | null {
  const bare = subject.replace(NOISE, '');
  const name = GENERIC.test(bare) ? heading(context) + subject : subject;
  let key = name
    .normalize('NFKC')
    .replace(NOISE, '')
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/^((20\d\d)年度?|本年度?|全年|年度|当年)+/, '');
  const budget = kind === '决算' && BUDGET_WORDS.test(key);
  key = key
    .replace(/(年初|调整后?|全年)?(预算|决算)(数)?/g, '')
    .replace(/(财政拨款)?(支出)?(合计|总额|金额|执行数|共计)$/, '$1$2')
    .replace(/^(本年)/, '')
    .replace(/公务车/g, '公务用车')
    .replace(/收入\)?、?支出总计|收、?支总计/g, '收支总计');
  // "三公经费", "三公经费支出", "三公经费财政拨款支出": one total (三公 is always fiscal-grant spending).
  if (/^三公经费(财政拨款)?(支出)?$/.test(key)) key = '三公经费';
  // "因公出国（境）费用" / "…费支出" / "…经费支出"; "公务用车购置" / "…购置费".
  if (/出国/.test(key)) key = key.replace(/(经费|费用)(支出)?$/, '费').replace(/费支出$/, '费');
  key = key.replace(/购置$/, '购置费');
  if (key.length < 2 || /^\d/.test(key)) return null;
  return { key, budget };
}
