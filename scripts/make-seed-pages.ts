/**
 * Turns the five seed disclosure documents (plain text, seeds/text/*.txt) into HTML pages that
 * look like what Chinese government sites publish when a Word document is exported to HTML and pasted
 * into a CMS (TRS-style article page: site header, nav, breadcrumb, <h1>, info line,
 * <div class="TRS_Editor"><div class="WordSection1">…</div></div>, footer).
 *
 * Word-export noise (runs split into several <span>s, numbers split over two spans, <o:p></o:p>,
 * &nbsp;, a hard <br> inside a phrase) is added with a PRNG seeded from the page name, so the output is
 * byte-identical on every run. The visible text of every paragraph is exactly the seed line (runs of
 * whitespace may be collapsed); no figure, unit or word is changed, added or dropped.
 *
 * Site shells (site names, dates, 索引号, ICP numbers, phone numbers in the footer) are invented.
 *
 *   npx tsx scripts/make-seed-pages.ts      # writes seeds/*.html
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface SeedPageSpec {
  /** Seed file in seeds/text/. */
  file: string;
  /** Output page name, without ".html". */
  name: string;
  /** Unit name and document title; the page <title> and <h1> are unit + title. */
  unit: string;
  title: string;
  /** How many non-empty seed lines form the document's own title block (centred, bold). */
  titleLines: number;
  site: SiteShell;
}

interface SiteShell {
  variant: 'cq' | 'sc';
  siteName: string;
  /** Short place name used in the nav ("走进綦江"). */
  place: string;
  columnPath: string;
  column: string;
  pubDate: string;
  source: string;
  /** 信息公开 metadata block (Chongqing template); omitted when undefined. */
  indexNo?: string;
  publisher?: string;
  icp: string;
  siteCode: string;
  police: string;
  phone: string;
  address: string;
  host: string;
}

