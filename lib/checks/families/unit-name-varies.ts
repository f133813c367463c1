/**
 * The unit's name as the document prints it elsewhere: "规划与自然资源局" for "规划和自然资源局" (the
 * conjunction changed), or a part's heading that drops the district ("上海市规划和自然资源局2024年度部门
 * 决算" from 上海市普陀区规划和自然资源局). A warning: the reader cannot tell whether two units are meant.
 */
import { say } from '../../i18n/phrases';
import type { CheckFamily } from '../context';
import { figuresOfSentence, textMatches } from '../judging/text-places';

/** The administrative prefix of a unit's name ("上海市普陀区", "江苏省", "重庆市垫江县") and the rest. */
const PREFIX = /^((?:[^省市区县旗]{1,8}?(?:省|自治区|市|区|县|旗)){1,3})(?=[^省市区县旗]{2,})/;
const CONJUNCTIONS = /[和与及]/g;

export const unitNameVaries: CheckFamily = {
  id: 'unit-name-varies',
  run(analysis, sink) {
    const full = analysis.unit;
    if (!full || full.length < 6) return;
    const prefix = PREFIX.exec(full)?.[1] ?? '';
    const core = full.slice(prefix.length);
    if (core.length < 4) return;
    // The core with its conjunctions loosened: the same name, whichever of 和/与/及 it uses.
    const escaped = core.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const loose = new RegExp(escaped.replace(CONJUNCTIONS, '[和与及]'));
    if (loose.source !== escaped) {
      for (const { place } of textMatches(analysis, loose, { cells: false })) {
        sink.checked([]);
        if (place.text !== core) sink.addText('warning', say('unitNameVaries_conjunction', { printed: place.text, name: core }), [place], figuresOfSentence(analysis, place).slice(0, 2));
      }
    }
    if (!prefix) return;
    // A part's heading or a title naming the unit with only the first part of its prefix.
    for (const { place, text } of textMatches(analysis, loose, { cells: false })) {
      if (text.length > 60 || /[，。；]/.test(text) || !/(部门|单位)(预算|决算)/.test(text)) continue;
      const before = text.slice(0, place.start);
      const printedPrefix = PREFIX.exec(before.replace(/^第[一二三四五六七八九十]+部分\s*/, '') + core)?.[1] ?? '';
      if (!printedPrefix || !before.endsWith(printedPrefix) || printedPrefix === prefix || !prefix.startsWith(printedPrefix)) continue;
      const start = place.start - printedPrefix.length;
      sink.addText('warning', say('unitNameVaries_prefix', { printed: printedPrefix + place.text, name: full }), [{ ...place, text: printedPrefix + place.text, start }]);
    }
  },
};
