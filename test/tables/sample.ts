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

/** The 三公 table's three header rows: item × (预算数, 决算数), the vehicle item split into 小计/购置/运行. */
export const SANGONG_TABLE = `
<p>财政拨款“三公”经费支出决算表</p>
<p>单位：万元</p>
<table>
 <tr><td colspan="2">合计</td><td colspan="2">因公出国（境）费</td><td colspan="6">公务用车购置及运行维护费</td><td colspan="2">公务接待费</td></tr>
 <tr><td rowspan="2">预算数</td><td rowspan="2">决算数</td><td rowspan="2">预算数</td><td rowspan="2">决算数</td><td colspan="2">小计</td><td colspan="2">公务用车购置费</td><td colspan="2">公务用车运行维护费</td><td rowspan="2">预算数</td><td rowspan="2">决算数</td></tr>
 <tr><td>预算数</td><td>决算数</td><td>预算数</td><td>决算数</td><td>预算数</td><td>决算数</td></tr>
 <tr><td>5.00</td><td>3.01</td><td>0.00</td><td>0.00</td><td>3.50</td><td>1.54</td><td>0.00</td><td>0.00</td><td>3.50</td><td>1.54</td><td>1.50</td><td>1.47</td></tr>
</table>`;

/** The basic-spending table printed as two lanes side by side, in 元. */
export const TWO_LANE_TABLE = `
<p>一般公共预算财政拨款基本支出决算表</p>
<p>金额单位：元</p>
<table>
 <tr><td colspan="3">人员经费</td><td colspan="3">公用经费</td></tr>
 <tr><td>科目编码</td><td>科目名称</td><td>决算数</td><td>科目编码</td><td>科目名称</td><td>决算数</td></tr>
 <tr><td>301</td><td>工资福利支出</td><td>3,000,000.00</td><td>302</td><td>商品和服务支出</td><td>411,700.00</td></tr>
 <tr><td>30101</td><td>基本工资</td><td>1,000,000.00</td><td>30201</td><td>办公费</td><td>111,700.00</td></tr>
 <tr><td>30102</td><td>津贴补贴</td><td>2,000,000.00</td><td>30217</td><td>公务接待费</td><td>14,700.00</td></tr>
 <tr><td>303</td><td>对个人和家庭的补助</td><td>419,000.00</td><td>30231</td><td>公务用车运行维护费</td><td>15,400.00</td></tr>
 <tr><td>30305</td><td>生活补助</td><td>419,000.00</td><td>30299</td><td>其他商品和服务支出</td><td>269,900.00</td></tr>
 <tr><td colspan="2">人员经费合计</td><td>3,419,000.00</td><td colspan="2">公用经费合计</td><td>411,700.00</td></tr>
</table>`;

/** A summary table (two sides: 收入 | 支出) continued in a second <table> with no title of its own. */
export const SUMMARY_CONTINUED = `
<p>收入支出决算总表</p>
<p>单位：万元</p>
<table>
 <tr><td colspan="3">收入</td><td colspan="3">支出</td></tr>
 <tr><td>项目</td><td>行次</td><td>金额</td><td>项目</td><td>行次</td><td>金额</td></tr>
 <tr><td>一般公共预算财政拨款收入</td><td>1</td><td>564.55</td><td>一般公共服务支出</td><td>32</td><td>396.83</td></tr>
 <tr><td>政府性基金预算财政拨款收入</td><td>2</td><td></td><td>社会保障和就业支出</td><td>33</td><td>167.72</td></tr>
</table>
<table>
 <tr><td>项目</td><td>行次</td><td>金额</td><td>项目</td><td>行次</td><td>金额</td></tr>
 <tr><td>本年收入合计</td><td>3</td><td>564.55</td><td>本年支出合计</td><td>34</td><td>564.55</td></tr>
 <tr><td>使用非财政拨款结余</td><td>4</td><td>0.00</td><td>结余分配</td><td>35</td><td>0.00</td></tr>
 <tr><td>年初结转和结余</td><td>5</td><td>10.00</td><td>年末结转和结余</td><td>36</td><td>10.00</td></tr>
 <tr><td>收入总计</td><td>6</td><td>574.55</td><td>支出总计</td><td>37</td><td>574.55</td></tr>
</table>`;
