/** Detection: every disclosure is recognised with its kind, year and unit; ordinary pages are not. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditDocument, detectDisclosure, documentFromText, mightBeDisclosure } from '../lib';
import { documentFromHtml } from '../scripts/cli/load';

const NEGATIVE = join(__dirname, 'fixtures/negative');

describe('pages that are not disclosures stay silent', () => {
  for (const file of readdirSync(NEGATIVE).filter((f) => f.endsWith('.html'))) {
    it(file, () => {
      const document = documentFromHtml(readFileSync(join(NEGATIVE, file), 'utf8'), file);
      expect(detectDisclosure(document).detected).toBe(false);
      const report = auditDocument(document);
      expect(report.findings).toEqual([]);
      expect(report.stats.figures).toBe(0);
    });
  }
});

describe('detection from content', () => {
  const cases: Array<[string, string, Partial<ReturnType<typeof detectDisclosure>>]> = [
    ['a 决算 title with 部门', 'XX区财政局2024年度部门决算\n一、收入支出决算总体情况说明\n2024年度收、支总计均为120.00万元，其中基本支出100.00万元，项目支出20.00万元。财政拨款收入120.00万元。“三公”经费支出1.00万元。一般公共预算财政拨款支出120.00万元。', { detected: true, kind: '决算', year: 2024, unit: 'XX区财政局' }],
    ['a 预算 with the year after the unit', 'XX中心2025年预算公开\n收入预算：2025年年初预算数50.00万元，其中：一般公共预算拨款50.00万元。基本支出40.00万元，项目支出10.00万元。“三公”经费预算0万元。财政拨款收入50.00万元。', { detected: true, kind: '预算', year: 2025, unit: 'XX中心' }],
    ['a news item that mentions 预算', '区财政局召开2025年预算编制工作会议\n会议要求，各部门要高度重视预算编制工作，参会人员80人。', { detected: false }],
    ['a statistical bulletin', '2024年国民经济和社会发展统计公报\n全年地区生产总值1234.5亿元，增长5.2%。一般公共预算收入88.6亿元，增长3.1%。', { detected: false }],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const detection = detectDisclosure(documentFromText(text, 't.txt').document);
      expect(detection).toMatchObject(expected);
    });
  }

  // A PDF's or a page's title says nothing (a file name): the title is the first line, and that line
  // alone ends it; joined with the next ("…部门决算2024年度一般公共预算…") it would not.
  it('a first line that is the title, followed by a sentence that starts with the year', () => {
    const lines = ['XX档案馆2024年度部门决算', '2024年度一般公共预算财政拨款支出3.01万元，其中：基本支出3.01万元，项目支出0万元。', '“三公”经费支出1.00万元，财政拨款收入3.01万元。'];
    const document = documentFromHtml(`<html><body>${lines.map((line) => `<p>${line}</p>`).join('')}</body></html>`, 'file.html');
    expect(detectDisclosure(document)).toMatchObject({ detected: true, kind: '决算', year: 2024, unit: 'XX档案馆' });
  });
});

describe('mightBeDisclosure, the cheap first look', () => {
  it('lets every seed page and holdout through', () => {
    const pages = readdirSync(join(__dirname, '../seeds')).filter((f) => f.endsWith('.html'));
    for (const page of pages) {
      const document = documentFromHtml(readFileSync(join(__dirname, '../seeds', page), 'utf8'), page);
      expect(mightBeDisclosure(document.title, document.blocks.map((b) => b.text).join('\n')), page).toBe(true);
    }
  });

  it.each([
    ['a page with no budget words at all', '区政府召开常务会议', '会议研究了城市更新、招商引资等工作。'],
    ['an English page', 'City news', 'The council met on Monday to discuss the 2025 budget.'],
  ])('stops at %s', (_name, title, text) => expect(mightBeDisclosure(title, text)).toBe(false));
});

describe('the unit named before the title words, in text run together with a portal’s', () => {
  it.each<[string, string, string | null]>([
    ['a printed page’s first line', '您好，欢迎访问上海市某区人民政府网站！当前位置：首页>信息公开>财政预决算索引号：YC-0202主题分类：财政发布机构：某街道办事处文号：是否有效：是上海市某区人民政府某路街道办事处2025年度部门决算发布时间：2026-09-12', '上海市某区人民政府某路街道办事处'],
    ['a unit without a province', '当前位置：首页>财政预决算>某县教育局2024年度部门预算发布日期：2024-02-01', '某县教育局'],
  ])('%s', (_name, line, unit) => {
    const body = ['基本支出、项目支出、财政拨款、一般公共预算、收入合计、机关运行经费、政府采购、人员经费、公用经费、结转和结余、绩效目标都按规定列示。', '本年收入合计100.00万元，本年支出合计100.00万元，基本支出60.00万元，项目支出40.00万元，人员经费50.00万元，公用经费10.00万元。', '财政拨款收入100.00万元，一般公共预算财政拨款支出100.00万元，机关运行经费10.00万元，政府采购5.00万元，“三公”经费1.00万元。'];
    const report = detectDisclosure(documentFromText([line, ...body].join('\n'), 'p.txt').document);
    expect(report.unit).toBe(unit);
  });
});

describe('the unit of a PDF whose title is an image (江苏 2019: the first text is the 目录)', () => {
  const body = ['一、收支预算总体情况说明', '本部门2019年度收入、支出预算总计13,377.11万元，基本支出6,522.75万元，项目支出4,968.34万元。财政拨款收入13,297.11万元，一般公共预算收入13,297.11万元。“三公”经费660.10万元，机关运行经费1,130.74万元，政府采购1,624.42万元。人员经费5,312.01万元，公用经费1,130.74万元。'];
  const contents = ['目录', '第一部分 部门概况', '三、2019 年度部门主要工作任务及目标', '第二部分 2019 年度部门预算表'];
  const tables = '<p>收支预算总表</p><p>部门：江苏省某某办公厅 单位：万元</p><table><tr><td>项目</td><td>金额</td></tr><tr><td>基本支出</td><td>6,522.75</td></tr><tr><td>合计</td><td>6,522.75</td></tr></table>';

  it.each<[string, () => ReturnType<typeof documentFromHtml>, string | null]>([
    // The 目录's "…目标" and "第二部分 2019 年度部门预算表" on the next line are no unit's name.
    ['no unit where only the 目录 names the year', () => documentFromText([...contents, ...body].join('\n'), 'a.txt').document, null],
    ['the unit declared above its tables (部门：X 单位：万元)', () => documentFromHtml(`<html><body>${[...contents, ...body].map((t) => `<p>${t}</p>`).join('')}${tables}</body></html>`, 'b.html'), '江苏省某某办公厅'],
    ['a title still wins over the line above a table', () => documentFromHtml(`<html><body><p>江苏省另一办公室2019年度部门预算公开</p>${body.map((t) => `<p>${t}</p>`).join('')}${tables}</body></html>`, 'c.html'), '江苏省另一办公室'],
  ])('%s', (_name, build, unit) => {
    const detection = detectDisclosure(build());
    expect(detection).toMatchObject({ detected: true, year: 2019 });
    expect(detection.unit).toBe(unit);
  });
});
