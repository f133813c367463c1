/**
 * Statements: a subject with its value and what the text says about it (share, changes against last
 * year or the budget, completion, explanations), and lists of parts under a total. Built from mentions,
 * block by block; a list opened at the end of a block ("基本支出383.08万元。其中：") takes the leading
 * statements of the following blocks as its items.
 */
import type { Basis } from './cues';
import { NET } from './cues';
import type { Mention } from './mentions';
import { nameWords } from '../facts/names';

export interface Change {
  basis: Basis;
  /** The amount compared against, when the text prints it ("较年初预算数3286.50万元增加225.56万元"). */
  base: Mention | null;
  delta: Mention | null;
  rate: Mention | null;
  /** Explanation items with a direction ("项目收支减少396.02万元"), and net restatements ("两项品迭后减少…"). */
  reasons: Mention[];
  nets: Mention[];
  /** True when the explanation was introduced by 主要 (main reasons only: the list may be incomplete). */
  reasonsPartial: boolean;
}

export interface PartList {
  opener: string;
  items: Statement[];
  /** A total printed after its parts ("59.1分，34分，合计90分"). */
  totalAfter: boolean;
  /** The list ended with 等 ("A、B等"): explicitly incomplete. */
  etc: boolean;
}

export interface Statement {
  id: number;
  subject: string;
  context: string;
  value: Mention | null;
  share: Mention | null;
  completion: Mention[];
  /** Amounts printed inside comparisons, waiting for the change that uses them. */
  bases: Mention[];
  changes: Change[];
  lists: PartList[];
  /** The list this statement is an item of. */
  parent: Statement | null;
  block: number;
  sentence: number;
}

/** The name to show a reader: the subject, or its heading when the subject alone says little. */
export function displayName(statement: Statement): string {
  const context = statement.context;
  const heading = context.includes('：') ? context.slice(0, context.lastIndexOf('：')).replace(/^.*[，。；]/, '') : '';
  const subject = statement.subject.replace(/（?合计$/, '');
  if (heading && /^(年初)?预算数$|^决算数$|^合计$|^总计$/.test(subject)) return `${heading}（${subject}）`;
  return subject || heading || statement.subject || '该项';
}

/**
 * A subject's words (lib/facts/names.ts: how it is printed and its period words off). References are
 * matched on words, not on quantityName: "收入" may name "收入、支出总计"'s first conjunct, and the
 * scenario words that quantityName drops depend on the document's kind, which statements do not know.
 */
function normalizeSubject(subject: string): string {
  return nameWords(subject);
}

export function subjectsMatch(a: string, b: string): boolean {
  const x = normalizeSubject(a);
  const y = normalizeSubject(b);
  if (x.length < 2 || y.length < 2) return false;
  return x === y || x.includes(y) || y.includes(x);
}

/** Subjects that name nothing by themselves ("费用支出较年初预算数减少…" continues the item in hand). */
const GENERIC_SUBJECT = /^(费用|费用支出|经费|资金|金额|全年)$/;

/**
 * Does an explicit subject ("收入较去年增加…") refer to this statement? Equal names; a heading that
 * contains it ("收入预算：年初预算数"); a more specific name ("财政拨款收、支总计" → "收、支总计"); or
 * a name it begins ("收、支" → "收、支总计"). Not a name it merely ends ("收入" is not "其他收入").
 */
function refersTo(subject: string, statement: Statement): boolean {
  const x = normalizeSubject(subject);
  const name = normalizeSubject(statement.subject);
  const heading = normalizeSubject(statement.context);
  if (x.length < 2) return false;
  // "收入、支出总计" names both "收入总计" and "支出总计": its last conjunct may be named alone.
  if (statement.subject.includes('、') && name.endsWith(x)) return true;
  return x === name || (name.length >= 2 && (x.endsWith(name) || name.startsWith(x))) || (heading.length > name.length && heading.replace(name, '').includes(x));
}

/** "决算数大于预算数55.93万元": an amount that is a difference between two others owns no list of parts. */
const DIFFERENCE = /(大于|小于|高于|低于|超过|超出|多于|少于)(年初|调整)?(预算|决算)数?$/;

const TOTAL_AFTER_LABEL = /^(合计|共计|总计|总分|合计为|共)$/;

function addPart(list: PartList, owner: Statement, part: Statement): void {
  list.items.push(part);
  part.parent = owner;
}

interface PendingList {
  owner: Statement;
  list: PartList;
  mode: 'heads' | 'sentence';
  /** The numbering style of the owner's paragraph ("1." in "1. 基本支出预算…"): a paragraph numbered alike is its sibling. */
  ownerMarker: string | null;
  /**
   * The list the owner is itself an item of, still open ("包括：" / "1．财政拨款…其中" / "（1）…" / "2．其他资金…"):
   * when an item numbered like the owner closes this list, it is the outer list's next item.
   */
  outer: PendingList | null;
}

/** The kind of list number a paragraph starts with, or null. */
function markerOf(text: string): string | null {
  if (/^[一二三四五六七八九十]+、/.test(text)) return 'cn';
  if (/^（[一二三四五六七八九十]+）/.test(text)) return '(cn)';
  if (/^\d+[.、．](?!\d)/.test(text)) return 'n.';
  if (/^（\d+）/.test(text)) return '(n)';
  return null;
}

