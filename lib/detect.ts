/**
 * Is this a unit's 预算 or 决算 disclosure? Decided from the content (the title and the template's own
 * vocabulary), never from the address alone. Cheap: it reads at most the first 60 000 characters.
 */
import type { DisclosureDocument } from './model/document';

export interface Detection {
  detected: boolean;
  kind: '预算' | '决算' | null;
  year: number | null;
  unit: string | null;
  /** How many of the template's signals the text carries (for tests and the curious). */
  signals: number;
}

/**
 * A disclosure's own title: "XX2024年度部门决算", "XX2024年单位预算情况说明", "2024年度XX部门决算公开编制说明".
 * The name must end the title or be followed by the template's words; "关于做好2026年预算编制工作的通知"
 * is about a budget, not one.
 */
const TITLE = /(20\d\d)\s*年度?\s*(.{0,40}?)(部门|单位|本级|（本级）)?\s*(预算|决算)(公开|情况说明|公开说明|编制说明|公开编制说明|说明|报告|信息公开|表|$)/;
const NOT_A_DISCLOSURE_TITLE = /关于|通知|会议|工作|意见|办法|新闻|动态|公报|执行情况的报告|草案/;
const SIGNALS: RegExp[] = [
  /基本支出/,
  /项目支出/,
  /“?三公”?经费/,
  /财政拨款/,
  /一般公共预算/,
  /(收入|支出)(合计|总计|预算)|收、?支总计|年初预算数/,
  /机关运行经费/,
  /政府采购/,
  /人员经费|公用经费/,
  /(政府性基金|国有资本经营)预算/,
  /结转和?结余|上年结转/,
  /绩效(目标|自评|评价)/,
];
const MONEY = /\d(\.\d+)?\s?(万元|元|亿元)/g;
const SCAN_LIMIT = 60_000;

const AMOUNT_CELL = /^\s*[\d,]+\.\d+\s*$/;

/**
 * Amounts in the prose, plus the numeric cells of the tables (a 三公-only page is mostly a table),
 * counted up to `limit`: the decision asks for no more, and a page of tables has thousands of cells.
 */
function amountsUpTo(limit: number, text: string, tables: DisclosureDocument['tables']): number {
  let count = 0;
  MONEY.lastIndex = 0;
  while (count < limit && MONEY.exec(text)) count++;
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (count >= limit) return count;
        if (AMOUNT_CELL.test(cell.text)) count++;
      }
    }
  }
  return count;
}

const SITE_SEPARATOR = /_|｜|\s[-–—|]\s/;

/** "预算主管部门：X", "预算单位：X", "单位名称：X": the unit as the document declares it. */
const DECLARED_UNIT = /(?:预算主管部门|主管部门|预算单位|部门名称|单位名称)[：:]\s*([^\s：:，。；]{3,40}?)(?=\s|$|单位[：:]|金额单位|目录|[，。；])/m;

/** "部门：X  单位：万元" above a table (江苏's 附表): the unit, when nothing else names it. */
const TABLE_UNIT = /(?:^|\s)部门[：:]\s*([^\s：:，。；]{3,40}?)(?=\s|$|单位[：:]|金额单位)/;

function unitAboveTables(tables: DisclosureDocument['tables']): string | null {
  for (const table of tables.slice(0, 20)) {
    const match = TABLE_UNIT.exec(table.caption);
    if (match) return match[1]!;
  }
  return null;
}

function unitDeclared(text: string): string | null {
  const match = DECLARED_UNIT.exec(text.slice(0, 20_000));
  return match ? match[1]! : null;
}

/** The provinces' names: a unit's full name starts with one ("上海市普陀区…", "江苏省人民检察院"). */
const PROVINCE = /北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|内蒙古|广西|西藏|宁夏|新疆/;

/**
 * What stands just before the year in a title line, when the line carries a portal's text before it
 * ("…文号：是否有效：是上海市普陀区人民政府宜川路街道办事处2025年度部门决算"): after the last separator,
 * from the province's name on when there is one.
 */
function lastSegment(text: string | undefined): string {
  const tail = (text ?? '').split(/[：:>|｜，。；、\s]/).pop() ?? '';
  const province = PROVINCE.exec(tail);
  return province && province.index > 0 ? tail.slice(province.index) : tail;
}

/**
 * The unit named just before "2025年度部门决算" in the first lines, where the title is run together with
 * a portal's text (a printed page, a PDF of it): "…是否有效：是上海市普陀区人民政府宜川路街道办事处2025年度部门决算发布时间…".
 */
function unitBeforeTitleWords(text: string): string | null {
  const match = /(20\d\d)\s*年度?(部门|单位)(预算|决算)/.exec(text);
  return match ? unitFrom(text.slice(0, match.index + match[0].length), match[1]!) : null;
}

