/**
 * The families about words (issue 17's slips): on real wording, what each must report and what it must
 * leave alone. Each case is audited as a whole small disclosure (a title and the template's first
 * paragraph, so that detection reads the kind, year and unit the way it would on a real page).
 */
import { describe, expect, it } from 'vitest';
import { auditDocument, documentFromText } from '../../lib';

const PREAMBLE = (title: string) =>
  `${title}\n一、收入支出决算总体情况说明\n2024年度收入总计100.00万元，支出总计100.00万元。本年收入合计80.00万元，本年支出合计80.00万元，年末结转和结余20.00万元。财政拨款收入80.00万元，基本支出60.00万元，项目支出20.00万元。\n`;
const FINAL_2024 = '上海市普陀区规划和自然资源局2024年度部门决算';
const BUDGET_2026 = '上海市普陀区规划和自然资源局2026年度部门预算';

interface Case {
  name: string;
  text: string;
  title?: string;
  /** The family's findings, as "severity: cited text, cited text…" (order-free). */
  expected: string[];
}

function findingsOf(check: string, title: string, text: string): string[] {
  const report = auditDocument(documentFromText(PREAMBLE(title) + text, 'test.txt').document);
  expect(report.detected).toBe(true);
  return report.findings.filter((f) => f.check === check).map((f) => `${f.severity}: ${f.figures.map((g) => g.text).join(', ')}`);
}

function runTable(check: string, cases: Case[]) {
  describe(check, () => {
    for (const { name, text, title = FINAL_2024, expected } of cases) {
      it(name, () => expect(findingsOf(check, title, text).sort()).toEqual([...expected].sort()));
    }
  });
}

runTable('placeholders', [
  { name: 'a district and a bureau left as placeholders in a heading', text: '第二部分 上海市某区XX局2024年度部门决算表\n', expected: ['warning: 某, XX'] },
  { name: 'an amount and a reason left as X', text: '机关运行经费支出XXX万元，主要原因是XXXXXXXX。\n', expected: ['warning: XXX, XXXXXXXX'] },
  { name: '×× for a name', text: '单位名称：××局\n', expected: ['warning: ××'] },
  { name: 'a single X, a size and a filled sentence are not placeholders', text: '购置X光机1台，采购XL号服装，机关运行经费支出3.00万元。\n', expected: [] },
]);

runTable('template-wording', [
  { name: 'the choice left in each sentence of a paragraph is one finding', text: '“三公”经费预算0万元，比上年增加（减少）0万元，其中：公务接待费0万元，比上年增加（减少）0万元。\n', expected: ['warning: 增加（减少）, 增加（减少）, 0万元, 0万元'] },
  { name: 'a slash choice', text: '机关运行经费支出3.00万元，比上年增长/下降5%。\n', expected: ['warning: 增长/下降, 3.00万元, 5%'] },
  { name: 'the instruction to the author', text: '机关运行经费支出3.00万元，与上年持平。（如持平作持平表述）\n', expected: ['warning: （如持平作持平表述）'] },
  { name: 'a reason announced and not given', text: '机关运行经费支出3.00万元，比上年增加1.00万元，主要原因是。\n', expected: ['warning: 主要原因是, 3.00万元, 1.00万元'] },
  { name: 'a resolved sentence is silent', text: '机关运行经费支出3.00万元，比上年增加1.00万元，增长50%，主要原因是新增办公用房。\n', expected: [] },
  { name: 'the same word twice is no choice', text: '比上年增加（增加部分为设备购置）1.00万元。\n', expected: [] },
]);

