/**
 * The national names of the classification codes a disclosure prints: the 政府收支分类科目 function
 * classification (支出功能分类: every 类 201…234 and the common 款) and the 部门预算支出经济分类 (301xx,
 * 302xx, 303xx, 310xx, 399xx, in force from 2018), with the years a name is known to have stopped being
 * valid. Data and small lookups only.
 *
 * What is in here, and how sure it is (a wrong entry makes false alarms on real documents, far worse than
 * a missing one):
 * - Current names: the 2019 and later 科目 as printed by the Ministry of Finance's annual 政府收支分类科目
 *   and, for every name, by at least the disclosures of test/fixtures and seeds where they print it
 *   (test/classification/names.test.ts checks that every name those documents print with a code is
 *   accepted here for their year).
 * - Dated renamings (`until`): only the two of the 2019 科目 that are beyond doubt: 207 文化体育与传媒支出 →
 *   文化旅游体育与传媒支出 (the 2018 merger of culture and tourism) and 210 医疗卫生与计划生育支出 → 卫生健康支出
 *   (the 2018 卫生健康委), with their 其他…支出 款. `until` is the last year a name can be right, so a
 *   document of a later year that prints it uses a retired name.
 * - Older names whose year of change is not certain here (215 资源勘探信息等支出, 220 国土海洋气象等支出, 20805
 *   行政事业单位离退休, 20701 文化, 21301 农业, 21302 林业, 21001 医疗卫生与计划生育管理事务…) are accepted in
 *   every year (`until` absent): a document that prints them is never told it is out of date.
 * - A code that is not listed is unknown, not wrong: nothing is said about its names.
 */

export interface NameEra {
  name: string;
  /** The last year this name can be right (a later document that prints it uses a retired name); absent: any year. */
  until?: number;
  /** The first year this name exists (a document of an earlier year is not judged by it); absent: any year. */
  from?: number;
}

type Entry = string | NameEra;

