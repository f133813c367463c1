/**
 * The template's own words left unresolved in the document: a choice the unit was to make ("增加（减少）",
 * "下降（增长）", "大于（小于）"), an instruction to the author ("（如持平作持平表述）", "仍保留该表格式，
 * 并在本表下方作下述说明"), and a reason announced but never given ("主要原因是。"). Each is a warning:
 * the sentence cannot be read as written, but no figure is made wrong by it.
 */
import { say } from '../../i18n/phrases';
import type { CheckFamily, TextPlace } from '../context';
import { figuresOfSentence, textMatches } from '../judging/text-places';

const DIRECTION = '增加|减少|增长|下降|上升|大于|小于|高于|低于|持平';

/** Two opposite words as the template prints the choice: "增加（减少）", "增长/下降". */
const CHOICE = new RegExp(`(${DIRECTION})\\s*(?:[（(]\\s*(${DIRECTION})\\s*[)）]|[/／]\\s*(${DIRECTION}))`);

/** The template's instructions to whoever fills it in (Shanghai, and the national template's wording). */
const INSTRUCTION = /[（(]如持平作持平表述[)）]|仍保留该表格式|并在本表下方作下述说明|作下述说明[:：]|由主管部门根据[^。]{0,20}填写|[（(](?:此处|请)[^）)]{0,20}(?:填写|填列|说明)[)）]/;

/** "主要原因是。", "主要原因：；": a reason announced, nothing given. */
const EMPTY_REASON = /主要原因(?:是|为)?\s*[:：]?\s*(?=[。；])/;

const RULES: Array<[RegExp, string]> = [
  [CHOICE, 'templateWording_choice'],
  [INSTRUCTION, 'templateWording_instruction'],
  [EMPTY_REASON, 'templateWording_emptyReason'],
];

export const templateWording: CheckFamily = {
  id: 'template-wording',
  run(analysis, sink) {
    for (const [pattern, key] of RULES) {
      // One finding per paragraph and rule: a paragraph of the 三公 template leaves "增加（减少）" in each
      // of its five sentences, and that is one slip to fix, not five.
      const byBlock = new Map<number, TextPlace[]>();
      for (const { place, match } of textMatches(analysis, pattern, { cells: false })) {
        // "增加（增加）" is no choice; the two words must differ.
        if (pattern === CHOICE && match[1] === (match[2] ?? match[3])) continue;
        byBlock.set(place.block, [...(byBlock.get(place.block) ?? []), place]);
      }
      for (const places of byBlock.values()) {
        sink.addText('warning', say(key, { text: places[0]!.text }), places, figuresOfSentence(analysis, places[0]!).slice(0, 2));
      }
    }
  },
};