export const SEED_PAGES: readonly SeedPageSpec[] = [
  {
    file: '000_2ccfc830364209d8.txt',
    name: 'qijiang-2024-juesuan',
    unit: '重庆市綦江区电子政务中心',
    title: '2024年度决算公开说明',
    titleLines: 2,
    site: {
      variant: 'cq',
      siteName: '重庆市綦江区人民政府',
      place: '綦江',
      columnPath: '/zwgk_266/zfxxgkml/czyjs/',
      column: '财政预决算',
      pubDate: '2025-06-18',
      source: '区电子政务中心',
      indexNo: '11500222MB1517368E/2025-00041',
      publisher: '重庆市綦江区电子政务中心',
      icp: '渝ICP备05003300号',
      siteCode: '5001100004',
      police: '渝公网安备 50011002500104号',
      phone: '023-48662310',
      address: '重庆市綦江区古南街道綦江大道',
      host: 'www.cqqj.gov.cn',
    },
  },
  {
    file: '001_65177257e1d2b805.txt',
    name: 'wanzhou-2024-yusuan',
    unit: '重庆市万州区党政信息中心',
    title: '2024年单位预算情况说明',
    titleLines: 2,
    site: {
      variant: 'cq',
      siteName: '重庆市万州区人民政府',
      place: '万州',
      columnPath: '/zwgk_52/fdzdgknr/czyjs/',
      column: '财政预决算',
      pubDate: '2024-02-06',
      source: '区党政信息中心',
      indexNo: '12500101MB1C08372W/2024-00019',
      publisher: '重庆市万州区党政信息中心',
      icp: '渝ICP备05003302号',
      siteCode: '5001010001',
      police: '渝公网安备 50010102000137号',
      phone: '023-58222715',
      address: '重庆市万州区太白街道',
      host: 'www.wz.gov.cn',
    },
  },
  {
    file: '002_87115e93e4775f59.txt',
    name: 'dianjiang-2024-yusuan',
    unit: '垫江县人民政府电子政务中心',
    title: '2024年单位预算情况说明',
    titleLines: 2,
    site: {
      variant: 'cq',
      siteName: '垫江县人民政府',
      place: '垫江',
      columnPath: '/zwgk_167/fdzdgknr/czxx/',
      column: '财政预决算',
      pubDate: '2024-02-04',
      source: '县电子政务中心',
      indexNo: '115002315772036218/2024-00008',
      publisher: '垫江县人民政府电子政务中心',
      icp: '渝ICP备05003327号',
      siteCode: '5002310001',
      police: '渝公网安备 50023102000014号',
      phone: '023-74512280',
      address: '重庆市垫江县桂溪街道',
      host: 'www.cqdj.gov.cn',
    },
  },
  {
    file: '003_893534ddae58f436.txt',
    name: 'panzhihua-dongqu-2024-juesuan',
    unit: '攀枝花市东区电子政务建设服务中心',
    title: '2024年度部门决算公开编制说明',
    titleLines: 3,
    site: {
      variant: 'sc',
      siteName: '攀枝花市东区人民政府',
      place: '东区',
      columnPath: '/zwgk/czyjs/bmyjs/',
      column: '财政预决算',
      pubDate: '2025-09-26',
      source: '区电子政务中心',
      icp: '蜀ICP备11009781号',
      siteCode: '5104020002',
      police: '川公网安备 51040202000106号',
      phone: '0812-2225169',
      address: '四川省攀枝花市东区炳草岗',
      host: 'www.scdongqu.gov.cn',
    },
  },
  {
    file: '004_805888eae833e04a.txt',
    name: 'qianjiang-2024-yusuan',
    unit: '重庆市黔江区行政服务中心',
    title: '2024年部门预算情况说明',
    titleLines: 2,
    site: {
      variant: 'cq',
      siteName: '重庆市黔江区人民政府',
      place: '黔江',
      columnPath: '/zwgk/zfxxgkml/czyjs/',
      column: '财政预决算',
      pubDate: '2024-02-02',
      source: '区行政服务中心',
      indexNo: '12500239MB1J91547T/2024-00012',
      publisher: '重庆市黔江区行政服务中心',
      icp: '渝ICP备05003318号',
      siteCode: '5001140001',
      police: '渝公网安备 50011402000021号',
      phone: '023-79233187',
      address: '重庆市黔江区城西街道',
      host: 'www.qianjiang.gov.cn',
    },
  },
];

/** The seed texts, kept in the repository (seeds/text/) so that the tests need nothing outside it. */
export const SEEDS_DIR = new URL('../seeds/text/', import.meta.url);
/** seeds/ in the repository. */
export const OUT_DIR = new URL('../seeds/', import.meta.url);

export const BOOKMARK = '[bookmark: _GoBack]';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: string) {
    this.next = mulberry32(fnv1a(seed));
  }
  float(): number {
    return this.next();
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    const x = xs[Math.floor(this.next() * xs.length)];
    if (x === undefined) throw new Error('pick from empty list');
    return x;
  }
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Sentinels placed in the paragraph text before it is split into runs. */
const BR = '\u0001';
const ANCHOR = '\u0002';

const HAN = /\p{Script=Han}/u;

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes a run of text and renders its sentinels and whitespace the way Word exports them. */
function renderRunText(s: string): string {
  return escapeHtml(s)
    .replace(/ {2,}/g, (m) => '&nbsp;'.repeat(m.length - 1) + ' ')
    .replace(/^ /, '&nbsp;')
    .replace(new RegExp(BR, 'g'), '<br>')
    .replace(new RegExp(ANCHOR, 'g'), '<a name="_GoBack"></a>');
}

type ParaKind = 'title' | 'h1' | 'h2' | 'toc' | 'report-title' | 'body';

const CN_NUM = '[一二三四五六七八九十]+';
const H1_RE = new RegExp(`^(第${CN_NUM}部分|${CN_NUM}、)`);
const H2_RE = new RegExp(`^(（${CN_NUM}）|\\(\\s?${CN_NUM}\\s?\\))`);

