/**
 * A generated disclosure page with many tables, for the benchmark: each table a function-classification
 * spending table (类 › 款 › 项 rows; 合计 = 基本支出 + 项目支出), every identity consistent, so the engine
 * does the full work of reading and checking without stopping at findings.
 */
export function tablePage(tables: number, classesPerTable: number): { html: string; cells: number } {
  let cells = 0;
  const parts: string[] = ['<html><head><meta charset="utf-8"><title>示例县2024年度部门决算</title></head><body>'];
  parts.push('<p>示例县数据中心2024年度部门决算公开说明</p><p>2024年度收、支总计均为100.00万元，其中基本支出60.00万元，项目支出40.00万元。财政拨款收入100.00万元，一般公共预算财政拨款支出100.00万元，“三公”经费0万元。</p>');
  for (let t = 0; t < tables; t++) {
    const rows: string[] = [];
    let totalBasic = 0;
    let totalProject = 0;
    for (let k = 0; k < classesPerTable; k++) {
      const cls = String(200 + t * classesPerTable + k); // unique codes: the tables are different parts of one document
      // Two 项 under one 款: amounts in cents, so the sums are exact.
      const items = [1, 2].map((i) => ({ code: `${cls}01${String(i).padStart(2, '0')}`, basic: 1000 + 37 * (k + 1) * i + t, project: 500 + 11 * (k + 3) * i }));
      const basic = items.reduce((s, i) => s + i.basic, 0);
      const project = items.reduce((s, i) => s + i.project, 0);
      totalBasic += basic;
      totalProject += project;
      const row = (code: string, name: string, b: number, p: number) => {
        cells += 3;
        return `<tr><td>${code}</td><td>${name}</td><td>${((b + p) / 100).toFixed(2)}</td><td>${(b / 100).toFixed(2)}</td><td>${(p / 100).toFixed(2)}</td></tr>`;
      };
      rows.push(row(cls, `第${k + 1}类支出`, basic, project), row(`${cls}01`, `第${k + 1}类第1款`, basic, project));
      for (const item of items) rows.push(row(item.code, `项目${item.code}`, item.basic, item.project));
    }
    cells += 3;
    parts.push(
      `<p>支出决算表（${t + 1}）</p><p>单位：万元</p><table><tr><td>科目编码</td><td>科目名称</td><td>合计</td><td>基本支出</td><td>项目支出</td></tr>`,
      `<tr><td></td><td>合计</td><td>${((totalBasic + totalProject) / 100).toFixed(2)}</td><td>${(totalBasic / 100).toFixed(2)}</td><td>${(totalProject / 100).toFixed(2)}</td></tr>`,
      ...rows,
      '</table>',
    );
  }
  parts.push('</body></html>');
  return { html: parts.join('\n'), cells };
}
