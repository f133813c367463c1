/**
 * The panel's checklist: each requirement of the report's checklist (lib/checklist judges them; this
 * only shows them) under its group, in the inspections' order (完整性, 细化程度, 真实性/一致性, 规范性),
 * with its status as a mark and a word, why it is not ✓, and, for a ✗, a button that goes to its first
 * place on the page: through the finding that makes it fail (the findings' own "go to"), or, for an item
 * whose places belong to no finding, through the place itself.
 */
import { useState } from 'preact/hooks';
import { CHECKLIST_MARKS, checklistByGroup, checklistDetail, checklistGroupText, checklistLabel, checklistStatusText, checklistSummary, distinctPlaces } from '../lib/export/checklist';
import type { Checklist, ChecklistItem } from '../lib/report';
import { i18n, n, UI_WORDS } from './i18n';

/** The panel lists at most this many places of an item (the exports have them all). */
export const PANEL_PLACES = 5;

export interface ChecklistViewProps {
  checklist: Checklist;
  /** Per finding, how many of its figures are highlighted on the page (as for the findings). */
  placed: readonly number[];
  /** Go to a finding's figure on the page (the findings' own mechanism). */
  onReveal: (finding: number) => Promise<boolean>;
  /** Go to an item's first place, for an item whose places belong to no finding. */
  onRevealPlace?: (item: string) => Promise<boolean>;
  /** Makes the groups' heading ids unique when the panel shows several frames. */
  idPrefix?: string;
}

/** Where a ✗ item's button goes: its first finding that is on the page, its places, or nowhere. */
type Target = { kind: 'finding'; finding: number } | { kind: 'place' } | { kind: 'missing' } | null;

function targetOf(item: ChecklistItem, placed: readonly number[], canRevealPlace: boolean): Target {
  if (item.status !== 'fail') return null;
  if (item.findings.length > 0) {
    const finding = item.findings.find((index) => (placed[index] ?? 0) > 0);
    return finding === undefined ? { kind: 'missing' } : { kind: 'finding', finding };
  }
  if (item.places.some((place) => place.at) && canRevealPlace) return { kind: 'place' };
  return item.places.length > 0 ? { kind: 'missing' } : null;
}

function Item({ item, placed, onReveal, onRevealPlace }: { item: ChecklistItem } & Omit<ChecklistViewProps, 'checklist' | 'idPrefix'>) {
  const [note, setNote] = useState<string | null>(null);
  const target = targetOf(item, placed, onRevealPlace !== undefined);
  const go = async () => {
    if (!target || target.kind === 'missing') return;
    const ok = target.kind === 'finding' ? await onReveal(target.finding) : await onRevealPlace!(item.id);
    setNote(ok ? null : i18n.t('ui.findings.cannotLocate'));
  };
  const places = distinctPlaces(item);
  const status = checklistStatusText(UI_WORDS, item.status);
  const label = checklistLabel(UI_WORDS, item);
  const detail = checklistDetail(UI_WORDS, item);
  return (
    <li class={`checklist-item checklist-${item.status}`} data-item={item.id} data-status={item.status}>
      <span class="checklist-status">
        <span class="checklist-mark" aria-hidden="true">
          {CHECKLIST_MARKS[item.status]}
        </span>{' '}
        <span class="checklist-word">{status}</span>
      </span>
      <div class="checklist-body">
        <p class="checklist-label">{label}</p>
        {detail && <p class="checklist-detail">{detail}</p>}
        {item.status === 'fail' && places.length > 0 && (
          <details class="checklist-places">
            <summary>{i18n.t('ui.checklist.places', { count: n(places.length) })}</summary>
            <ul>
              {places.slice(0, PANEL_PLACES).map((place, i) => (
                <li key={i}>
                  <span class="figure-text">{place.text}</span> <span class="figure-quote">{place.quote}</span>
                </li>
              ))}
              {places.length > PANEL_PLACES && <li class="checklist-more">{i18n.t('ui.checklist.morePlaces', { count: n(places.length - PANEL_PLACES) })}</li>}
            </ul>
          </details>
        )}
        {target && (
          <button
            type="button"
            class="checklist-go"
            onClick={go}
            disabled={target.kind === 'missing'}
            title={target.kind === 'missing' ? i18n.t('ui.checklist.notLocatedTitle') : i18n.t('ui.findings.showTitle')}
            aria-label={i18n.t(target.kind === 'missing' ? 'ui.checklist.notLocatedLabel' : 'ui.checklist.goLabel', { label })}
          >
            {target.kind === 'missing' ? i18n.t('ui.checklist.notLocated') : i18n.t('ui.checklist.go')}
          </button>
        )}
        {note && (
          <p class="finding-note" role="status">
            {note}
          </p>
        )}
      </div>
    </li>
  );
}

export function ChecklistView({ checklist, placed, onReveal, onRevealPlace, idPrefix = 'checklist' }: ChecklistViewProps) {
  return (
    <div class="checklist">
      <p class="checklist-summary">
        <span aria-hidden="true">{checklistSummary(UI_WORDS, checklist)}</span>
        <span class="sr-only">{checklistSummary(UI_WORDS, checklist, true)}</span>
      </p>
      {checklistByGroup(checklist).map(({ group, items }) => (
        <section key={group} class="checklist-group" data-group={group} aria-labelledby={`${idPrefix}-${group}`}>
          <h4 id={`${idPrefix}-${group}`}>
            {checklistGroupText(UI_WORDS, group)} <span class="count">{n(items.length)}</span>
          </h4>
          {items.length === 0 ? (
            <p class="checklist-empty">{i18n.t('ui.checklist.emptyGroup')}</p>
          ) : (
            <ul>
              {items.map((item) => (
                <Item key={item.id} item={item} placed={placed} onReveal={onReveal} onRevealPlace={onRevealPlace} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