function isShortHeading(line: string): boolean {
  // A heading is short and has no sentence inside it (a final "。" is allowed).
  const inner = line.replace(/。+$/, '');
  return line.length <= 36 && !/[。；;，,：:]/.test(inner) && !/\d+(\.\d+)?\s*万元/.test(line);
}

function classify(line: string, index: number, spec: SeedPageSpec): ParaKind {
  if (index < spec.titleLines) return 'title';
  if (line.startsWith('- ') || /\.{3,}\d+$/.test(line)) return 'toc';
  if (line === '目录' || /^附件\s?\d+$/.test(line)) return 'report-title';
  if (/(绩效评价报告|绩效自评报告)$/.test(line) && line.length <= 48 && !/[。，]/.test(line)) return 'report-title';
  if (H1_RE.test(line) && isShortHeading(line)) return 'h1';
  if (H2_RE.test(line) && isShortHeading(line)) return 'h2';
  return 'body';
}

/** Positions i where a hard line break may go between line[i-1] and line[i]: inside a Chinese phrase,
 * well away from any digit (so never inside a number or between a number and its unit). */
function brPositions(line: string): number[] {
  const chars = Array.from(line);
  const out: number[] = [];
  for (let i = 3; i < chars.length - 3; i++) {
    let ok = true;
    for (let j = i - 3; j < i + 3; j++) {
      const c = chars[j] ?? '';
      if (/\d/.test(c) || !HAN.test(c)) ok = false;
    }
    // Keep away from units that directly follow a number further on ("万元", "元", "%").
    if (ok && /[万元亿]/.test((chars[i - 1] ?? '') + (chars[i] ?? ''))) ok = false;
    if (ok) out.push(i);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Runs and spans

type Run = { text: string; ascii: boolean };

/** Splits a paragraph into runs the way Word does: ASCII (digits, Latin, ASCII punctuation) apart
 * from CJK text; whitespace stays with the run before it. */
function toRuns(text: string): Run[] {
  const runs: Run[] = [];
  const re = /[\x21-\x7e]+|[^\x21-\x7e]+/g;
  for (const m of text.matchAll(re)) {
    runs.push({ text: m[0], ascii: /^[\x21-\x7e]/.test(m[0]) });
  }
  return runs;
}

interface SpanStyle {
  font: string;
  size: string;
}

function spanOpen(style: SpanStyle, ascii: boolean, rng: Rng): string {
  const lang = ascii ? ' lang="EN-US"' : '';
  const extra = ascii && rng.chance(0.3) ? ';mso-bidi-font-family:&quot;Times New Roman&quot;' : '';
  return `<span${lang} style="font-family:${style.font};font-size:${style.size}${extra}">`;
}

/** Renders the runs of one paragraph as Word-like spans. */
function renderSpans(text: string, style: SpanStyle, rng: Rng, oP: boolean): string {
  const runs = toRuns(text);
  const pieces: { text: string; ascii: boolean }[] = [];
  for (let k = 0; k < runs.length; k++) {
    const run = runs[k]!;
    if (run.ascii) {
      // Occasionally a number is split over two spans (Word revision marks, autocorrect…).
      const m = /\d[\d.,]*\d/.exec(run.text);
      if (m && m[0].length >= 3 && rng.chance(0.1)) {
        const cut = m.index + rng.int(1, m[0].length - 1);
        pieces.push({ text: run.text.slice(0, cut), ascii: true });
        pieces.push({ text: run.text.slice(cut), ascii: true });
        continue;
      }
      const next = runs[k + 1];
      if (next && !next.ascii && rng.chance(0.25)) {
        // Sometimes the number and the Chinese text after it share one span ("564.55万元").
        pieces.push({ text: run.text + next.text, ascii: false });
        k++;
        continue;
      }
      pieces.push(run);
      continue;
    }
    // Chinese text: cut long runs at a few random places.
    const chars = Array.from(run.text);
    let start = 0;
    while (chars.length - start > 8 && rng.chance(0.35)) {
      const cut = start + rng.int(3, Math.min(chars.length - start - 2, 40));
      pieces.push({ text: chars.slice(start, cut).join(''), ascii: false });
      start = cut;
    }
    pieces.push({ text: chars.slice(start).join(''), ascii: false });
  }
  let html = '';
  pieces.forEach((p, i) => {
    let body = renderRunText(p.text);
    if (oP && i === pieces.length - 1) body += rng.chance(0.15) ? '&nbsp;<o:p></o:p>' : '<o:p></o:p>';
    html += spanOpen(style, p.ascii, rng) + body + '</span>';
  });
  return html;
}

const BODY_STYLE: SpanStyle = { font: '仿宋_GB2312', size: '16pt' };
const H1_STYLE: SpanStyle = { font: '黑体', size: '16pt' };
const H2_STYLE: SpanStyle = { font: '楷体_GB2312', size: '16pt' };
const TITLE_STYLE: SpanStyle = { font: '方正小标宋_GBK', size: '22pt' };
const TOC_STYLE: SpanStyle = { font: '仿宋_GB2312', size: '14pt' };

function renderParagraph(line: string, kind: ParaKind, rng: Rng): string {
  const oP = rng.chance(0.75);
  switch (kind) {
    case 'title':
      return (
        `<p class="MsoTitle" align="center" style="text-align:center;line-height:36pt">` +
        `<b>${renderSpans(line, TITLE_STYLE, rng, oP)}</b></p>`
      );
    case 'report-title':
      return (
        `<p class="MsoNormal" align="center" style="text-align:center;line-height:30pt">` +
        `<b>${renderSpans(line, { font: '方正小标宋_GBK', size: '18pt' }, rng, oP)}</b></p>`
      );
    case 'h1': {
      const tag = rng.chance(0.5) ? 'b' : 'strong';
      return (
        `<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">` +
        `<${tag}>${renderSpans(line, H1_STYLE, rng, oP)}</${tag}></p>`
      );
    }
    case 'h2': {
      const tag = rng.chance(0.5) ? 'b' : 'strong';
      return (
        `<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">` +
        `<${tag}>${renderSpans(line, H2_STYLE, rng, oP)}</${tag}></p>`
      );
    }
    case 'toc':
      return (
        `<p class="MsoToc1" style="margin-left:21pt;line-height:24pt;tab-stops:right dotted 415pt">` +
        `${renderSpans(line, TOC_STYLE, rng, oP)}</p>`
      );
    case 'body': {
      const lead = rng.chance(0.08) ? `<span style="font-family:${BODY_STYLE.font};font-size:16pt">&nbsp;&nbsp;</span>` : '';
      return (
        `<p class="MsoNormal" style="text-indent:32pt;line-height:28pt">` +
        `${lead}${renderSpans(line, BODY_STYLE, rng, oP)}</p>`
      );
    }
  }
}

/** The seed's non-empty lines, in order, with runs of whitespace collapsed and the trailing
 * whitespace dropped (leading whitespace is kept: it becomes &nbsp;). */
export function seedLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/u, '').replace(/^\s+/u, (m) => ' '.repeat(Math.min(m.length, 4))))
    .map((l) => l.replace(/(\S)[^\S\n]+/gu, (m, c: string) => c + (m.length > 3 ? '   ' : ' '.repeat(m.length - 1))))
    .filter((l) => l.trim() !== '');
}

