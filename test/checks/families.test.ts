/**
 * Every check family on short pieces of prose: what it must report (check, severity, figures) and,
 * as important, what it must leave alone. One table per family.
 */
import { describe, expect, it } from 'vitest';
import { auditProse, briefs } from '../helpers/audit';

interface Case {
  name: string;
  text: string;
  /** Findings of this family, as "severity: figure,figure…" (order-free). */
  expected: string[];
}

function runTable(check: string, cases: Case[]) {
  describe(check, () => {
    for (const { name, text, expected } of cases) {
      it(name, () => {
        const found = briefs(auditProse(text))
          .filter((b) => b.startsWith(`${check}/`))
          .map((b) => b.slice(check.length + 1));
        expect(found.sort()).toEqual([...expected].sort());
      });
    }
  });
}

runTable('parts-total', [
  { name: 'a complete list that adds up is silent', text: '2024年度支出合计564.55万元，其中：基本支出383.08万元，项目支出181.47万元。', expected: [] },
  { name: 'a template list that does not add up is an error', text: '2024年度支出合计564.55万元，其中：基本支出383.08万元，项目支出171.47万元。', expected: ['error: 564.55万元,383.08万元,171.47万元'] },
  { name: 'a gap of 0.01 between two-decimal figures is rounding (info)', text: '基本支出383.08万元，其中：人员经费341.90万元，公用经费41.17万元。', expected: ['info: 383.08万元,341.90万元,41.17万元'] },
  // 检察院 2017: a 其中 without a colon runs on across "；" while the parts are worded alike.
  { name: 'parts worded alike across "；" that make the total are silent', text: '2017年我部门政府采购预算总金额为2889.8万元。其中拟购买货物334万元；拟购买工程0万元；拟购买服务2555.8万元。', expected: [] },
  { name: 'parts worded alike across "；" that do not make it are an error', text: '2017年我部门政府采购预算总金额为2989.8万元。其中拟购买货物334万元；拟购买工程0万元；拟购买服务2555.8万元。', expected: ['error: 2989.8万元,334万元,0万元,2555.8万元'] },
  { name: 'a clause after "；" worded otherwise is not a part', text: '支出合计500.00万元，其中基本支出300.00万元；人员经费增加了250.00万元。', expected: [] },
  { name: 'a partial 其中 list below its total is not checked', text: '一般公共预算支出210.45万元，其中教育支出35.21万元、科学技术支出12.30万元等。', expected: [] },
  { name: 'parts that exceed a partial list’s total are an error', text: '一般公共预算支出210.45万元，其中教育支出135.21万元、科学技术支出112.30万元等。', expected: ['error: 210.45万元,135.21万元,112.30万元'] },
  { name: 'integer parts that only fit if rounded are a warning', text: '1.资金计划（合计20.00万元）。\n资金计划：办公设备4万元；线路租赁15.35万元；维护费1.2万元。', expected: ['warning: 20.00万元,4万元,15.35万元,1.2万元'] },
  // When is a list complete? A closed partition named whole; a closed partition named in part is not
  // (guangdong-caizhengting-2023-sangong-final: a nested 其中 cut the 三公 list before 公务接待费 22.59).
  { name: 'a 三公 list cut short by a nested 其中 is not summed (Guangdong 2023)', text: '广东省财政厅2023年度“三公”经费财政拨款支出决算为62.07万元,完成全年预算84.82万元的73.2%。其中:因公出国(境)费支出决算为12.02万元,完成预算12.02万元的100%;公务用车购置及运行维护费支出决算为27.46万元,完成预算29.6万元的92.8%;其中:公务用车购置支出决算为0万元;公务用车运行维护费支出决算为27.46万元,完成预算29.6万元的92.8%;公务接待费支出决算为22.59万元,完成预算43.2万元的52.3%。', expected: [] },
  { name: 'two of the three 三公 items below the total are not summed', text: '三公经费62.07万元，其中：因公出国（境）费12.02万元，公务用车购置及运行维护费27.46万元。', expected: [] },
  { name: 'two of the three 三公 items above the total are an error', text: '三公经费32.07万元，其中：因公出国（境）费12.02万元，公务用车购置及运行维护费27.46万元。', expected: ['error: 32.07万元,12.02万元,27.46万元'] },
  { name: 'all three 三公 items that do not make the total are an error', text: '三公经费62.07万元，其中：因公出国（境）费12.02万元，公务用车购置及运行维护费27.46万元，公务接待费21.59万元。', expected: ['error: 62.07万元,12.02万元,27.46万元,21.59万元'] },
  { name: 'a closed partition named in part with shares adding to 100% is complete', text: '三公经费62.07万元，其中：因公出国（境）费12.02万元，占20.0%；公务接待费40.05万元，占80.0%。', expected: ['error: 62.07万元,12.02万元,40.05万元'] },
  // Over-full lists that are not one list (江苏 PDFs, text copied from pdftotext).
  { name: 'a list of several levels is not summed flat (政协办公厅 2017)', text: '江苏省政协办公厅2017年度财政拨款基本支出预算5,836.27万元，其中：\n（一）人员经费4,704.35万元\n1、工资福利支出（类）2,097.51万元\n（1）基本工资（款）支出737.94万元。用于发放机关公务员的职务工资。\n（2）津贴补贴（款）支出1,263.76万元。用于发放机关人员津贴补贴及岗位津贴等。\n（3）奖金（款）支出59.53万元。用于发放机关人员年终一次性奖金。\n（4）绩效工资（款）支出36.28万元。用于发放单位事业人员的绩效工资。\n2、对个人和家庭的补助支出（类）2,606.84万元\n（1）离休费（款）支出163万元。用于发放离休人员离休费、护理费等。\n（2）退休费（款）支出1,329.42万元。用于发放退休人员退休费等。\n（3）医疗费（款）支出20.40万元。用于儿童医疗统筹费支出。\n（4）奖励金（款）支出0.50万元。用于发放职工独生子女奖励费。\n（5）住房公积金（款）支出341.75万元。用于按规定比例为职工缴纳的住房公积金。\n（6）提租补贴（款）支出751.77万元。用于发放职工租金补贴。\n（二）公用经费1,131.92万元\n商品和服务支出（类）1,131.92万元\n（1）办公费（款）支出110万元。用于单位购买办公用品。\n（2）水费（款）支出10万元。用于单位支付的水费等支出。', expected: [] },
  { name: 'a complete breakdown then a partial second one (检察院 2018)', text: '（二）支出预算总计21,955.35万元。包括：\n1.公共安全（类）支出16,458.75万元，主要用于检察院行政支出。\n2.社会保障和就业支出1,836.22万元，主要用于离休费。\n3.住房保障支出3,660.38万元，主要用于住房公积金。\n此外，基本支出预算数为13,994.31万元。\n项目支出预算数为5,573万元。', expected: [] },
  { name: 'one class, then 此外 another breakdown: two lists, not one (检察院 2017)', text: '（二）支出预算总计17996.68万元。包括：\n1.公共安全（类）支出13656.34万元，主要用于检察院行政支出。\n此外，基本支出预算数为12323.46万元。\n项目支出预算数为5533万元。\n单位预留机动经费预算数为140.2万元。', expected: [] },
  { name: 'an over-full flat list with no subtotal is an error', text: '2024年度支出合计100.00万元，其中：基本支出60.00万元，项目支出40.00万元，其他支出5.00万元。', expected: ['error: 100.00万元,60.00万元,40.00万元,5.00万元'] },
  { name: 'two partial lists that both exceed are an error', text: '2024年度支出合计100.00万元，其中：基本支出60.00万元，项目支出45.00万元，人员经费70.00万元，公用经费35.00万元。', expected: ['error: 100.00万元,60.00万元,45.00万元,70.00万元,35.00万元'] },
  { name: 'shares adding to 100% make a list complete', text: '本年支出合计100.00万元，其中：甲类50.00万元，占50.0%；乙类40.00万元，占40.0%；丙类10.00万元，占10.0%。', expected: [] },
  { name: 'parts in 元 against a total in 万元 convert', text: '三公经费3.01万元，其中：公务用车运行维护费15400元，公务接待费14700元。', expected: [] },
  { name: 'a 其中 subset inside a list is not one more part', text: '政府采购预算总额2万元，其中：政府采购货物预算2万元、政府采购工程预算0万元、政府采购服务预算0万元；其中一般公共预算拨款政府采购2万元：政府采购货物预算2万元、政府采购工程预算0万元、政府采购服务预算0万元。', expected: [] },
  // 江苏检察院 2018 预算: "1．…其中" opens a list of its own; "2．其他资金" is the outer list's next part.
  { name: 'a part after a nested list is the outer list’s (检察院 2018)', text: '（一）收入预算总计21,955.35万元。包括：\n1．财政拨款收入预算总计21,940.96万元。其中\n（1）一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元。\n2．其他资金收入预算总计14.39万元。与上年相比减少0.61万元。', expected: [] },
  { name: 'a part after a nested list that makes the parts too many is an error', text: '（一）收入预算总计21,945.35万元。包括：\n1．财政拨款收入预算总计21,940.96万元。其中\n（1）一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元。\n2．其他资金收入预算总计14.39万元。与上年相比减少0.61万元。', expected: ['error: 21,945.35万元,21,940.96万元,14.39万元'] },
  { name: 'parts listed in the following paragraphs', text: '2024年度基本支出383.08万元。其中：\n人员经费341.91万元，主要用于工资。\n公用经费41.17万元，主要用于办公。', expected: [] },
  { name: 'years, codes and phone numbers are not parts', text: '2024年度支出合计564.55万元，其中：2080501行政单位离退休564.55万元。联系电话：023-48663093。', expected: [] },
]);

