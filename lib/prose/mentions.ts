/**
 * A mention is a figure with what the words around it say about it: its label, the subject it names,
 * whether it is a change (and against what), a share, a completion rate, part of an explanation, or
 * the first item of a list.
 */
import type { Figure } from '../figures/figure';
import { charSet, endsWithOneOf, startsWithOneOf } from '../chars';
import type { TextBlock } from '../model/document';
import { COMPARISONS, COMPARISON_ANY, COMPLETION, DIRECTION, DIRECTION_WORDS, REASON, SHARE, cleanLabel, type Basis } from './cues';

/** 'base': the amount a change is measured against, printed inside the comparison ("较年初预算数3286.50万元增加…"). */
export type Role = 'value' | 'base' | 'delta' | 'rate' | 'share' | 'completion' | 'other';

export interface Mention {
  figure: Figure;
  block: number;
  /** Index of the sentence (split at 。) within the block. */
  sentence: number;
  /** Text between the previous figure (or the sentence start) and this figure. */
  window: string;
  /** The window after its last clause delimiter, cleaned. */
  label: string;
  /** What the label names, without comparison and direction words ("基本支出比2023年增加" → "基本支出"). */
  subject: string;
  /** The window from the sentence (or list item) start, cleaned: the label with its heading ("收入预算：年初预算数"). */
  context: string;
  role: Role;
  basis: Basis | null;
  direction: 1 | -1 | 0 | null;
  /** Inside an explanation (after 主要原因/主要是 in the same sentence). */
  inReason: boolean;
  /** The list opener in this mention's window, before its label ("其中", "分别是", …). */
  opensList: string | null;
  /** "；其中一般公共预算拨款政府采购2万元": a subset of the total in hand, not one more part of it. */
  subScope: boolean;
  /** The year the label names, if any ("2023年年末编制数" → 2023). */
  year: number | null;
  /** The clause the figure stands in, for quoting. */
  quote: string;
  /** How many parentheses are open at the figure ("…维护费25.83万元（购置费0万元，运行维护费25.83万元）"). */
  depth: number;
  /** The sentence points back to something local ("该项目", "该类项目"): the label is not a document-wide name. */
  local: boolean;
}

/** ，、；：, */
function isClauseDelimiter(code: number): boolean {
  return code === 0xff0c || code === 0x3001 || code === 0xff1b || code === 0xff1a || code === 0x2c;
}

function lastDelimiter(window: string): number {
  for (let i = window.length - 1; i >= 0; i--) if (isClauseDelimiter(window.charCodeAt(i))) return i;
  return -1;
}

// The global expressions below are run with exec and lastIndex rather than matchAll, which copies the
// expression on every call: these run once or twice for every figure of the page.

function basisIn(text: string): Basis | null {
  COMPARISON_ANY.lastIndex = 0;
  let last: string | null = null;
  for (let match = COMPARISON_ANY.exec(text); match !== null; match = COMPARISON_ANY.exec(text)) last = match[0];
  if (last === null) return null;
  for (const [pattern, basis] of COMPARISONS) if (pattern.test(last)) return basis;
  return null;
}

interface Direction {
  direction: 1 | -1 | 0 | null;
  at: number;
  word: string;
}

const NO_DIRECTION: Direction = { direction: null, at: -1, word: '' };

/** The last direction word of a label. */
function directionIn(label: string): Direction {
  let last: RegExpExecArray | null = null;
  DIRECTION.lastIndex = 0;
  for (let match = DIRECTION.exec(label); match !== null; match = DIRECTION.exec(label)) last = match;
  return last ? { direction: DIRECTION_WORDS[last[0]] ?? null, at: last.index, word: last[0] } : NO_DIRECTION;
}

/** A figure printed inside the comparison itself: "较年初预算数3286.50万元", "完成年初预算15.00万元的", "与上年13.95万元相比". */
const BASE_LABEL = /((较|比)(上年|去年|上一年|上年度|20\d\d年度?)?(年初|调整后?|全年)?(预算|决算|支出)?(数|决算数|预算数|执行数)?|完成(年初|调整|全年)?预算(数)?)$/;

/** A sentence that carries on the explanation before it. */
const CONTINUES_REASON = /^\s*同时[，,]/;

/** Words that point back to something local: "该项目…", "此项…", "上述…", "本项目…". */
const LOCAL_REFERENCE = /^(该|此项|上述|本项目)/;

/** The clause around a figure: from the previous delimiter to the next, for quoting. */
function quoteAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !stopsQuote(text[from - 1]) && start - from < 40) from--;
  // Never start a quote in the middle of a number or a word cut by the length bound.
  if (from > 0 && !stopsQuote(text[from - 1])) while (from < start && !startsQuote(text[from - 1])) from++;
  let to = end;
  while (to < text.length && !stopsQuote(text[to]) && text[to] !== '，' && to - end < 30) to++;
  return text.slice(from, to);
}

function stopsQuote(char: string | undefined): boolean {
  return char === '。' || char === '；' || char === '\n';
}

/** A quote cut by the length bound starts after one of these. */
function startsQuote(char: string | undefined): boolean {
  return char === '，' || char === '、' || char === '：';
}

