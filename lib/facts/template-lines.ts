/**
 * The lines of the disclosure templates' tables that are not classification items: the rows and columns
 * of the 决算's nine tables (Shanghai's template, the national one: 收入支出决算总表, 收入决算表, 支出决算表,
 * 财政拨款收入支出决算总表, 一般公共预算财政拨款支出/基本支出决算表, the 三公 table, the 政府性基金 and
 * 国有资本经营 tables) and of the 预算's (Chongqing's 收支总表, Sichuan's 收入总表, Jiangsu's 收支预算总表
 * and 收入预算总表). Data only: each line with the names it is printed under in those documents.
 *
 * What is not here, on purpose:
 * - The classification rows (一般公共服务支出, 30201 办公费…): they are items of the national lists
 *   (lib/classification/names.ts), bound by their code, and re-broken down by fund in every section.
 *   A name-level concept for them would make the 一般公共预算 section's 教育支出 and the unit's the same quantity.
 * - A fund word with nothing after it ("一般公共预算财政拨款收入", "政府性基金预算支出"): that is the total
 *   of the line in that fund, which the fund prefixes of vocabulary.ts already read.
 * - Lines another line's name already stands for: "收入合计", "收入总计" are concepts of vocabulary.ts.
 */
import type { ConceptDefinition } from './vocabulary';

export const TEMPLATE_LINES: readonly ConceptDefinition[] = [
  // 收入决算表's columns and 收入支出决算总表's income rows (财政拨款收入 is in vocabulary.ts).
  { id: '上级补助收入', names: ['上级补助收入'] },
  { id: '事业收入', names: ['事业收入'] },
  // Chongqing's and Sichuan's 预算 print it as 事业单位经营收入.
  { id: '经营收入', names: ['经营收入', '事业单位经营收入'] },
  { id: '附属单位上缴收入', names: ['附属单位上缴收入'] },
  { id: '其他收入', names: ['其他收入'] },
  // 收入支出决算总表's lines below 本年收入合计 and 本年支出合计.
  { id: '使用非财政拨款结余', names: ['使用非财政拨款结余', '使用非财政拨款结余（含专用结余）'] },
  // The 预算 templates' 上年结转 is the same line: what the year starts with.
  { id: '年初结转和结余', names: ['年初结转和结余', '年初结转结余', '上年结转', '上年结转资金', '上年结转和结余', '上年结转和结余资金'] },
  { id: '结余分配', names: ['结余分配'] },
  { id: '年末结转和结余', names: ['年末结转和结余', '年末结转结余', '结转下年', '结转下年资金'] },
  // 财政拨款收入支出决算总表: its carry-overs are the fiscal grants' only.
  { id: '年初财政拨款结转和结余', names: ['年初财政拨款结转和结余', '年初财政拨款结转结余'] },
  { id: '年末财政拨款结转和结余', names: ['年末财政拨款结转和结余', '年末财政拨款结转结余'] },
  // 支出决算表's columns (基本支出 and 项目支出 are in vocabulary.ts).
  { id: '上缴上级支出', names: ['上缴上级支出'] },
  { id: '经营支出', names: ['经营支出'] },
  { id: '对附属单位补助支出', names: ['对附属单位补助支出'] },
  // Jiangsu's 预算 spends a third kind: 基本支出, 项目支出, 单位预留机动经费.
  { id: '单位预留机动经费', names: ['单位预留机动经费'] },
  // Chongqing's 预算 收支总表: 当年收入小计 + 上年结转资金 = 收入合计 (so its 收入合计 is a 总计). Kept apart
  // from 本年收入合计, whose names include "收入合计" (see the report of this change).
  { id: '当年收入小计', names: ['当年收入小计'] },
  { id: '当年支出小计', names: ['当年支出小计'] },
  // Chongqing's income sources besides 财政拨款.
  { id: '财政专户管理资金', names: ['财政专户管理资金', '财政专户管理资金收入'] },
  { id: '其他资金', names: ['其他资金'] },
  // Jiangsu's 收入预算总表 columns.
  { id: '公共财政拨款（补助）资金', names: ['公共财政拨款（补助）资金', '公共财政拨款资金'] },
  { id: '专项收入', names: ['专项收入'] },
  { id: '专户管理教育收费', names: ['专户管理教育收费'] },
  { id: '其他非税收入', names: ['其他非税收入'] },
  { id: '债务资金', names: ['债务资金', '债务资金（银行贷款）'] },
];

/**
 * The bare fund words a 预算's income lane prints as its sources ("一、财政拨款", "1.一般公共预算",
 * "二、财政专户管理资金"): under 收入 they are that fund's income.
 */
export const INCOME_SOURCES: Readonly<Record<string, string>> = {
  财政拨款: '财政拨款收入',
  财政专户管理资金: '财政专户管理资金',
  财政转专户管理资金: '财政专户管理资金',
  其他资金: '其他资金',
};

/**
 * The partitions the 决算 template prints as one table's columns or total rows: complete by the template
 * (a line it does not print is a zero, never a missing part).
 */
export const TEMPLATE_PARTITIONS: Readonly<Record<string, readonly string[]>> = {
  // 收入决算表: 本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入.
  本年收入合计: ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
  // 支出决算表: 本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出.
  本年支出合计: ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'],
  // 收入支出决算总表: 总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余.
  收入总计: ['本年收入合计', '使用非财政拨款结余', '年初结转和结余'],
  // … = 本年支出合计 + 结余分配 + 年末结转和结余.
  支出总计: ['本年支出合计', '结余分配', '年末结转和结余'],
};