runTable('non-money-sum', [
  { name: 'counts that add up', text: '2023年年末编制数29人，分别是：电子政务中心8人，政策研究室7人，法制服务中心6人，值班中心8人。', expected: [] },
  { name: 'counts that do not add up (counts are exact)', text: '2023年年末编制数29人，分别是：电子政务中心8人，政策研究室7人，法制服务中心6人，值班中心9人。', expected: ['error: 29人,8人,7人,6人,9人'] },
  { name: 'scores with a total printed after them', text: '评价得分：总体绩效59.1分，项目绩效34分，合计90分。', expected: ['error: 90分,59.1分,34分'] },
  { name: 'scores that add up within rounding are info', text: '评价得分：总体绩效56.1分，项目绩效34分，合计90分。', expected: ['info: 90分,56.1分,34分'] },
]);

runTable('share', [
  { name: 'shares that hold are silent', text: '本年支出合计564.55万元，其中：基本支出383.08万元，占67.9%；项目支出181.47万元，占32.1%。', expected: [] },
  { name: 'a share copied from the neighbouring line is an error', text: '本年支出合计564.55万元，其中：基本支出383.08万元，占67.9%；项目支出181.47万元，占67.9%。', expected: ['error: 67.9%,181.47万元,564.55万元'] },
  { name: 'a coarse total can support a share a precise one could not', text: '收入、支出总计均为412万元。其中：基本支出199.81万元，占48.4%；项目支出212.1万元，占51.5%。', expected: [] },
  { name: 'a share with no known denominator is not checked', text: '因公出国（境）费支出决算0万元，占0%；公务接待费支出决算1.2万元，占35%。', expected: [] },
]);