/** 支出功能分类: 类 (3 digits) and 款 (5 digits). */
const FUNCTION: Record<string, readonly Entry[]> = {
  '201': ['一般公共服务支出'],
  '20101': ['人大事务'],
  '20102': ['政协事务'],
  '20103': ['政府办公厅（室）及相关机构事务'],
  '20104': ['发展与改革事务'],
  '20105': ['统计信息事务'],
  '20106': ['财政事务'],
  '20107': ['税收事务'],
  '20108': ['审计事务'],
  '20111': ['纪检监察事务'],
  '20113': ['商贸事务'],
  '20114': ['知识产权事务'],
  '20123': ['民族事务'],
  '20126': ['档案事务'],
  '20128': ['民主党派及工商联事务'],
  '20129': ['群众团体事务'],
  '20131': ['党委办公厅（室）及相关机构事务'],
  '20132': ['组织事务'],
  '20133': ['宣传事务'],
  '20134': ['统战事务'],
  '20135': ['对外联络事务'],
  '20136': ['其他共产党事务支出'],
  '20137': ['网信事务'],
  '20138': ['市场监督管理事务'],
  '20199': ['其他一般公共服务支出'],
  '202': ['外交支出'],
  '203': ['国防支出'],
  '204': ['公共安全支出'],
  '20401': ['武装警察部队'],
  '20402': ['公安'],
  '20403': ['国家安全'],
  '20404': ['检察'],
  '20405': ['法院'],
  '20406': ['司法'],
  '20407': ['监狱'],
  '20408': ['强制隔离戒毒'],
  '20409': ['国家保密'],
  '20410': ['缉私警察'],
  '20499': ['其他公共安全支出'],
  '205': ['教育支出'],
  '20501': ['教育管理事务'],
  '20502': ['普通教育'],
  '20503': ['职业教育'],
  '20504': ['成人教育'],
  '20505': ['广播电视教育'],
  '20506': ['留学教育'],
  '20507': ['特殊教育'],
  '20508': ['进修及培训'],
  '20509': ['教育费附加安排的支出'],
  '20599': ['其他教育支出'],
  '206': ['科学技术支出'],
  '20601': ['科学技术管理事务'],
  '20602': ['基础研究'],
  '20603': ['应用研究'],
  '20604': ['技术研究与开发'],
  '20605': ['科技条件与服务'],
  '20606': ['社会科学'],
  '20607': ['科学技术普及'],
  '20608': ['科技交流与合作'],
  '20699': ['其他科学技术支出'],
  '207': [{ name: '文化旅游体育与传媒支出', from: 2019 }, { name: '文化体育与传媒支出', until: 2018 }],
  '20701': ['文化和旅游', '文化'],
  '20702': ['文物'],
  '20703': ['体育'],
  '20799': [{ name: '其他文化旅游体育与传媒支出', from: 2019 }, { name: '其他文化体育与传媒支出', until: 2018 }],
  '208': ['社会保障和就业支出'],
  '20801': ['人力资源和社会保障管理事务'],
  '20802': ['民政管理事务'],
  '20805': ['行政事业单位养老支出', '行政事业单位离退休'],
  '20807': ['就业补助'],
  '20808': ['抚恤'],
  '20809': ['退役安置'],
  '20810': ['社会福利'],
  '20811': ['残疾人事业'],
  '20816': ['红十字事业'],
  '20819': ['最低生活保障'],
  '20820': ['临时救助'],
  '20821': ['特困人员救助供养'],
  '20828': ['退役军人管理事务'],
  '20899': ['其他社会保障和就业支出'],
  '209': ['社会保险基金支出'],
  '210': [{ name: '卫生健康支出', from: 2019 }, { name: '医疗卫生与计划生育支出', until: 2018 }, { name: '医疗卫生支出', until: 2018 }],
  '21001': ['卫生健康管理事务', '医疗卫生与计划生育管理事务'],
  '21002': ['公立医院'],
  '21003': ['基层医疗卫生机构'],
  '21004': ['公共卫生'],
  '21007': ['计划生育事务'],
  '21011': ['行政事业单位医疗'],
  '21012': ['财政对基本医疗保险基金的补助'],
  '21013': ['医疗救助'],
  '21014': ['优抚对象医疗'],
  '21015': ['医疗保障管理事务'],
  '21099': [{ name: '其他卫生健康支出', from: 2019 }, { name: '其他医疗卫生与计划生育支出', until: 2018 }],
  '211': ['节能环保支出'],
  '21101': ['环境保护管理事务'],
  '21102': ['环境监测与监察'],
  '21103': ['污染防治'],
  '21104': ['自然生态保护'],
  '21105': ['天然林保护'],
  '21110': ['能源节约利用'],
  '21111': ['污染减排'],
  '21112': ['可再生能源'],
  '21113': ['循环经济'],
  '21114': ['能源管理事务'],
  '21199': ['其他节能环保支出'],
  '212': ['城乡社区支出'],
  '21201': ['城乡社区管理事务'],
  '21202': ['城乡社区规划与管理'],
  '21203': ['城乡社区公共设施'],
  '21205': ['城乡社区环境卫生'],
  '21206': ['建设市场管理与监督'],
  '21208': ['国有土地使用权出让收入安排的支出'],
  '21299': ['其他城乡社区支出'],
  '213': ['农林水支出'],
  '21301': ['农业农村', '农业'],
  '21302': ['林业和草原', '林业'],
  '21303': ['水利'],
  '21307': ['农村综合改革'],
  '21308': ['普惠金融发展支出'],
  '21399': ['其他农林水支出'],
  '214': ['交通运输支出'],
  '21401': ['公路水路运输'],
  '21402': ['铁路运输'],
  '21403': ['民用航空运输'],
  '21499': ['其他交通运输支出'],
  '215': ['资源勘探工业信息等支出', '资源勘探信息等支出'],
  '216': ['商业服务业等支出'],
  '21602': ['商业流通事务'],
  '21699': ['其他商业服务业等支出'],
  '217': ['金融支出'],
  '219': ['援助其他地区支出'],
  '220': ['自然资源海洋气象等支出', '国土海洋气象等支出'],
  '22001': ['自然资源事务', '国土资源事务'],
  '22005': ['气象事务'],
  '221': ['住房保障支出'],
  '22101': ['保障性安居工程支出'],
  '22102': ['住房改革支出'],
  '22103': ['城乡社区住宅'],
  '22198': ['超长期特别国债安排的支出'],
  '222': ['粮油物资储备支出'],
  '223': ['国有资本经营预算支出'],
  '224': ['灾害防治及应急管理支出'],
  '22401': ['应急管理事务'],
  '22499': ['其他灾害防治及应急管理支出'],
  '227': ['预备费'],
  '229': ['其他支出'],
  '22999': ['其他支出'],
  '230': ['转移性支出'],
  '231': ['债务还本支出'],
  '232': ['债务付息支出'],
  '233': ['债务发行费用支出'],
  '234': ['抗疫特别国债安排的支出'],
};

