/**
 * The words and order of a report's checklist (lib/checklist builds it; this only shows it), shared by
 * the panel, the Markdown and CSV exports and the CLI: the four groups in the inspections' order, each
 * status as a mark (✓ ✗ — ?) and a word, the summary line, and an item's places without repeats.
 */
// Types only from ../report (its zod schemas stay out of whatever imports this): the group order is
// restated with the contract's own tuple type, so it cannot drift from it.
import type { CHECKLIST_GROUPS, Checklist, ChecklistGroup, ChecklistItem, ChecklistStatus, FigureRef } from '../report';
import { renderExplain } from '../i18n/render';
import { camelId, numberText, say, type Words } from './words';

/** The glyph of each status; always shown beside its word (a glyph alone says nothing to a screen reader). */
export const CHECKLIST_MARKS: Readonly<Record<ChecklistStatus, string>> = { pass: '✓', fail: '✗', na: '—', unchecked: '?' };

/**
 * The requirement in the reader's language: its message (checklist_label_<camelCaseId>), else the label the
 * report carries (rendered in the language the report was made in), as for a finding's explanation.
 */
export function checklistLabel(words: Words, item: ChecklistItem): string {
  return words.lookup(`checklist_label_${camelId(item.id)}`) || item.label;
}

/** Why it is ✗, not applicable or unchecked, in the reader's language when its explanation has a message; else as the report says it. */
export function checklistDetail(words: Words, item: ChecklistItem): string | undefined {
  if (!item.explain) return item.detail;
  const text = renderExplain(item.explain, words.lookup, words.locale);
  return text === item.explain.key ? item.detail : text;
}

export function checklistStatusText(words: Words, status: ChecklistStatus): string {
  return say(words, `export_checklist_status_${status}`);
}

export function checklistGroupText(words: Words, group: ChecklistGroup): string {
  return say(words, `export_checklist_group_${group}`);
}

const GROUPS: typeof CHECKLIST_GROUPS = ['completeness', 'detail', 'consistency', 'form'];

export interface ChecklistCounts {
  total: number;
  pass: number;
  fail: number;
  na: number;
  unchecked: number;
}

export function checklistCounts(checklist: Checklist): ChecklistCounts {
  const counts: ChecklistCounts = { total: checklist.items.length, pass: 0, fail: 0, na: 0, unchecked: 0 };
  for (const item of checklist.items) counts[item.status]++;
  return counts;
}

/** "清单：9 项，✓ 1，✗ 1，不适用 0，未核对 7"; `spoken`: the same in words only, for screen readers. */
export function checklistSummary(words: Words, checklist: Checklist, spoken = false): string {
  const counts = checklistCounts(checklist);
  const args = Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, numberText(words, count)]));
  return say(words, spoken ? 'export_checklist_summarySpoken' : 'export_checklist_summary', args);
}

export interface ChecklistGroupView {
  group: ChecklistGroup;
  /** In the checklist's own order; may be empty (no requirement of this group is checked yet). */
  items: ChecklistItem[];
}

/** Every group, in the inspections' order (完整性, 细化程度, 真实性/一致性, 规范性), with its items. */
export function checklistByGroup(checklist: Checklist): ChecklistGroupView[] {
  return GROUPS.map((group) => ({ group, items: checklist.items.filter((item) => item.group === group) }));
}

/** An item's places, each once (two findings often cite the same figure). */
export function distinctPlaces(item: ChecklistItem): FigureRef[] {
  const seen = new Set<string>();
  return item.places.filter((place) => {
    const key = JSON.stringify([place.text, place.quote, place.at ?? null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
