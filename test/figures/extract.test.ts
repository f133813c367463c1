/** What is a figure and what is not: one row per case. */
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../lib';
import { extractFigures } from '../../lib/figures/extract';
import { parseNumber } from '../../lib/figures/number';

function figures(text: string): string[] {
  const block = documentFromText(text, 't').document.blocks[0]!;
  return extractFigures(block).map((f) => `${f.text}:${f.kind}:${f.scale}`);
}

describe('extractFigures', () => {
  it.each<[string, string, string[]]>([
    ['money with each unit', '收入564.55万元，支出1.2亿元，人均98.25元', ['564.55万元:money:2', '1.2亿元:money:1', '98.25元:money:2']],
    ['percentages, full-width too', '占67.9%，增长４４．２％', ['67.9%:percent:1', '44.2%:percent:1']],
    ['counts and scores', '编制29人，车辆1辆，17批次150人次，得分90分', ['29人:count:0', '1辆:count:0', '17批次:count:0', '150人次:count:0', '90分:score:0']],
    ['years and dates are not figures', '2024年度，截至2024年12月31日', []],
    ['document numbers are not figures', '綦委编〔2019〕107号', []],
    ['phone numbers are not figures', '联系电话：023-48663093，023—74522003', []],
    ['list numbering is not a figure', '1.贯彻执行；（2）科学技术支出83.32万元', ['83.32万元:money:2']],
    ['page numbers in a table of contents', '一、部门职责.....4', []],
    ['bare integers are not figures', '2080501行政运行', []],
    ['a bare decimal is kept for its neighbours’ unit', '差旅费1.55、工会经费2.3万元', ['1.55:bare:2', '2.3万元:money:1']],
    ['thresholds are not amounts', '单价100万元（含）以上设备0台（套）', ['0台（套）:count:0']],
    ['approximate counts are not figures', '发布信息2.2万余条，制作10余个专题', []],
    ['thousands separators', '教育支出74,126.58万元', ['74,126.58万元:money:2']],
    ['a space between number and unit', '412 万元', ['412万元:money:0']],
    ['durations are not scores', '会议5分钟', []],
    ['a minus sign after a direction word is the figure’s', '减少518,378.24元，下降-81.75%，增长率为-3.2%', ['518,378.24元:money:2', '-81.75%:percent:2', '-3.2%:percent:1']],
    ['a dash between two numbers is no sign', '2019-2020年，占10%-20%，变动-5%', ['10%:percent:0']],
    ['an amount with a sign after its direction word is left out', '减少-5.00万元，增加−3.00万元', ['3.00万元:money:2']],
  ])('%s', (_name, text, expected) => expect(figures(text)).toEqual(expected));
});

describe('parseNumber', () => {
  it.each<[string, string | null, number]>([
    ['20,323.21', '20323.21', 2],
    ['412', '412', 0],
    ['0.00', '0', 2],
    ['1,2', null, 0],
    ['abc', null, 0],
    ['12.', null, 0],
  ])('%s', (text, value, scale) => {
    const parsed = parseNumber(text);
    if (value === null) expect(parsed).toBeNull();
    else expect({ value: parsed!.value.toFixed(), scale: parsed!.scale }).toEqual({ value, scale });
  });
});

describe('amounts that look like phone numbers', () => {
  it.each<[string, string[]]>([
    ['an amount in 元 with seven digits', ['3215000.00元:money:2']],
    ['an amount in 元 with eight digits and no decimals', ['12345678元:money:0']],
  ])('%s', (name, expected) => {
    const text = name.includes('seven') ? '项目支出3215000.00元' : '项目支出12345678元';
    expect(figures(text)).toEqual(expected);
  });
  it('a bare eight-digit number is still a phone number', () => expect(figures('联系电话：48663093')).toEqual([]));
});