function renderContent(spec: SeedPageSpec, text: string, rng: Rng): string {
  const lines = seedLines(text);
  const kinds = lines.map((l, i) => classify(l.trim(), i, spec));

  // A few Word hard line breaks inside Chinese phrases of body paragraphs.
  const candidates = lines
    .map((l, i) => ({ i, pos: kinds[i] === 'body' && !l.includes(BOOKMARK) ? brPositions(l) : [] }))
    .filter((c) => c.pos.length > 0);
  const brCount = Math.min(candidates.length, rng.int(3, 4));
  const withBr = new Map<number, number>();
  while (withBr.size < brCount) {
    const c = rng.pick(candidates);
    if (!withBr.has(c.i)) withBr.set(c.i, rng.pick(c.pos));
  }

  const out: string[] = [];
  lines.forEach((raw, i) => {
    let line = raw;
    const br = withBr.get(i);
    if (br !== undefined) {
      const chars = Array.from(line);
      line = chars.slice(0, br).join('') + BR + chars.slice(br).join('');
    }
    line = line.split(BOOKMARK).join(ANCHOR);
    out.push(renderParagraph(line, kinds[i]!, rng));
  });
  return out.join('\n');
}

const CSS = `body{margin:0;background:#f4f4f4;font:14px/1.6 "Microsoft YaHei","微软雅黑",SimSun,sans-serif;color:#333}
a{color:#333;text-decoration:none}
.w1200{width:1200px;margin:0 auto}
.header{background:#b8191e;color:#fff;height:120px}
.header .logo{font-size:34px;font-weight:bold;letter-spacing:4px;line-height:120px;padding-left:20px;font-family:"方正小标宋_GBK","华文中宋",serif}
.header .search{float:right;margin-top:46px}
.nav{background:#9e1015;height:46px}
.nav ul{margin:0;padding:0;list-style:none}
.nav li{float:left;width:150px;text-align:center;line-height:46px;font-size:17px}
.nav li a{color:#fff}
.crumb{background:#fff;padding:12px 20px;border-bottom:1px solid #e5e5e5;color:#666}
.crumb a{color:#666}
.article{background:#fff;padding:30px 60px 40px}
.article h1{font-size:26px;color:#b8191e;text-align:center;line-height:40px;margin:10px 0 16px}
.info{text-align:center;color:#888;border-bottom:1px dashed #ccc;padding-bottom:12px;font-size:13px}
.info span{margin:0 10px}
table.xxgk{width:100%;border-collapse:collapse;margin-bottom:20px;background:#f9f9f9;font-size:13px}
table.xxgk td{border:1px solid #e1e1e1;padding:6px 10px}
table.xxgk td.t{width:90px;color:#666;text-align:right}
.TRS_Editor{padding:20px 0;font-size:16px;line-height:2}
.TRS_Editor p{margin:0}
.tools{text-align:right;color:#666;padding-top:16px;border-top:1px solid #eee}
.footer{background:#333;color:#ccc;text-align:center;padding:20px 0;font-size:13px;line-height:26px;margin-top:20px}
.footer a{color:#ccc}`;