/** 部门预算支出经济分类 (from 2018): 类 (3 digits) and 款 (5 digits), with the variants templates print. */
const ECONOMIC: Record<string, readonly Entry[]> = {
  '301': ['工资福利支出'],
  '30101': ['基本工资'],
  '30102': ['津贴补贴'],
  '30103': ['奖金'],
  '30106': ['伙食补助费'],
  '30107': ['绩效工资'],
  '30108': ['机关事业单位基本养老保险缴费'],
  '30109': ['职业年金缴费'],
  '30110': ['职工基本医疗保险缴费'],
  '30111': ['公务员医疗补助缴费'],
  '30112': ['其他社会保障缴费'],
  '30113': ['住房公积金'],
  '30114': ['医疗费'],
  '30199': ['其他工资福利支出'],
  '302': ['商品和服务支出'],
  '30201': ['办公费'],
  '30202': ['印刷费'],
  '30203': ['咨询费'],
  '30204': ['手续费'],
  '30205': ['水费'],
  '30206': ['电费'],
  '30207': ['邮电费'],
  '30208': ['取暖费'],
  '30209': ['物业管理费'],
  '30211': ['差旅费'],
  '30212': ['因公出国（境）费用', '因公出国（境）费'],
  '30213': ['维修（护）费', '维修费'],
  '30214': ['租赁费'],
  '30215': ['会议费'],
  '30216': ['培训费'],
  '30217': ['公务接待费'],
  '30218': ['专用材料费'],
  '30224': ['被装购置费'],
  '30225': ['专用燃料费'],
  '30226': ['劳务费'],
  '30227': ['委托业务费'],
  '30228': ['工会经费'],
  '30229': ['福利费'],
  '30231': ['公务用车运行维护费'],
  '30239': ['其他交通费用', '其他交通费'],
  '30240': ['税金及附加费用', '税金及附加费'],
  '30299': ['其他商品和服务支出'],
  '303': ['对个人和家庭的补助'],
  '30301': ['离休费'],
  '30302': ['退休费'],
  '30303': ['退职（役）费'],
  '30304': ['抚恤金'],
  '30305': ['生活补助'],
  '30306': ['救济费'],
  '30307': ['医疗费补助'],
  '30308': ['助学金'],
  '30309': ['奖励金'],
  '30310': ['个人农业生产补贴'],
  '30311': ['代缴社会保险费'],
  '30399': ['其他对个人和家庭的补助'],
  '310': ['资本性支出'],
  '31001': ['房屋建筑物购建'],
  '31002': ['办公设备购置'],
  '31003': ['专用设备购置'],
  '31005': ['基础设施建设'],
  '31006': ['大型修缮'],
  '31007': ['信息网络及软件购置更新'],
  '31008': ['物资储备'],
  '31013': ['公务用车购置'],
  '31019': ['其他交通工具购置'],
  '31021': ['文物和陈列品购置'],
  '31022': ['无形资产购置'],
  '31099': ['其他资本性支出'],
  '399': ['其他支出'],
  '39999': ['其他支出'],
};

/**
 * Economic names are judged only in documents of this year and later: the 部门预算支出经济分类 took effect
 * in 2018, and in that first year some units still printed the old 政府支出经济分类 (30311 住房公积金, now
 * 30113), so 2018 is left alone.
 */
export const ECONOMIC_FROM = 2019;

export type Domain = 'function' | 'economic';

function eras(entries: readonly Entry[]): NameEra[] {
  return entries.map((entry) => (typeof entry === 'string' ? { name: entry } : entry));
}