runTable('year-on-year', [
  { name: 'a rate that holds only under rounding is info', text: '住房保障支出20.93万元，比上年增加6.41万元，增长44.2%。', expected: ['info: 20.93万元,6.41万元,44.2%'] },
  { name: 'an exact rate is silent', text: '2024年度收入合计564.55万元，与2023年度相比，减少306.59万元，下降35.2%。', expected: [] },
  { name: 'a wrong rate is an error', text: '2024年度收入合计564.55万元，与2023年度相比，减少306.59万元，下降36.2%。', expected: ['error: 564.55万元,306.59万元,36.2%'] },
  { name: 'one change said of both totals (收、支…各) is checked against their amount', text: '收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元，增长21.95%。', expected: ['error: 21,955.35万元,3,958.67万元,21.95%'] },
  { name: 'one change said of both totals that holds is silent', text: '收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元，增长22.00%。', expected: [] },
  { name: 'a rate cut off rather than rounded (10.158% printed 10.15%) is a warning', text: '一般公共预算收入预算24,169.74万元，与上年相比增加2228.78万元，增长10.15%。', expected: ['warning: 24,169.74万元,2228.78万元,10.15%'] },
  { name: 'a rate neither rounded nor cut off from its figures is an error', text: '一般公共预算收入预算24,169.74万元，与上年相比增加2228.78万元，增长10.14%。', expected: ['error: 24,169.74万元,2228.78万元,10.14%'] },
  { name: '降幅 is a decline rate', text: '公诉、审判、侦查、执行等检察监督支出（项）1,895万元，与上年相比减少134万元，降幅6.60%。', expected: [] },
  { name: 'a wrong 降幅 is an error', text: '公诉、审判、侦查、执行等检察监督支出（项）1,895万元，与上年相比减少134万元，降幅0.66%。', expected: ['error: 1,895万元,134万元,0.66%'] },
  { name: 'a direction word that contradicts the amount is an error', text: '公务接待费1.47万元，较上年支出数增加0.80万元，下降119.4%。', expected: ['error: 1.47万元,0.80万元,119.4%'] },
  { name: 'growth from a zero base is a warning, not an error', text: '本年度差旅费支出1.67万元，与2023年度相比，增加1.67万元，增长100.0%。', expected: ['warning: 100.0%,1.67万元,1.67万元'] },
  { name: '增加0万元，增长0% from zero is silent', text: '公务接待费支出0万元，比2023年度增加0万元，增长0%。', expected: [] },
  { name: 'a change larger than an increased value is impossible', text: '项目支出10.00万元，比上年增加15.00万元。', expected: ['error: 10.00万元,15.00万元'] },
  { name: 'a rate with no amount is left for history (not checked here)', text: '人员经费341.90万元，增长28.7%。', expected: [] },
  // 政协办公厅 2017: the amount in the brackets is last year's, the base of the rate (498.72/8648.07 = 5.77%).
  { name: 'last year’s amount in brackets is not this year’s', text: '2017年度部门支出预算安排与2016年度相比（2016年度部门支出预算安排为8,648.07万元），增加498.72万元，增长5.77%。', expected: [] },
  // A minus sign after the direction word (昆明市科技局 2018 三公: "减少518,378.24元,下降-81.75%").
  { name: 'a decline word with a negative rate the amounts give without its sign is a warning', text: '“三公”经费支出决算数115,749.56元，比2017年减少518,378.24元，下降-81.75%。', expected: ['warning: -81.75%,115,749.56元,518,378.24元'] },
  { name: 'a negative growth that says what the amounts say is silent', text: '“三公”经费支出决算数115,749.56元，比2017年减少518,378.24元，增长-81.75%。', expected: [] },
  { name: 'a signed rate that fits neither reading is an error', text: '“三公”经费支出决算数115,749.56元，比2017年减少518,378.24元，下降-71.75%。', expected: ['error: 115,749.56元,518,378.24元,-71.75%'] },
  { name: 'a change printed with a sign after its word is not checked', text: '“三公”经费支出决算数115,749.56元，比2017年减少-518,378.24元，下降81.75%。', expected: [] },
  // Found by fuzzing: a bare number, a count and a change read as one relation used to throw.
  { name: 'figures of different kinds are not an amount, its base and a change', text: '7.92项目支出辆比上年22.63下降8.03，%', expected: [] },
]);

