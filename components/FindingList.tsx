/**
 * The panel's findings. Findings in the prose are grouped by severity, then by the kind of check;
 * findings in a table are grouped under that table's title (a reader works through a table as a unit:
 * one wrong cell usually breaks a row and a column at once), most severe first. Each finding is a
 * button: it scrolls the page to the figure in question and flashes it.
 */
import { createElement } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Severity } from '../lib/report';
import { checkTitle, severityHint, severityLabel, SEVERITY_ORDER } from './format';
import { i18n, n, UI_WORDS } from './i18n';
import { findingDetails, severityChip } from './FindingDetails';

export interface FindingListProps {
  findings: readonly Finding[];
  /** Per finding, how many figures are highlighted on the page. */
  placed: readonly number[];
  showInfo: boolean;
  onReveal: (finding: number) => Promise<boolean>;
}

interface Entry {
  finding: Finding;
  index: number;
}

function groupBy(entries: readonly Entry[], key: (entry: Entry) => string): Array<[string, Entry[]]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const name = key(entry);
    const list = groups.get(name) ?? [];
    list.push(entry);
    groups.set(name, list);
  }
  return [...groups.entries()];
}

/**
 * An element made by the page card's plain-DOM builders (./FindingDetails.ts), so the panel shows the
 * same markup: Preact renders the bare `tag`, `fill` makes it the builder's. It is filled again only
 * when `content` (what it shows) changes, so a panel update that brings an equal finding keeps the
 * elements, with the focus and an opened <details>.
 */
function Built({ tag, fill, content }: { tag: 'div' | 'span'; fill: (into: HTMLElement) => void; content: string }) {
  const ref = useRef<HTMLElement>(null);
  useLayoutEffect(() => fill(ref.current!), [content]);
  return createElement(tag, { ref });
}

function Chip({ severity }: { severity: Severity }) {
  return <Built tag="span" fill={(into) => severityChip(severity, into)} content={severity} />;
}

function FindingItem({ entry, placed, inTable, onReveal }: { entry: Entry; placed: number; inTable: boolean; onReveal: FindingListProps['onReveal'] }) {
  const { finding, index } = entry;
  const [note, setNote] = useState<string | null>(null);
  const reveal = async () => {
    const ok = await onReveal(index);
    setNote(ok ? null : i18n.t('ui.findings.cannotLocate'));
  };
  const [primary, ...related] = finding.figures;
  const compared = related.length > 0 ? i18n.t('ui.findings.compared', { figures: related.map((figure) => figure.text).join(i18n.t('ui.findings.listSeparator')) }) : '';
  const figures = `${primary?.text ?? ''}${compared}`;
  return (
    <li class={`finding finding-${finding.severity}`} data-finding={index}>
      <button
        type="button"
        class="finding-go"
        onClick={reveal}
        disabled={placed === 0}
        title={placed === 0 ? i18n.t('ui.findings.notFoundTitle') : i18n.t('ui.findings.showTitle')}
        aria-label={i18n.t('ui.findings.goLabel', { action: placed === 0 ? i18n.t('ui.findings.notLocated') : i18n.t('ui.findings.locateLabel'), check: checkTitle(UI_WORDS, finding.check), figures })}
      >
        {placed === 0 ? i18n.t('ui.findings.notLocated') : i18n.t('ui.findings.locate')}
      </button>
      <Built tag="div" fill={(into) => findingDetails(finding, { showTable: !inTable }, into)} content={JSON.stringify([finding, inTable])} />
      {note && (
        <p class="finding-note" role="status">
          {note}
        </p>
      )}
    </li>
  );
}

/** `part`: "the text" (正文) when the page also has table groups, so the severity headings say where they belong. */
function ProseGroups({ entries, severities, part, placed, onReveal }: { entries: Entry[]; severities: Severity[]; part: string | null } & Pick<FindingListProps, 'placed' | 'onReveal'>) {
  return (
    <>
      {severities.map((severity) => {
        const ofSeverity = entries.filter((entry) => entry.finding.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <section key={severity} class={`severity-group severity-${severity}`} aria-labelledby={`group-${severity}`}>
            <h3 id={`group-${severity}`}>
              {part && <span class="part-label">{part} · </span>}
              {severityLabel(UI_WORDS, severity)} <span class="count">{n(ofSeverity.length)}</span>
              <span class="group-hint">{severityHint(UI_WORDS, severity)}</span>
            </h3>
            {groupBy(ofSeverity, (entry) => entry.finding.check).map(([check, list]) => (
              <section key={check} class="check-group">
                <h4>
                  {checkTitle(UI_WORDS, check)} <span class="count">{n(list.length)}</span>
                </h4>
                <ul>
                  {list.map((entry) => (
                    <FindingItem key={entry.index} entry={entry} placed={placed[entry.index] ?? 0} inTable={false} onReveal={onReveal} />
                  ))}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}

function TableGroup({ title, id, entries, placed, onReveal }: { title: string; id: string; entries: Entry[] } & Pick<FindingListProps, 'placed' | 'onReveal'>) {
  const rank = (entry: Entry) => SEVERITY_ORDER.indexOf(entry.finding.severity);
  // Most severe first; within a severity, the engine's order (which follows the table).
  const sorted = [...entries].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  const tally = SEVERITY_ORDER.map((severity) => [severity, entries.filter((entry) => entry.finding.severity === severity).length] as const).filter(([, n]) => n > 0);
  return (
    <section class="table-group" aria-labelledby={id} data-table={title}>
      <h3 id={id}>
        <span class="table-label">{i18n.t('ui.findings.table')}</span>
        <span class="table-title">{title}</span>
        <span class="tally">
          {tally.map(([severity, count]) => (
            <span key={severity} class="table-tally">
              <Chip severity={severity} /> <span class="count">{n(count)}</span>
            </span>
          ))}
        </span>
      </h3>
      <ul>
        {sorted.map((entry) => (
          <FindingItem key={entry.index} entry={entry} placed={placed[entry.index] ?? 0} inTable={true} onReveal={onReveal} />
        ))}
      </ul>
    </section>
  );
}

export function FindingList({ findings, placed, showInfo, onReveal }: FindingListProps) {
  const severities: Severity[] = SEVERITY_ORDER.filter((severity) => showInfo || severity !== 'info');
  const shown = findings.map((finding, index) => ({ finding, index })).filter((entry) => severities.includes(entry.finding.severity));
  const prose = shown.filter((entry) => !entry.finding.table);
  const tables = groupBy(
    shown.filter((entry) => entry.finding.table),
    (entry) => entry.finding.table!,
  );
  const hiddenInfo = showInfo ? 0 : findings.filter((finding) => finding.severity === 'info').length;
  return (
    <div class="findings">
      <ProseGroups entries={prose} severities={severities} part={tables.length > 0 ? i18n.t('ui.findings.prose') : null} placed={placed} onReveal={onReveal} />
      {tables.map(([title, entries], i) => (
        <TableGroup key={title} title={title} id={`table-group-${i}`} entries={entries} placed={placed} onReveal={onReveal} />
      ))}
      {shown.length === 0 && <p class="empty">{i18n.t('export.noFindings')}</p>}
      {hiddenInfo > 0 && <p class="hidden-info">{i18n.t('ui.findings.hiddenInfo', { count: n(hiddenInfo) })}</p>}
    </div>
  );
}