interface BlockInput {
  index: number;
  text: string;
  mentions: Mention[];
}

/** Two names worded alike: the same first two characters or more, then each its own ("拟购买货物", "拟购买工程"). */
function parallel(a: string, b: string): boolean {
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return same >= 2 && same < a.length && same < b.length;
}

export function buildStatements(blocks: BlockInput[]): Statement[] {
  const statements: Statement[] = [];
  /**
   * A list that continues in the next block: 'heads' takes the leading statement of each following
   * block ("其中：" then one paragraph per part); 'sentence' takes every amount of the next block's first
   * sentence ("资金计划（合计161.78万元）" then "资金计划：A 4.18万元；B 8.62万元；…").
   */
  let pendingList: PendingList | null = null;

  const newStatement = (mention: Mention | null, subject: string, context: string, block: number, sentence: number): Statement => {
    const statement: Statement = {
      id: statements.length,
      subject,
      context,
      value: mention,
      share: null,
      completion: [],
      bases: [],
      changes: [],
      lists: [],
      parent: null,
      block,
      sentence,
    };
    statements.push(statement);
    return statement;
  };

  for (const block of blocks) {
    let current: Statement | null = null;
    /** colon: opened with "其中：" (may run across "；"); without a colon a list ends at the next "；". */
    let activeList: { owner: Statement; list: PartList; sentence: number; colon: boolean } | null = null;
    let depthOwner: Statement | null = null;
    let lastChange: Change | null = null;
    let sentenceValues: Statement[] = [];
    let sentence = -1;

    // A list opened at the end of an earlier block takes this block's leading statement as an item.
    const first = block.mentions[0];
    let crossBlockList = pendingList as PendingList | null;
    pendingList = null;
    // "1. 基本支出…。其中：" … "2. 项目支出…": the next item numbered like the owner is not one of its parts.
    if (crossBlockList?.ownerMarker && markerOf(block.text) === crossBlockList.ownerMarker) crossBlockList = crossBlockList.outer;
    // "此外，基本支出预算数为…" after the list of classes: another breakdown of the total begins, not a part of this one.
    if (crossBlockList && /^(此外|另外)/.test(block.text.trim())) crossBlockList = null;

    for (const mention of block.mentions) {
      if (mention.sentence !== sentence) {
        sentence = mention.sentence;
        sentenceValues = [];
        if (activeList && activeList.sentence !== sentence) {
          current = activeList.owner;
          activeList = null;
        }
      }

      if (mention.inReason) {
        if (!lastChange) continue;
        if (mention.role === 'delta' && mention.figure.kind !== 'percent') {
          if (NET.test(mention.label)) lastChange.nets.push(mention);
          else lastChange.reasons.push(mention);
          lastChange.reasonsPartial ||= /主要/.test(mention.window) || lastChange.reasonsPartial;
        } else if (mention.role === 'value' && /^(和|及|以及|与)/.test(mention.window.replace(/^[，、]/, '')) && lastChange.reasons.length > 0) {
          // "增加A专项10万元和B专项8.98万元": the direction carries over a conjunction.
          const carried = lastChange.reasons[lastChange.reasons.length - 1]!;
          lastChange.reasons.push({ ...mention, role: 'delta', direction: carried.direction });
        }
        continue;
      }

      // A list opened by "其中" without a colon ends at the next "；", unless the next part is worded as the
      // first ("其中拟购买货物334万元；拟购买工程0万元；拟购买服务2555.8万元"); any list ends where a new total begins.
      if (activeList && mention.window.includes('；') && ((!activeList.colon && !parallel(activeList.list.items[0]?.subject ?? '', mention.label)) || /(总计|合计|总额)$/.test(mention.label))) {
        current = activeList.owner;
        activeList = null;
      }

      switch (mention.role) {
        case 'base':
          if (current) current.bases.push(mention);
          break;
        case 'value': {
          if (mention.depth > 0 && depthOwner?.value) {
            // Parts in parentheses belong to the amount just before the parenthesis, not to the list in hand.
            const statement = newStatement(mention, mention.subject || mention.label, mention.context, block.index, sentence);
            let list = depthOwner.lists.find((l) => l.opener === '（');
            if (!list) depthOwner.lists.push((list = { opener: '（', items: [], totalAfter: false, etc: false }));
            addPart(list, depthOwner, statement);
            break;
          }
          if (TOTAL_AFTER_LABEL.test(mention.label) && sentenceValues.length >= 2) {
            const kind = mention.figure.kind;
            const parts = sentenceValues.filter((s) => s.value?.figure.kind === kind);
            if (parts.length >= 2) {
              const owner = newStatement(mention, mention.label, mention.context, block.index, sentence);
              owner.lists.push({ opener: mention.label, items: parts, totalAfter: true, etc: false });
              for (const part of parts) part.parent ??= owner;
              current = owner;
              continue;
            }
          }
          const statement = newStatement(mention, mention.subject || mention.label, mention.context, block.index, sentence);
          if (mention.subScope && activeList) {
            // Close the list in hand; this subset belongs to its owner's scope but is not a part.
            statement.parent = activeList.owner;
            activeList = null;
            current = statement;
            sentenceValues.push(statement);
            lastChange = null;
            break;
          }
          // "“三公”经费年初预算21.50万元，实际支出18.34万元": a bare 实际支出 is the sentence topic's.
          const topic = sentenceValues[0]?.subject.replace(/(年初)?(预算|预算数|预算金额)$/, '');
          if (topic && topic.length >= 2 && /^(实际支出|实际使用|决算支出|决算数|支出决算|执行数)$/.test(statement.subject)) statement.subject = topic + statement.subject;
          if (mention.opensList && current && current.value && !DIFFERENCE.test(current.subject) && (!activeList || mention.opensList === '：')) {
            const list: PartList = { opener: mention.opensList, items: [], totalAfter: false, etc: false };
            current.lists.push(list);
            activeList = { owner: current, list, sentence, colon: /[：:]/.test(mention.window) };
          }
          if (activeList) {
            addPart(activeList.list, activeList.owner, statement);
          } else if (crossBlockList?.mode === 'heads' && mention === first) {
            addPart(crossBlockList.list, crossBlockList.owner, statement);
            pendingList = crossBlockList;
          } else if (crossBlockList?.mode === 'sentence' && mention.sentence === 0) {
            addPart(crossBlockList.list, crossBlockList.owner, statement);
          }
          current = statement;
          depthOwner = statement;
          sentenceValues.push(statement);
          lastChange = null;
          break;
        }
        case 'share':
          if (current && !current.share) current.share = mention;
          break;
        case 'completion':
          if (current) current.completion.push(mention);
          break;
        case 'delta':
        case 'rate': {
          let target = current;
          const subject = GENERIC_SUBJECT.test(mention.subject) ? '' : mention.subject;
          if (subject && (!target || !refersTo(subject, target))) {
            target = null;
            for (let i = statements.length - 1; i >= 0 && statements[i]!.block === block.index; i--) {
              if (refersTo(subject, statements[i]!)) {
                target = statements[i]!;
                break;
              }
            }
            target ??= newStatement(null, subject, mention.context, block.index, sentence);
            current = target;
          }
          if (!target) target = current = newStatement(null, '', mention.context, block.index, sentence);
          const basis = mention.basis ?? 'prior';
          if (mention.role === 'delta') {
            const baseIndex = target.bases.findIndex((b) => (b.basis ?? 'prior') === basis);
            const base = baseIndex >= 0 ? target.bases.splice(baseIndex, 1)[0]! : null;
            lastChange = { basis, base, delta: mention, rate: null, reasons: [], nets: [], reasonsPartial: false };
            target.changes.push(lastChange);
          } else {
            const open = [...target.changes].reverse().find((c) => c.basis === basis && c.rate === null && c.delta !== null);
            if (open) open.rate = mention;
            else target.changes.push((lastChange = { basis, base: null, delta: null, rate: mention, reasons: [], nets: [], reasonsPartial: false }));
          }
          break;
        }
        default:
          break;
      }
    }
    // "…其中：" (or 主要包括：) at the very end of the block: the list continues in the next blocks.
    // The text after the block's last figure, cut out only when one of the questions below gets to it.
    let tail: string | null = null;
    const trimmedTail = () => (tail ??= block.text.slice(block.mentions.length ? block.mentions[block.mentions.length - 1]!.figure.end : 0).trim());
    if (current?.value && !DIFFERENCE.test(current.subject) && /(其中|主要包括|包括|分别是|分别为)[：:]?$/.test(trimmedTail())) {
      const list: PartList = { opener: 'cross-block', items: [], totalAfter: false, etc: false };
      current.lists.push(list);
      // An item of a list still open (taken as this block's leading statement) opens a list of its own.
      const outer = crossBlockList?.mode === 'heads' && current.parent === crossBlockList.owner && crossBlockList.ownerMarker !== markerOf(block.text) ? crossBlockList : null;
      pendingList = { owner: current, list, mode: 'heads', ownerMarker: markerOf(block.text), outer };
    }
    // A heading that announces a total: "1. 资金计划（合计161.78万元）。"
    const values = block.mentions.filter((m) => m.role === 'value' && !m.inReason);
    const owner: Statement | null = current;
    if (owner && values.length === 1 && owner.value === values[0] && /（合计$|合计$|总计$/.test(values[0]!.window) && /^）?[。．.]*$/.test(trimmedTail())) {
      const list: PartList = { opener: '合计', items: [], totalAfter: false, etc: false };
      owner.lists.push(list);
      pendingList = { owner, list, mode: 'sentence', ownerMarker: markerOf(block.text), outer: null };
    }
    // Explicitly incomplete lists: "…等".
    if (activeList && /等[。；，]?$/.test(block.text.slice(activeList.list.items.at(-1)?.value?.figure.end ?? 0).split('。')[0] ?? '')) {
      activeList.list.etc = true;
    }
  }
  return statements;
}