runTable('budget-vs-actual', [
  { name: 'against the opening budget', text: '一般公共服务支出396.83万元，较年初预算数减少1236.54万元，下降75.7%。', expected: [] },
  { name: 'a wrong rate against the budget', text: '一般公共服务支出396.83万元，较年初预算数减少1236.54万元，下降57.7%。', expected: ['error: 396.83万元,1236.54万元,57.7%'] },
  { name: 'a decline against the budget printed with a sign too many is a warning', text: '一般公共服务支出396.83万元，较年初预算数减少1236.54万元，下降-75.7%。', expected: ['warning: -75.7%,396.83万元,1236.54万元'] },
  { name: 'completion against a budget printed in the sentence', text: '年初预算项目5个，预算数200.00万元，年末决算执行项目5个，决算数190.00万元，完成年初预算的95%。', expected: [] },
  { name: 'completion that is wrong against the same budget', text: '年初预算项目5个，预算数200.00万元，年末决算执行项目5个，决算数190.00万元，完成年初预算的100%。', expected: ['error: 100%,190.00万元,200.00万元'] },
  { name: 'completion against a budget given only as the difference (Tianshui 2017)', text: '2017年度一般公共预算财政拨款支出总计1741.75万元，完成年初预算100%，决算数大于预算数55.93万元，主要原因是工资调标。', expected: ['error: 100%,1741.75万元,55.93万元'] },
  { name: 'the same sentence with the completion the difference implies', text: '2017年度一般公共预算财政拨款支出总计1741.75万元，完成年初预算103.3%，决算数大于预算数55.93万元。', expected: [] },
  { name: 'a smaller actual: the budget is the actual plus the difference', text: '一般公共预算财政拨款支出总计900.00万元，完成年初预算90%，决算数小于预算数100.00万元。', expected: [] },
  { name: 'completion of a different budget is only a warning', text: '年初预算项目5个，预算数215.56万元，年末决算执行项目5个，决算数212.11万元，完成全年预算数100%。', expected: ['warning: 100%,212.11万元,215.56万元'] },
  { name: 'completion with no budget in sight is not checked', text: '2024年度一般公共预算财政拨款支出决算数为411.91，完成预算100%。', expected: [] },
  // A budget item's allocation against the previous year's execution, both stated under the item.
  { name: 'a budget item’s rate against last year’s execution that holds', text: '1、“一般公共服务支出（类）人大事务（款）行政运行（项）”科目，2025年当年预算执行数为120.00万元，2026年预算安排132.00万元，比2025年预算执行数增加10.00%。', expected: [] },
  { name: 'a budget item’s wrong rate is an error', text: '3、“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）”科目，2025年当年预算执行数为50.00万元，2026年预算安排55.00万元，比2025年预算执行数增加12.00%。', expected: ['error: 12.00%,55.00万元,50.00万元'] },
  { name: 'a budget item that is unchanged but said to fall is an error', text: '4、“卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）”科目，2025年当年预算执行数为40.00万元，2026年预算安排40.00万元，比2025年预算执行数减少5.00%。', expected: ['error: 5.00%,40.00万元,40.00万元'] },
  { name: 'a rate against an execution the item does not state is not checked', text: '1、“一般公共服务支出（类）人大事务（款）行政运行（项）”科目，2026年预算安排132.00万元，比2025年预算执行数增加12.00%。\n2、“一般公共服务支出（类）人大事务（款）一般行政管理事务（项）”科目，2025年当年预算执行数为100.00万元。', expected: [] },
]);

