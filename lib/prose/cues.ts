/** The words that tell what a figure is: comparison bases, directions, shares, list and reason openers. */
import { charSet, endsWithOneOf, startsWithOneOf } from '../chars';

export type Basis = 'prior' | 'budget' | 'adjusted' | 'full-year';

/** "与2023年度相比", "比上年", "较年初预算数", … What a change is measured against. */
export const COMPARISONS: Array<[RegExp, Basis]> = [
  // 调整 first: "较调整预算数" also contains "预算数".
  [/较?调整(后)?预算数?|完成调整预算/, 'adjusted'],
  [/较?(年初)?预算数?(的)?|比年初预算|较预算|较年初/, 'budget'],
  [/全年预算数?/, 'full-year'],
  [/与(上年|去年|上一年|上年度|20\d\d年度?)(决算|预算)?(数)?相比|比(上年|去年|上一年|20\d\d年度?)(决算|预算)?(数)?|较(上年|去年|上一年|上年度|20\d\d年度?)(支出|决算|预算)?(数)?|同比/, 'prior'],
];

export const COMPARISON_ANY = /与(上年|去年|上一年|上年度|20\d\d年度?)(决算|预算)?(数)?相比|(比|较)(上年|去年|上一年|上年度|20\d\d年度?)(支出|决算|预算)?(数)?|较?(年初)?预算数|较预算|较年初|同比|较?调整预算数?/g;

/** Direction words. The last one before the figure counts. */
export const DIRECTION = /(增加|增长|增幅|涨幅|上升|提高|增|多|减少|下降|降低|降幅|减幅|减|少|节约|结余|节余|压减|调减|调增|持平|无增减)/g;
export const DIRECTION_WORDS: Record<string, 1 | -1 | 0> = {
  增加: 1, 增长: 1, 增幅: 1, 涨幅: 1, 上升: 1, 提高: 1, 增: 1, 多: 1, 调增: 1,
  // "减少134万元，降幅0.66%" (Jiangsu): the rate's own word.
  减少: -1, 下降: -1, 降低: -1, 降幅: -1, 减幅: -1, 减: -1, 少: -1, 节约: -1, 结余: -1, 节余: -1, 压减: -1, 调减: -1,
  持平: 0, 无增减: 0,
};

export const SHARE = /占(本年|全年|总|部门)?[^，。；：、0-9]{0,12}?(的)?(比重|比例)?(为)?$/;
export const COMPLETION = /完成(了)?(年初|调整|全年)?(预算|预算数|年度预算|全年预算数?|调整预算数?)(的)?$/;

/** Openers of an explanation: what follows is why, not what. */
export const REASON = /(主要原因[是为]?|原因[是为]|主要是(?!用于)|主要由于|由于|主要系)[：:]?/;

/** Words of a net total inside an explanation ("两项品迭后减少306.59万元"). */
export const NET = /(品迭后|相抵后|合计|综合|总计|共计|两项|相加)/;

/** Filler trimmed off labels. */
const LEADING_FILLER = /^(其中|此外|另外|以及|及|和|与|并|而|主要原因[是为]?|原因[是为]|主要由于|由于|主要是|一是|二是|三是|四是|五是|是|为|年度|本单位|我单位|本部门|我中心|本中心|该项目|该项|该类项目|全年|本年度|本年)[：:，、]?/;
const TRAILING_FILLER = /(共计|合计为|总计为|均为|各为|分别为|为|是|达到|达|共|了|总额为)$/;
const YEAR_PREFIX = /^(20\d\d|19\d\d)年(度|末|初)?/;
const NUMBERING = /^([（(]?[0-9一二三四五六七八九十]+[)）.、．]|[①-⑳])/;

/**
 * Each filler with the characters its match can begin with (leading fillers) or end with (trailing):
 * a label that begins or ends otherwise is left alone without running the expression. cleanLabel runs
 * three times for every figure, and most labels carry no filler.
 */
const NUMBERING_STARTS = charSet('（(0123456789一二三四五六七八九十①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳');
const YEAR_PREFIX_STARTS = charSet('12');
const LEADING_FILLER_STARTS = charSet('其此另以及和与并而主原由一二三四五是为年本我该全');
const TRAILING_FILLER_ENDS = charSet('计为是到达共了');

export function cleanLabel(raw: string): string {
  let label = raw.trim();
  for (let i = 0; i < 6; i++) {
    const before = label;
    if (startsWithOneOf(label, NUMBERING_STARTS)) label = label.replace(NUMBERING, '');
    if (startsWithOneOf(label, YEAR_PREFIX_STARTS)) label = label.replace(YEAR_PREFIX, '');
    if (startsWithOneOf(label, LEADING_FILLER_STARTS)) label = label.replace(LEADING_FILLER, '');
    if (endsWithOneOf(label, TRAILING_FILLER_ENDS)) label = label.replace(TRAILING_FILLER, '');
    label = label.trim();
    if (label === before) break;
  }
  return label;
}