runTable('wrong-year', [
  { name: 'a part heading naming the previous year', text: '第三部分 上海市普陀区规划和自然资源局2023年度部门决算情况说明\n', expected: ['warning: 2023'] },
  { name: 'a 决算 reporting its assets at the previous year end', text: '截至2023年12月31日，本单位共有车辆2辆。\n', expected: ['warning: 2023, 2辆'] },
  { name: 'a 决算 compared with its own year', text: '机关运行经费支出3.00万元，与2024年度相比，增加1.00万元。\n', expected: ['warning: 2024, 3.00万元, 1.00万元'] },
  { name: 'a budget compared with its own year', title: BUDGET_2026, text: '2026年机关运行经费预算3.00万元，比2026年预算增加1.00万元。\n', expected: ['warning: 2026, 3.00万元, 1.00万元'] },
  { name: 'a 决算 compared with the previous year and with its own budget is right', text: '机关运行经费支出3.00万元，与2023年度相比，增加1.00万元；比2024年年初预算增加0.50万元。截至2024年12月31日，本单位共有车辆2辆。\n', expected: [] },
  { name: '"与" meaning "and" is no comparison', text: '本单位2024年度部门决算与2024年度部门预算同时公开。\n', expected: [] },
]);

runTable('unit-name-varies', [
  { name: 'another conjunction in the name', text: '规划与自然资源局机关运行经费支出3.00万元。\n', expected: ['warning: 规划与自然资源局, 3.00万元'] },
  { name: 'a heading that drops the district', text: '上海市规划和自然资源局2024年度部门决算\n', expected: ['warning: 上海市规划和自然资源局'] },
  { name: 'the name as in the title, or without any prefix, is right', text: '规划和自然资源局2024年度部门决算表\n上海市普陀区规划和自然资源局机关运行经费支出3.00万元。\n', expected: [] },
]);

runTable('contents', [
  {
    name: 'a table listed and not printed',
    text: '目录\n一、收支预算总表\n二、收入预算总表\n三、政府性基金预算支出表\n收支预算总表\n项目\t金额\n收入合计\t100.00\n收入预算总表\n项目\t金额\n收入合计\t100.00\n',
    expected: ['warning: 三、政府性基金预算支出表'],
  },
  {
    name: 'the same words in another order are the same table',
    text: '目录\n一、收支预算总表\n二、政府性基金财政拨款支出预算表\n收支预算总表\n项目\t金额\n收入合计\t100.00\n财政拨款政府性基金支出预算表\n项目\t金额\n合计\t0.00\n',
    expected: [],
  },
  {
    name: 'titles worded a little differently are the same tables',
    text: '目录\n一、收支预算总表\n二、政府采购支出预算表\n收支预算总表\n项目\t金额\n收入合计\t100.00\n2024年政府采购预算表\n项目\t金额\n合计\t1.00\n',
    expected: [],
  },
  {
    name: 'no listed table printed: the tables are another file',
    text: '目录\n一、收支预算总表\n二、收入预算总表\n一、收支预算总表情况说明\n本表反映部门年度总体收支预算情况。\n',
    expected: [],
  },
]);

runTable('missing-unit', [
  { name: 'a share without %', text: '城乡社区支出（类）15411.43万元，占76.23；教育支出（类）100.00万元，占0.49%。\n', expected: ['warning: 76.23'] },
  { name: 'an amount without 万元', text: '城乡社区支出（类）年初预算为0.00万元，支出决算为4.19。\n', expected: ['warning: 4.19'] },
  { name: 'figures with their units, a year, a code and a count are silent', text: '2080505机关事业单位职业年金缴费支出12.00万元，占5.2%，比2023年增加2人。\n', expected: [] },
]);

runTable('zero-parts', [
  { name: 'a zero part listed under the total income', text: '2024年度本年收入合计80.00万元，其中：财政拨款收入80.00万元，占100%；事业收入0.00万元，占0%。\n', expected: ['warning: 0.00万元'] },
  { name: 'parts that are all there', text: '2024年度本年支出合计80.00万元，其中：基本支出60.00万元，占75%；项目支出20.00万元，占25%。\n', expected: [] },
  { name: 'a budget lists every line by its template', title: BUDGET_2026, text: '2026年本年收入合计80.00万元，其中：财政拨款收入80.00万元，事业收入0万元。\n', expected: [] },
  { name: 'the 三公 parts are listed whatever their amount', text: '“三公”经费支出5.00万元，其中：因公出国（境）费0.00万元，公务接待费5.00万元。\n', expected: [] },
]);