/** A 、 between 收(入) and 支(出): one compound name, not a list. */
const JOINS_INCOME_SPENDING = /收入?、支出?/;

/**
 * The label is the window after its last clause delimiter. A 、 inside a compound name at the start of a
 * sentence ("收、支总计均为…", "收入、支出总计…") is not a list separator: those follow an amount
 * ("办公费3万元、水费…").
 */
function splitWindow(window: string, atSentenceStart: boolean): { rawLabel: string; beforeLabel: string } {
  let cut = lastDelimiter(window);
  // "收、支预算总计各增加", "收入、支出总计": the template's one name for both totals, wherever it stands.
  while (cut > 0 && window[cut] === '、' && JOINS_INCOME_SPENDING.test(window.slice(Math.max(0, cut - 2), cut + 2))) cut = lastDelimiter(window.slice(0, cut));
  if (cut >= 0 && window[cut] === '、' && atSentenceStart) {
    const strong = Math.max(window.lastIndexOf('，', cut), window.lastIndexOf('：', cut), window.lastIndexOf('；', cut));
    if (strong >= 0 ? cut - strong <= 5 : cut <= 12) cut = strong;
  }
  return { rawLabel: window.slice(cut + 1), beforeLabel: window.slice(0, cut + 1) };
}

const OPENER_BEFORE = /(其中|主要用于以下方面|主要用于|主要包括|具体包括|包括|分别是|分别为|具体是|(?:按.{0,6})?分为)[：:]?[，、]?$/;
const OPENER_LEADING = /^(其中|主要用于|主要包括|包括|分别是|分别为)/;

/**
 * Does this figure open a list of parts ("X万元，其中：A…", "其中A…", "…拨款政府采购2万元：货物预算2万元、…"),
 * and is it a subset of the total in hand rather than one more part ("；其中一般公共预算拨款…")?
 */
function listOpener(window: string, rawLabel: string, beforeLabel: string, afterAFigure: boolean): { opensList: string | null; subScope: boolean } {
  const before = OPENER_BEFORE.exec(beforeLabel);
  const leading = OPENER_LEADING.exec(rawLabel);
  const opensList = before ? before[1]! : leading ? leading[1]! : afterAFigure && beforeLabel === '：' ? '：' : null;
  const subScope = /^[；，]其中/.test(window) || (/^其中/.test(window) && !before?.[1]!.startsWith('其中'));
  return { opensList, subScope };
}

/** A figure printed inside the comparison itself: "较年初预算数3286.50万元", "完成年初预算15.00万元的", "与上年13.95万元相比". */
function roleOf(figure: Figure, rawLabel: string, direction: number | null, at: number, inReason: boolean, previous: Mention | null, after: string): Role {
  const isPercent = figure.kind === 'percent';
  if (!isPercent && (BASE_LABEL.test(rawLabel) || (/^相比/.test(after) && /^(与|同)/.test(rawLabel)))) return 'base';
  if (isPercent && previous?.role === 'base' && /^的?$/.test(rawLabel)) return 'completion';
  if (isPercent && SHARE.test(rawLabel)) return 'share';
  if (isPercent && COMPLETION.test(rawLabel)) return 'completion';
  if (isPercent) return direction !== null ? 'rate' : 'other';
  // Inside an explanation the direction word may stand far from its amount ("增加…专项10万元").
  if (direction !== null && (rawLabel.length - at <= 6 || inReason)) return 'delta';
  return 'value';
}

/** What a change or rate is measured against. */
function basisOf(role: Role, rawLabel: string, word: string, stated: Basis | null, previous: Mention | null): Basis | null {
  if (role === 'completion' && previous?.role === 'base' && /^的?$/.test(rawLabel)) return previous.basis;
  if (role === 'completion' || (role === 'base' && /预算/.test(rawLabel))) return /调整/.test(rawLabel) ? 'adjusted' : /全年/.test(rawLabel) ? 'full-year' : 'budget';
  if (role === 'base') return 'prior';
  // Savings are measured against the budget, never against last year.
  if (role === 'delta' && /节约|结余|节余/.test(word)) return 'budget';
  if (stated === null && (role === 'delta' || role === 'rate') && previous?.basis) return previous.basis;
  return stated;
}

/**
 * The subject is what precedes the comparison phrase or the direction word: "基本支出比2023年增加…" →
 * 基本支出; "基本支出减少3.61万元" → 基本支出; but "项目支出增加A专项10万元": the amount is A专项's.
 */