function unitFrom(title: string, year: string): string | null {
  const [before, after] = title.split(new RegExp(`${year}\\s*年度?`));
  const clean = (s: string | undefined) =>
    (s ?? '')
      .replace(/(部门|单位)?(一般公共预算|政府性基金|国有资本经营|财政拨款|“三公”|三公|预算|决算).*$/, '')
      .replace(/[（(]本级[）)]$/, '')
      .replace(/^[\s“”"]+|[\s“”"]+$/g, '')
      .replace(/(部门|单位)$/, '');
  const candidate = clean(lastSegment(before)).length >= 3 ? clean(lastSegment(before)) : clean(after);
  // A unit's name never runs over two lines ("…工作任务及目标\n第二部分 2019 年度部门预算表" in a 目录).
  return candidate.length >= 3 && candidate.length <= 40 && !candidate.includes('\n') ? candidate : null;
}

/**
 * A first look that costs next to nothing: the page title and the first few thousand characters of its
 * text. False means "certainly not a disclosure" (the adapter stops there, before reading the page);
 * true means "read the page and detect properly".
 */
export function mightBeDisclosure(title: string, leadingText: string): boolean {
  const text = `${title}\n${leadingText.slice(0, 40_000)}`;
  if (!/预算|决算|三公/.test(text)) return false;
  return SIGNALS.filter((signal) => signal.test(text)).length >= 2 || TITLE.test(title);
}

/**
 * 预算 or 决算 when no title says which: a 决算 speaks of 决算 throughout (支出决算, 决算数), a 预算 hardly
 * ever. "预决算" (a portal's column, "财政预决算") names neither.
 */
function kindFromWords(head: string, text: string): '预算' | '决算' {
  const count = (pattern: RegExp) => (text.replace(/预决算/g, '').match(pattern) ?? []).length;
  const final = count(/决算/g);
  if (final === 0) return '预算';
  if (/决算/.test(head.replace(/预决算/g, ''))) return '决算';
  return final >= Math.max(3, 0.25 * count(/预算/g)) ? '决算' : '预算';
}

export function detectDisclosure(document: DisclosureDocument): Detection {
  let text = '';
  for (const block of document.blocks) {
    if (text.length > SCAN_LIMIT) break;
    text += block.text + '\n';
  }
  for (const table of document.tables) {
    if (text.length > SCAN_LIMIT) break;
    text += table.caption + '\n';
  }
  const head = `${document.title}\n${text.slice(0, 600)}`;
  const titleFrom = (candidate: string) => (NOT_A_DISCLOSURE_TITLE.test(candidate) ? null : TITLE.exec(candidate));
  // The title is one of the first lines, or broken over two or three of them: each line alone first
  // (joined, "…年度部门决算" followed by the next line's words no longer ends the title).
  const lines = text.slice(0, 400).split('\n').slice(0, 3);
  const firstLines = lines.find((line) => titleFrom(line) !== null) ?? lines.join('');
  // Portals print "标题_栏目_站点" or "标题 - 站点" in <title>: the document's own title is the first part.
  const ownTitle = document.title.split(SITE_SEPARATOR)[0]!.trim();
  const titleMatch = titleFrom(ownTitle) ?? titleFrom(firstLines);
  const signals = SIGNALS.filter((signal) => signal.test(text)).length;
  const money = amountsUpTo(50, text, document.tables);
  const sangongOnly = titleMatch !== null && /三公/.test(titleMatch[0] + document.title);
  const kindFromTitle = titleMatch ? (titleMatch[4] as '预算' | '决算') : null;
  // A title that names the document plus a body in the template's words; or, without a title, a body
  // that carries most of the template (a page whose title is just the site name).
  const detected = (titleMatch !== null && signals >= 4 && money >= 5) || (sangongOnly && signals >= 2 && money >= 3) || (signals >= 7 && money >= 10);
  if (!detected) return { detected: false, kind: null, year: null, unit: null, signals };
  const kind = kindFromTitle ?? kindFromWords(head, text);
  const yearText = titleMatch?.[1] ?? /(20\d\d)\s*年度?/.exec(text)?.[1] ?? null;
  const titleText = titleMatch ? (titleFrom(ownTitle) ? ownTitle : firstLines) : '';
  const unit = unitDeclared(text) ?? (yearText && titleText ? unitFrom(titleText, yearText) : null) ?? unitBeforeTitleWords(text.slice(0, 1000)) ?? unitAboveTables(document.tables);
  return { detected, kind, year: yearText ? Number(yearText) : null, unit, signals };
}