runTable('comparison-words', [
  { name: 'a word that agrees with the item’s amounts is silent', text: '1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）39.99万元。年初预算为76.33万元，支出决算为39.99万元。决算数小于预算数的主要原因是按项目实际进度支出。', expected: [] },
  { name: 'a word that contradicts them is an error', text: '1、一般公共服务支出（类）统计信息事务（款）专项普查活动（项）39.99万元。年初预算为76.33万元，支出决算为39.99万元。决算数大于预算数的主要原因是新增项目。', expected: ['error: 39.99万元,76.33万元'] },
  { name: '等于 for equal amounts is silent', text: '1、社会保障和就业支出（类）红十字事业（款）一般行政管理事务（项）8.43万元。年初预算为8.43万元，支出决算为8.43万元。决算数等于预算数。', expected: [] },
  { name: '等于 for amounts one cent apart is inside rounding (info)', text: '1、社会保障和就业支出（类）红十字事业（款）一般行政管理事务（项）8.43万元。年初预算为8.44万元，支出决算为8.43万元。决算数等于预算数。', expected: ['info: 8.43万元,8.44万元'] },
  { name: 'words without the item’s two amounts are not checked', text: '决算数大于预算数的主要原因是新增项目。', expected: [] },
]);

runTable('decomposed-change', [
  { name: 'two parts and their net', text: '收入合计564.55万元，与上年相比减少306.59万元，主要原因：一是项目收支减少396.02万元，二是基本支出增加89.43万元，两项品迭后减少306.59万元。', expected: [] },
  { name: 'parts that do not make the stated net', text: '收入合计564.55万元，与上年相比减少306.59万元，主要原因：一是项目收支减少396.02万元，二是基本支出增加98.43万元，两项品迭后减少306.59万元。', expected: ['error: 306.59万元,396.02万元,98.43万元'] },
  { name: 'main reasons that fall short are a warning', text: '支出较去年增加15.46万元，主要是基本支出减少3.61万元，项目支出增加专项经费10.50万元和维护专项8.00万元。', expected: ['warning: 15.46万元,3.61万元,10.50万元,8.00万元'] },
  { name: 'the changes of listed parts make the change of the total', text: '三公经费预算6.16万元，比2023年减少0.44万元。其中：因公出国（境）费用0万元，比2023年增加0万元；公务接待费3.50万元，比2023年减少0.30万元；公务用车购置及运行维护费2.66万元，比2023年减少0.14万元。', expected: [] },
  { name: 'changes of parts that do not', text: '三公经费预算6.16万元，比2023年减少0.44万元。其中：因公出国（境）费用0万元，比2023年增加0万元；公务接待费3.50万元，比2023年减少0.30万元；公务用车购置及运行维护费2.66万元，比2023年减少0.41万元。', expected: ['error: 0.44万元,0万元,0.30万元,0.41万元'] },
  { name: 'the 三公 parts’ changes, the next sentence after its own, that do not make its change', text: '2025年度“三公”经费财政拨款支出决算数比2024年度减少3.59万元，下降15.31%。其中：公务用车购置及运行维护费支出决算减少3.59万元，下降15.51%；公务接待费支出决算增加0.3万元，增长100%。', expected: ['warning: 3.59万元,3.59万元,0.3万元'] },
  { name: 'all three 三公 parts’ changes that make its change are silent', text: '2025年度“三公”经费财政拨款支出决算数比2024年度减少3.29万元，下降12.00%，其中：因公出国（境）费支出决算减少0.00万元；公务用车购置及运行维护费支出决算减少3.59万元；公务接待费支出决算增加0.30万元。', expected: [] },
  { name: 'an explanation continued by 同时 is read whole', text: '社会保障和就业支出1,836.22万元，与上年相比减少184.96万元。主要原因是基本养老金由社保中心发放，减少部门支出1,653万元。同时，单位缴费下达给部门，增加部门预算1,464.3万元。', expected: ['warning: 184.96万元,1,653万元,1,464.3万元'] },
  { name: 'a sentence after an explanation with no amount is not part of it', text: '基本支出增加10.00万元，主要原因是人员增加。同时，项目支出减少5.00万元。', expected: [] },
  {
    name: 'a list cut short by a nested 其中 is not checked; the 三公 parts named in the sentence are',
    text: '“三公”经费财政拨款支出决算为62.07万元，比上年决算数增加38.97万元。其中：因公出国（境）费支出决算为12.02万元，比上年决算数增加12.02万元；公务用车购置及运行维护费支出决算为27.46万元，比上年决算数增加6.32万元；其中：公务用车购置支出决算为0万元，比上年决算数增加0万元；公务用车运行维护费支出决算为27.46万元，比上年决算数增加6.32万元；公务接待费支出决算为22.59万元，比上年决算数增加20.63万元。',
    expected: [],
  },
  {
    name: 'the same, with a 三公 part’s change that does not fit, is an error',
    text: '“三公”经费财政拨款支出决算为62.07万元，比上年决算数增加38.97万元。其中：因公出国（境）费支出决算为12.02万元，比上年决算数增加12.02万元；公务用车购置及运行维护费支出决算为27.46万元，比上年决算数增加6.32万元；其中：公务用车购置支出决算为0万元，比上年决算数增加0万元；公务用车运行维护费支出决算为27.46万元，比上年决算数增加6.32万元；公务接待费支出决算为22.59万元，比上年决算数增加21.63万元。',
    expected: ['error: 38.97万元,12.02万元,6.32万元,21.63万元'],
  },
  { name: 'all three 三公 parts’ changes that do not make its change are an error', text: '2025年度“三公”经费财政拨款支出决算数比2024年度减少3.59万元，下降12.00%，其中：因公出国（境）费支出决算减少0.00万元；公务用车购置及运行维护费支出决算减少3.59万元；公务接待费支出决算增加0.30万元。', expected: ['error: 3.59万元,0.00万元,3.59万元,0.30万元'] },
]);

