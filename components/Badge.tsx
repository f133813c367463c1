/**
 * The small fixed badge on a detected page: the counts, and how to open the panel. It sits in our
 * shadow root at a corner, out of the page's flow; it can be dismissed for the rest of the visit.
 */
import type { Severity } from '../lib/report';
import { SEVERITY_LABEL } from './format';

export interface BadgeProps {
  counts: Record<Severity, number>;
  showInfo: boolean;
  highlights: boolean;
  scanning: boolean;
  onOpenPanel: () => void;
  onDismiss: () => void;
}

export function Badge({ counts, showInfo, highlights, scanning, onOpenPanel, onDismiss }: BadgeProps) {
  const shown: Severity[] = showInfo ? ['error', 'warning', 'info'] : ['error', 'warning'];
  const nothing = shown.every((severity) => counts[severity] === 0);
  return (
    <div class="badge" role="region" aria-label="算盘核算结果">
      <button type="button" class="badge-main" onClick={onOpenPanel} aria-describedby="suanpan-badge-hint">
        <span class="badge-logo" aria-hidden="true">算</span>
        {scanning && <span class="chip chip-muted">核算中…</span>}
        {!scanning && nothing && <span class="chip chip-ok">未发现问题</span>}
        {!scanning &&
          shown
            .filter((severity) => counts[severity] > 0)
            .map((severity) => (
              <span key={severity} class={`chip chip-${severity}`}>
                {SEVERITY_LABEL[severity]} {counts[severity]}
              </span>
            ))}
        {!highlights && <span class="chip chip-muted">标记已隐藏</span>}
      </button>
      <button type="button" class="badge-close" aria-label="关闭算盘徽标" title="关闭（本页）" onClick={onDismiss}>
        ×
      </button>
      <p class="badge-hint" id="suanpan-badge-hint">
        点此或按 Alt+Shift+S 打开面板；Alt+Shift+J / K 逐处查看
      </p>
    </div>
  );
}
