/**
 * A figure printed without its unit where the sentence needs one: a share "占76.23" (76.23%), an amount
 * "支出决算为4.19。" in a document that prints every other amount in 万元. A warning: the reader can
 * guess the unit, but the printed figure says nothing by itself.
 */
import type { Figure } from '../../figures/figure';
import { say } from '../../i18n/phrases';
import type { CheckFamily } from '../context';

/** "占76.23", "占总支出的76.23", "占比76.23", "比重为76.23" — a share's slot. */
const SHARE_SLOT = /(?:占(?:[^，。；、\d]{0,12}的)?(?:比重|比例)?|占比|比重|比例)(?:为|是)?\s*$/;
/** "支出决算为", "预算数为", "收入合计" — an amount's slot. */
const AMOUNT_SLOT = /(?:预算|决算|支出|收入|经费|拨款|合计|总计)数?(?:为|是)?\s*$/;
/** After the figure: the clause ends (a unit would have been read into the figure). */
const CLAUSE_END = /^\s*(?:[。，；,;]|$)/;

export const missingUnit: CheckFamily = {
  id: 'missing-unit',
  run(analysis, sink) {
    const blocks = analysis.document.blocks;
    // Amounts are judged only where the document prints its amounts with a unit.
    const withUnit = analysis.figures.filter((f) => !f.cell && (f.unit === '万元' || f.unit === '元' || f.unit === '亿元')).length;
    for (const figure of analysis.figures) {
      if (figure.cell || figure.unit !== null || figure.kind !== 'bare') continue;
      const text = blocks[figure.block]?.text ?? '';
      const before = text.slice(Math.max(0, figure.start - 16), figure.start);
      const after = text.slice(figure.end, figure.end + 2);
      if (!CLAUSE_END.test(after)) continue;
      if (SHARE_SLOT.test(before) && isShareLike(figure)) {
        sink.checked([figure], 'soft');
        sink.add('warning', say('missingUnit_share', { printed: figure.text }), [figure]);
      } else if (AMOUNT_SLOT.test(before) && figure.scale === 2 && withUnit >= 3) {
        sink.checked([figure], 'soft');
        sink.add('warning', say('missingUnit_amount', { printed: figure.text }), [figure]);
      }
    }
  },
};

/** A share is at most 100 (a year, a code or a count would not be read as one). */
function isShareLike(figure: Figure): boolean {
  return figure.value.lte(100) && figure.value.gte(0) && figure.scale >= 1;
}