function renderShell(spec: SeedPageSpec, content: string): string {
  const s = spec.site;
  const fullTitle = spec.unit + spec.title;
  const esc = escapeHtml;
  const navItems =
    s.variant === 'cq'
      ? ['首页', '政务公开', '政务服务', '互动交流', `走进${s.place}`, '专题专栏']
      : ['首页', '政务公开', '政务服务', '政民互动', `数据${s.place}`, `走进${s.place}`];
  const navHrefs =
    s.variant === 'cq'
      ? ['/', '/zwgk/', '/zwfw/', '/hdjl/', '/zjqx/', '/ztzl/']
      : ['/', '/zwgk/', '/zwfw/', '/zmhd/', '/sjfb/', '/zjdq/'];
  const nav = navItems.map((t, i) => `<li><a href="${navHrefs[i] ?? '/'}">${esc(t)}</a></li>`).join('');
  const crumbTail = s.variant === 'sc' ? ` &gt; <a href="${s.columnPath}">部门预决算</a>` : '';
  const xxgk =
    s.indexNo !== undefined
      ? `<table class="xxgk">
<tr><td class="t">索&nbsp;引&nbsp;号：</td><td>${esc(s.indexNo)}</td><td class="t">主题分类：</td><td>财政、金融、审计\\财政</td></tr>
<tr><td class="t">发布机构：</td><td>${esc(s.publisher ?? '')}</td><td class="t">成文日期：</td><td>${s.pubDate}</td></tr>
<tr><td class="t">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">${esc(fullTitle)}</td></tr>
<tr><td class="t">发文字号：</td><td></td><td class="t">发布日期：</td><td>${s.pubDate}</td></tr>
</table>
`
      : '';
  const footer =
    s.variant === 'cq'
      ? `<p>版权所有：${esc(s.siteName)}办公室&nbsp;&nbsp;主办单位：${esc(s.siteName)}办公室&nbsp;&nbsp;承办：${esc(s.siteName.replace(/人民政府$/, ''))}大数据发展局</p>
<p><a href="https://beian.miit.gov.cn/">${esc(s.icp)}</a>&nbsp;&nbsp;网站标识码：${s.siteCode}&nbsp;&nbsp;${esc(s.police)}</p>
<p>地址：${esc(s.address)}&nbsp;&nbsp;联系电话：${s.phone}&nbsp;&nbsp;（建议使用1366×768分辨率浏览本网站）</p>`
      : `<p>主办单位：${esc(s.siteName)}&nbsp;&nbsp;承办：${esc(s.siteName)}办公室&nbsp;&nbsp;版权所有：${esc(s.siteName)}</p>
<p>网站标识码：${s.siteCode}&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/">${esc(s.icp)}</a>&nbsp;&nbsp;${esc(s.police)}</p>
<p>联系电话：${s.phone}&nbsp;&nbsp;地址：${esc(s.address)}</p>`;

  return `<!DOCTYPE html>
<html lang="zh-CN" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="${esc(s.siteName)}">
<meta name="SiteDomain" content="${s.host}">
<meta name="SiteIDCode" content="${s.siteCode}">
<meta name="ColumnName" content="${esc(s.column)}">
<meta name="ColumnType" content="财政预决算">
<meta name="ArticleTitle" content="${esc(fullTitle)}">
<meta name="PubDate" content="${s.pubDate} 09:30">
<meta name="ContentSource" content="${esc(s.source)}">
<title>${esc(fullTitle)}</title>
<style>
${CSS}
</style>
</head>
<body>
<div class="header"><div class="w1200"><form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"> <button type="submit">搜索</button></form><div class="logo">${esc(s.siteName)}</div></div></div>
<div class="nav"><div class="w1200"><ul>${nav}</ul></div></div>
<div class="w1200">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="${s.columnPath}">${esc(s.column)}</a>${crumbTail}</div>
<div class="article">
${xxgk}<h1>${esc(fullTitle)}</h1>
<div class="info"><span>发布时间：${s.pubDate}</span><span>来源：${esc(s.source)}</span><span>浏览次数：<span id="hits"></span></span><span>【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="TRS_Editor"><div class="WordSection1">
${content}
</div></div>
<div class="tools">【<a href="#">打印本页</a>】 【<a href="#">关闭窗口</a>】</div>
</div>
</div>
<div class="footer">
${footer}
</div>
</body>
</html>
`;
}

/** Renders one seed page. Pure: the same name and text always give the same bytes. */
export function renderSeedPage(name: string, text: string): string {
  const spec = SEED_PAGES.find((p) => p.name === name);
  if (!spec) throw new Error(`unknown seed page: ${name}`);
  const rng = new Rng(spec.name);
  return renderShell(spec, renderContent(spec, text, rng));
}

export function readSeed(spec: SeedPageSpec): string {
  return readFileSync(new URL(spec.file, SEEDS_DIR), 'utf8');
}

function main(): void {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const spec of SEED_PAGES) {
    const html = renderSeedPage(spec.name, readSeed(spec));
    const out = new URL(`${spec.name}.html`, OUT_DIR);
    writeFileSync(out, html);
    console.log(`${fileURLToPath(out)}  ${Buffer.byteLength(html)} bytes`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
