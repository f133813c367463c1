/** Small tables as published, for the table tests. */
export const EXPENDITURE_TABLE = `
<p>一般公共预算财政拨款支出决算表</p>
<p>公开07表 金额单位：万元</p>
<table>
 <tr><td colspan="4">项目</td><td rowspan="2">合计</td><td rowspan="2">基本支出</td><td rowspan="2">项目支出</td></tr>
 <tr><td colspan="3">功能分类科目编码</td><td>科目名称</td></tr>
 <tr><td>类</td><td>款</td><td>项</td><td>栏次</td><td>1</td><td>2</td><td>3</td></tr>
 <tr><td colspan="4">合计</td><td>564.55</td><td>383.08</td><td>181.47</td></tr>
 <tr><td>201</td><td></td><td></td><td>一般公共服务支出</td><td>396.83</td><td>215.36</td><td>181.47</td></tr>
 <tr><td>201</td><td>03</td><td></td><td>政府办公厅（室）及相关机构事务</td><td>396.83</td><td>215.36</td><td>181.47</td></tr>
 <tr><td>201</td><td>03</td><td>01</td><td>行政运行</td><td>215.36</td><td>215.36</td><td></td></tr>
 <tr><td>201</td><td>03</td><td>99</td><td>其他政府办公厅（室）及相关机构事务支出</td><td>181.47</td><td></td><td>181.47</td></tr>
 <tr><td>208</td><td></td><td></td><td>社会保障和就业支出</td><td>167.72</td><td>167.72</td><td>-</td></tr>
 <tr><td>208</td><td>05</td><td></td><td>行政事业单位养老支出</td><td>167.72</td><td>167.72</td><td></td></tr>
 <tr><td>208</td><td>05</td><td>05</td><td>机关事业单位基本养老保险缴费支出</td><td>111.81</td><td>111.81</td><td></td></tr>
 <tr><td>208</td><td>05</td><td>06</td><td>机关事业单位职业年金缴费支出</td><td>55.91</td><td>55.91</td><td></td></tr>
</table>`;