runTable('restated', [
  { name: 'the same change stated twice, one unit apart in the last digit (rounding)', text: '支出较去年增加15.46万元，主要是基本支出减少3.61万元。\n其中：基本支出424.01万元，比2023年减少3.62万元。', expected: ['info: 3.62万元,3.61万元'] },
  { name: 'the same change stated twice differently', text: '支出较去年增加15.46万元，主要是基本支出减少3.61万元。\n其中：基本支出424.01万元，比2023年减少3.71万元。', expected: ['error: 3.71万元,3.61万元'] },
  { name: 'the same figure stated twice alike is silent', text: '基本支出383.08万元。\n基本支出383.08万元，占67.9%。', expected: [] },
  // 检察院 2017: each item's gap to last year's budget, in the same words.
  { name: 'two items’ gaps to last year are not one quantity', text: '3.公务接待费预算支出156.55万元，本年数小于上年预算数29.65万元，主要是厉行节约。\n培训费预算支出700万元，本年数小于上年预算数220万元，主要原因是资金结转。', expected: [] },
  { name: 'the same name under two different totals is two quantities', text: '政府采购预算总额1万元：政府采购货物预算1万元、政府采购服务预算0万元；其中一般公共预算拨款政府采购0万元：政府采购货物预算0万元、政府采购服务预算0万元。', expected: [] },
  { name: 'per-project annexes reuse labels for different projects', text: '该项目资金实际到位161.78万元。\n该项目资金实际到位36.76万元。', expected: [] },
  // Last year's value, implied twice (lib/facts/changes.ts).
  {
    name: 'two changes of one total that imply two prior values are an error',
    text: '收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元。\n（一）收入预算总计21,955.35万元，与上年相比增加3,958.37万元。',
    expected: ['error: 3,958.37万元,3,958.67万元,21,955.35万元,21,955.35万元'],
  },
  {
    name: 'a budget’s 一般公共预算 income and spending with two changes: a warning (equal unless money is carried over)',
    text: '一般公共预算收入预算21,940.96万元，与上年相比增加3,959.28万元。\n一般公共预算财政拨款支出预算21,940.96万元，与上年相比增加3,958.98万元。',
    expected: ['warning: 3,958.98万元,3,959.28万元,21,940.96万元,21,940.96万元'],
  },
  {
    name: 'two changes whose implied priors meet within rounding are silent',
    text: '一般公共预算收入预算21,940.96万元，与上年相比增加3,958.98万元。\n一般公共预算财政拨款支出预算21,940.96万元，与上年相比增加3,958.98万元。',
    expected: [],
  },
  {
    name: 'the 财政拨款 totals and the unit’s totals are two quantities',
    text: '财政拨款收、支总预算21,940.96万元。与上年相比收、支预算总计各增加3,756.18万元。\n收入、支出预算总计24,458.43万元，与上年相比收、支预算总计各增加3,608.98万元。',
    expected: [],
  },
  {
    // The amounts and the changes differ (restated's own findings); no third finding about their priors.
    name: 'two amounts of one name with their changes: no finding about the priors',
    text: '基本支出预算13,994.31万元，与上年相比增加1,670.85万元。\n基本支出预算13,979.92万元，与上年相比增加1,700.00万元。',
    expected: ['error: 13,979.92万元,13,994.31万元', 'error: 1,700.00万元,1,670.85万元'],
  },
  {
    name: 'changes against two different years are not compared',
    text: '收入、支出预算总计21,955.35万元，与上年相比收、支预算总计各增加3,958.67万元。\n（一）收入预算总计21,955.35万元，比2016年增加5,000.00万元。',
    expected: [],
  },
]);

