/**
 * Placeholders the template's author left for the unit to fill, still printed: "上海市某区XX局",
 * "增加XXX万元", "主要原因是XXXXXXXX". The Shanghai template writes every blank as a run of X; other
 * templates use ×× or 某某. A warning: the words cannot be right, but no figure is made wrong by them.
 */
import { say } from '../../i18n/phrases';
import type { CheckFamily, TextPlace } from '../context';
import { figuresOfSentence, textMatches } from '../judging/text-places';

/**
 * Two or more X (Latin or full-width, either case) not inside a Latin word or a code ("XXL", "X2"), a
 * run of ×, 某某, or 某 standing for a district, a county or a bureau after a province or city name.
 */
const PLACEHOLDER = /(?<![A-Za-z0-9])(?:[XＸ]{2,}|[xｘ]{3,}|×{2,})(?![A-Za-z0-9])|某某|(?<=[省市])某(?=[区县市])|(?<=[区县])某(?=[局委办])/;

export const placeholders: CheckFamily = {
  id: 'placeholders',
  run(analysis, sink) {
    // One finding per paragraph or cell: "上海市某区XX局" is one blank left, printed in two pieces.
    const byWhere = new Map<string, TextPlace[]>();
    for (const { place } of textMatches(analysis, PLACEHOLDER)) {
      const where = place.cell ? `${place.cell.table}/${place.cell.row}/${place.cell.cell}` : String(place.block);
      byWhere.set(where, [...(byWhere.get(where) ?? []), place]);
    }
    for (const places of byWhere.values()) {
      sink.addText('warning', say('placeholders_left', { text: places.map((p) => p.text).join('…') }), places, figuresOfSentence(analysis, places[0]!).slice(0, 2));
    }
  },
};