function subjectOf(role: Role, rawLabel: string, direction: { at: number; word: string } | null): string {
  if (role === 'share' || role === 'base') return '';
  let subjectRaw = rawLabel;
  const comparisonAt = rawLabel.search(/与(上年|去年|上一年|上年度|20\d\d)|比(上年|去年|上一年|20\d\d|年初)|较|同比/);
  if (comparisonAt >= 0) {
    subjectRaw = rawLabel.slice(0, comparisonAt);
    // "与上年相比收、支预算总计各增加": a subject after the comparison, said of each ("各", "均") of its parts.
    if (subjectRaw === '' && direction) {
      COMPARISON_ANY.lastIndex = 0;
      const comparison = COMPARISON_ANY.exec(rawLabel);
      const between = comparison?.index === 0 ? rawLabel.slice(comparison[0].length, direction.at) : '';
      if (/^[^，：；]{2,}(各|均|分别)$/.test(between)) subjectRaw = between;
    }
  } else if ((role === 'delta' || role === 'rate') && direction) {
    const { at, word } = direction;
    subjectRaw = rawLabel.length - at - word.length > 4 ? rawLabel.slice(at + word.length) : rawLabel.slice(0, at);
  }
  return cleanLabel(endsWithOneOf(subjectRaw, EACH_ENDS) ? subjectRaw.replace(/(各|均|分别)$/, '') : subjectRaw);
}

// The characters the expressions below need at the start or the end: without them, they are not run.
/** (各|均|分别)$ */
const EACH_ENDS = charSet('各均别');
/** ^[，、：]+ */
const CLAUSE_STARTS = charSet('，、：');

/**
 * `text` after the last of `marks` that `pattern` (/^.*[marks]/) finds, or all of it. Most windows hold
 * none of the marks: they are not handed to the expression at all (this runs for every figure).
 */
function afterLast(text: string, marks: readonly string[], pattern: RegExp): string {
  for (const mark of marks) if (text.includes(mark)) return text.replace(pattern, '');
  return text;
}

/** The label with its heading, from the sentence (or list item) start: "收入预算：年初预算数". */
function contextOf(beforeLabel: string, rawLabel: string): string {
  const contextStart = afterLast(beforeLabel, ['。', '；'], /^.*[。；]/);
  const leading = startsWithOneOf(contextStart, CLAUSE_STARTS) ? contextStart.replace(/^[，、：]+/, '') : contextStart;
  const joined = leading + rawLabel;
  return cleanLabel(joined.includes('其中') || joined.includes('此外') ? joined.replace(/^.*(其中|此外)[：:，]?/, '') : joined);
}

export function mentionsOf(block: TextBlock, figures: Figure[]): Mention[] {
  const text = block.text;
  const mentions: Mention[] = [];
  let sentenceIndex = 0;
  let sentenceStart = 0;
  let cursor = 0;
  let reasonOpen = false;
  let previous: Mention | null = null;
  // Kept up to date as the cursor moves, so a sentence of any length is read once (no rescans).
  let depth = 0;
  let local = false;
  for (const figure of figures) {
    // Advance sentences up to this figure.
    for (let i = cursor; i < figure.start; i++) {
      const char = text[i];
      if (char === '（') depth++;
      else if (char === '）' && depth > 0) depth--;
      else if (!local && (char === '该' || char === '此' || char === '上' || char === '本')) local = LOCAL_REFERENCE.test(text.slice(i, i + 3));
      if (char === '。' || char === '！' || char === '？') {
        sentenceIndex++;
        sentenceStart = i + 1;
        // "主要原因是…减少部门支出1,653万元。同时，…增加部门预算1,464.3万元": the explanation goes on.
        // Only after a sentence whose explanation ended on an amount of its own.
        reasonOpen = reasonOpen && previous?.inReason === true && previous.role === 'delta' && CONTINUES_REASON.test(text.slice(i + 1, i + 5));
        previous = null;
        depth = 0;
        local = false;
      } else if (char === '；') {
        // An explanation runs to the end of its list item, not into the next one.
        reasonOpen = false;
      }
    }
    const windowStart = Math.max(sentenceStart, previous ? previous.figure.end : sentenceStart);
    const window = text.slice(windowStart, figure.start);
    cursor = figure.start;
    const { rawLabel, beforeLabel } = splitWindow(window, previous === null);
    if (REASON.test(afterLast(window, ['；'], /^.*；/))) reasonOpen = true;
    const opener = listOpener(window, rawLabel, beforeLabel, previous !== null);
    const { direction, at, word } = directionIn(rawLabel);
    const role = roleOf(figure, rawLabel, direction, at, reasonOpen, previous, text.slice(figure.end, figure.end + 4));
    const basis = basisOf(role, rawLabel, word, basisIn(window), previous);
    const subject = subjectOf(role, rawLabel, direction !== null ? { at, word } : null);
    const context = contextOf(beforeLabel, rawLabel);
    const yearMatch = rawLabel.includes('年') ? /(20\d\d)年/.exec(rawLabel) : null;
    const mention: Mention = {
      figure,
      block: block.index,
      sentence: sentenceIndex,
      window,
      label: cleanLabel(rawLabel),
      subject,
      context,
      role,
      basis,
      direction,
      inReason: reasonOpen && (role === 'delta' || role === 'value'),
      opensList: opener.opensList,
      subScope: opener.subScope,
      year: yearMatch ? Number(yearMatch[1]) : null,
      quote: quoteAround(text, figure.start, figure.end),
      depth,
      local: local || (rawLabel.includes('（') && /（[^）]*$/.test(rawLabel)),
    };
    mentions.push(mention);
    previous = mention;
  }
  return mentions;
}