const TABLES: Record<Domain, Map<string, NameEra[]>> = {
  function: new Map(Object.entries(FUNCTION).map(([code, entries]) => [code, eras(entries)])),
  economic: new Map(Object.entries(ECONOMIC).map(([code, entries]) => [code, eras(entries)])),
};

export function domainOf(code: string): Domain | null {
  if (/^2\d\d(\d\d)?$/.test(code)) return 'function';
  if (/^3\d\d(\d\d)?$/.test(code)) return 'economic';
  return null;
}

/**
 * A name as compared: without spaces, quotes, the （类）/（款）/（项） marks, 其中, a leading number, a
 * trailing 支出 (一般公共服务（类） is 一般公共服务支出), half-width brackets made full-width and 与 read as
 * 和 (a matter of style, not of naming).
 */
export function nameKey(raw: string): string {
  return raw
    .replace(/[\s\u3000“”"'‘’《》]/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/（[类款项]）/g, '')
    .replace(/^其中[：:]?/, '')
    .replace(/^[\d一二三四五六七八九十]+[、.．）]/, '')
    .replace(/[：:，,。、·]/g, '')
    .replace(/与/g, '和')
    .replace(/支出$/, '');
}

/** The names of a code (every era), or null when the code is not in the data. */
export function namesOf(code: string): readonly NameEra[] | null {
  const domain = domainOf(code);
  return domain ? (TABLES[domain].get(code) ?? null) : null;
}

/** What the data says of `name` printed for `code` in a document of `year`. */
export type NameVerdict =
  /** A name of the code that is not known to be retired in that year. */
  | { kind: 'ok' }
  /** A name the code had until `until`, retired by the document's year; `current` is its name since. */
  | { kind: 'retired'; until: number; current: string }
  /** Not a name of the code, but the name of these other codes of the same level (as of that year). */
  | { kind: 'other-code'; codes: string[]; current: string }
  /** The code or the name is not in the data: nothing can be said. */
  | { kind: 'unknown' };

export function judgeName(code: string, name: string, year: number | null): NameVerdict {
  const domain = domainOf(code);
  const known = namesOf(code);
  if (!domain || !known) return { kind: 'unknown' };
  if (domain === 'economic' && (year === null || year < ECONOMIC_FROM)) return { kind: 'unknown' };
  const key = nameKey(name);
  const current = currentName(known, year);
  const match = known.find((era) => nameKey(era.name) === key);
  if (match) {
    if (match.until !== undefined && year !== null && year > match.until) return { kind: 'retired', until: match.until, current };
    return { kind: 'ok' };
  }
  const others = codesNamed(name, code.length, domain, year).filter((other) => other !== code);
  return others.length > 0 ? { kind: 'other-code', codes: others, current } : { kind: 'unknown' };
}

/** Every name by its key, domain and level: "function|3|卫生健康" → the codes and eras so named. */
const BY_KEY = new Map<string, Array<{ code: string; era: NameEra }>>();
for (const domain of ['function', 'economic'] as const) {
  for (const [code, known] of TABLES[domain]) {
    for (const era of known) {
      const key = `${domain}|${code.length}|${nameKey(era.name)}`;
      BY_KEY.set(key, [...(BY_KEY.get(key) ?? []), { code, era }]);
    }
  }
}

/** The codes of one level and domain whose name (valid in `year`, when given) is `name`. */
export function codesNamed(name: string, length: number, domain: Domain, year: number | null): string[] {
  const found = BY_KEY.get(`${domain}|${length}|${nameKey(name)}`) ?? [];
  return [...new Set(found.filter(({ era }) => validIn(era, year)).map(({ code }) => code))];
}

function validIn(era: NameEra, year: number | null): boolean {
  if (year === null) return true;
  return (era.until === undefined || year <= era.until) && (era.from === undefined || year >= era.from);
}

/** The name a code goes by in `year`: the first of its names valid then (the data lists the current name first). */
function currentName(known: readonly NameEra[], year: number | null): string {
  return (known.find((era) => validIn(era, year)) ?? known[0]!).name;
}

/** Whether a printed name is one of the code's names in any era (style aside). */
export function isNameOf(code: string, name: string): boolean {
  const key = nameKey(name);
  return (namesOf(code) ?? []).some((era) => nameKey(era.name) === key);
}