runTable('unit-slip', [
  { name: '元 in a list of 万元 that closes only as 万元', text: '公用经费16.01万元，主要包括：办公费3.00万元、邮电费0.70万元、其他交通费7.02元、其他商品和服务支出5.29万元。', expected: ['error: 7.02元,16.01万元,3.00万元,0.70万元,5.29万元'] },
  { name: 'the same number with two units', text: '支出预算较上年减少18.89万元，主要是基本支出减少10.95万元，项目支出减少7.94万元。\n一般公共预算财政拨款支出772.94万元，比上年减少18.89万元，其中：基本支出382.58万元，比上年减少10.95元；项目支出390.36万元，比上年减少7.94万元。', expected: ['error: 10.95元,10.95万元'] },
  { name: 'a table-like list in 元 that adds up is not a slip', text: '三公经费30100元，其中：公务用车运行维护费15400元，公务接待费14700元。', expected: [] },
  { name: 'a bare number among 万元 says which unit it took', text: '公用经费5.00万元，主要包括：办公费3.45万元、差旅费1.55、邮电费0.00万元。', expected: ['info: 1.55'] },
]);

runTable('savings', [
  { name: 'savings that add up', text: '成本指标：该项经费年度指标161.78万元，实际使用158.33万元，节约3.45万元。', expected: [] },
  { name: 'savings that do not', text: '成本指标：该项经费年度指标161.78万元，实际使用158.33万元，节约30.36万元。', expected: ['error: 30.36万元,161.78万元,158.33万元'] },
  { name: 'a remainder with no budget in the sentence is not checked', text: '截止评价时点该项目共支出资金36.76万元，结余0万元。', expected: [] },
]);

runTable('per-capita', [
  { name: 'per-capita that divides within rounding', text: '公务接待费1.47万元。国内公务接待17批次150人。人均接待费98.25元，车均维护费1.54万元。公务用车运行维护费1.54万元，公务车保有量为1辆。', expected: [] },
  { name: 'per-capita that does not divide', text: '公务接待费1.47万元。国内公务接待17批次150人。人均接待费89.25元。', expected: ['error: 89.25元,1.47万元,150人'] },
  { name: 'two candidate amounts: not checked', text: '公务接待费1.47万元。另有会议接待费2.00万元。国内公务接待17批次150人，其他接待30人。人均接待费89.25元。', expected: [] },
]);
