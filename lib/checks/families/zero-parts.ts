/**
 * Parts listed at zero: the 决算 template's 收入 and 支出 paragraphs list the parts of 本年收入合计 and
 * 本年支出合计 "（不涉及的不列）" — a line the unit does not have is left out, not printed as
 * "事业收入0.00万元，占0%". A warning for each zero part (the figures hold; the list is not as the
 * template asks). Budgets are not judged: some provinces' budget templates list every line, zeros
 * included.
 */
import type { Figure } from '../../figures/figure';
import { say } from '../../i18n/phrases';
import type { CheckFamily } from '../context';

/** "本年收入合计20323.21万元，其中：…" up to the end of the sentence. */
const LIST = /本年(?:收入|支出)合计[^。]*?其中[:：]([^。]*)/g;

export const zeroParts: CheckFamily = {
  id: 'zero-parts',
  run(analysis, sink) {
    if (analysis.kind !== '决算') return;
    for (const block of analysis.document.blocks) {
      for (const match of block.text.matchAll(LIST)) {
        const listStart = match.index + match[0].length - match[1]!.length;
        const listEnd = match.index + match[0].length;
        const inList = analysis.figures.filter((f) => f.block === block.index && !f.cell && f.start >= listStart && f.end <= listEnd && f.kind === 'money');
        for (const part of inList) {
          sink.checked([part], 'soft');
          if (!part.value.isZero()) continue;
          const name = nameBefore(block.text, listStart, part);
          sink.add('warning', say('zeroParts_listed', { name, printed: part.text }), [part]);
        }
      }
    }
  },
};

/** The part's name: the words between the list's previous separator and the figure. */
function nameBefore(text: string, from: number, figure: Figure): string {
  const before = text.slice(from, figure.start);
  const cut = Math.max(before.lastIndexOf('；'), before.lastIndexOf('，'), before.lastIndexOf('、'), before.lastIndexOf('：'));
  return before.slice(cut + 1).replace(/(为|是)$/, '').trim();
}
