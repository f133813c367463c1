/**
 * The small fixed badge on a detected page: the counts, and how to open the panel. It sits in our
 * shadow root at a corner, out of the page's flow; it can be dismissed for the rest of the visit.
 */
import type { Severity } from '../lib/report';
import { tallyText } from './format';
import { i18n, UI_WORDS } from './i18n';

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
    <div class="badge" role="region" aria-label={i18n.t('ui.badge.label')}>
      <button type="button" class="badge-main" onClick={onOpenPanel} aria-describedby="suanpan-badge-hint">
        <span class="badge-logo" aria-hidden="true">{i18n.t('ui.badge.logo')}</span>
        {scanning && <span class="chip chip-muted">{i18n.t('ui.badge.scanning')}</span>}
        {!scanning && nothing && <span class="chip chip-ok">{i18n.t('ui.badge.nothing')}</span>}
        {!scanning &&
          shown
            .filter((severity) => counts[severity] > 0)
            .map((severity) => (
              <span key={severity} class={`chip chip-${severity}`}>
                {tallyText(UI_WORDS, severity, counts[severity])}
              </span>
            ))}
        {!highlights && <span class="chip chip-muted">{i18n.t('ui.badge.hidden')}</span>}
      </button>
      <button type="button" class="badge-close" aria-label={i18n.t('ui.badge.close')} title={i18n.t('ui.badge.closeTitle')} onClick={onDismiss}>
        ×
      </button>
      <p class="badge-hint" id="suanpan-badge-hint">
        {i18n.t('ui.badge.hint')}
      </p>
    </div>
  );
}
