/**
 * The panel's findings: grouped by severity, then by the kind of check, each group with its count.
 * Each finding is a button: it scrolls the page to the figure and flashes it.
 */
import { useState } from 'preact/hooks';
import type { Finding, Severity } from '../lib/report';
import { checkTitle, SEVERITY_HINT, SEVERITY_LABEL, SEVERITY_ORDER } from './format';
import { FindingDetails } from './FindingDetails';

export interface FindingListProps {
  findings: readonly Finding[];
  /** Per finding, how many figures are highlighted on the page. */
  placed: readonly number[];
  showInfo: boolean;
  onReveal: (finding: number) => Promise<boolean>;
}

function groupByCheck(entries: Array<{ finding: Finding; index: number }>) {
  const groups = new Map<string, Array<{ finding: Finding; index: number }>>();
  for (const entry of entries) {
    const list = groups.get(entry.finding.check) ?? [];
    list.push(entry);
    groups.set(entry.finding.check, list);
  }
  return [...groups.entries()];
}

function FindingItem({ finding, index, placed, onReveal }: { finding: Finding; index: number; placed: number; onReveal: FindingListProps['onReveal'] }) {
  const [note, setNote] = useState<string | null>(null);
  const reveal = async () => {
    const ok = await onReveal(index);
    setNote(ok ? null : '无法在页面上定位这一处（页面可能已改变）。');
  };
  return (
    <li class={`finding finding-${finding.severity}`} data-finding={index}>
      <button
        type="button"
        class="finding-go"
        onClick={reveal}
        disabled={placed === 0}
        title={placed === 0 ? '这一处的数字没有在页面上找到' : '在页面上显示'}
        aria-label={`${placed === 0 ? '未定位' : '在页面上定位'}：${checkTitle(finding.check)}，${finding.figures.map((figure) => figure.text).join('、')}`}
      >
        {placed === 0 ? '未定位' : '定位'}
      </button>
      <FindingDetails finding={finding} />
      {note && (
        <p class="finding-note" role="status">
          {note}
        </p>
      )}
    </li>
  );
}

export function FindingList({ findings, placed, showInfo, onReveal }: FindingListProps) {
  const severities: Severity[] = SEVERITY_ORDER.filter((severity) => showInfo || severity !== 'info');
  const entries = findings.map((finding, index) => ({ finding, index }));
  const hiddenInfo = showInfo ? 0 : findings.filter((finding) => finding.severity === 'info').length;
  return (
    <div class="findings">
      {severities.map((severity) => {
        const ofSeverity = entries.filter((entry) => entry.finding.severity === severity);
        if (ofSeverity.length === 0) return null;
        return (
          <section key={severity} class={`severity-group severity-${severity}`} aria-labelledby={`group-${severity}`}>
            <h3 id={`group-${severity}`}>
              {SEVERITY_LABEL[severity]} <span class="count">{ofSeverity.length}</span>
              <span class="group-hint">{SEVERITY_HINT[severity]}</span>
            </h3>
            {groupByCheck(ofSeverity).map(([check, list]) => (
              <section key={check} class="check-group">
                <h4>
                  {checkTitle(check)} <span class="count">{list.length}</span>
                </h4>
                <ul>
                  {list.map(({ finding, index }) => (
                    <FindingItem key={index} finding={finding} index={index} placed={placed[index] ?? 0} onReveal={onReveal} />
                  ))}
                </ul>
              </section>
            ))}
          </section>
        );
      })}
      {entries.every((entry) => !severities.includes(entry.finding.severity)) && <p class="empty">没有发现算不上的数字。</p>}
      {hiddenInfo > 0 && <p class="hidden-info">另有 {hiddenInfo} 条提示（取整误差、无法核对等）已隐藏，可在上方打开“显示提示”。</p>}
    </div>
  );
}
