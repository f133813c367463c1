/**
 * The card next to a highlighted figure (hover, caret, or keyboard navigation). When it was opened from
 * the keyboard it takes focus, offers previous/next, and Escape gives focus back.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { FigureLocation, Finding } from '../lib/report';
import { FindingDetails } from './FindingDetails';
import { i18n } from './i18n';

export interface CardRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What the figure is to its findings: the one in question, one it was compared with, or a tick. */
export type CardRole = 'primary' | 'related' | 'verified';

export interface CardProps {
  findings: Finding[];
  /** The figure (normalized text) the card is about. */
  figure: string;
  /** Where that figure is in the document model, to point it out among each finding's figures. */
  at: FigureLocation | null;
  role: CardRole;
  rect: CardRect;
  /** "mark 3 of 12" when known. */
  position: string | null;
  takeFocus: boolean;
  onClose: () => void;
  onNavigate: (direction: 'next' | 'previous') => void;
  onPointer: (inside: boolean) => void;
}

const WIDTH = 380;
const GAP = 6;

function placement(rect: CardRect): Record<string, string> {
  const width = Math.min(WIDTH, window.innerWidth - 16);
  const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
  const below = window.innerHeight - rect.bottom - GAP - 8;
  const above = rect.top - GAP - 8;
  // Below the figure unless there is clearly more room above it.
  if (below >= 220 || below >= above) {
    return { left: `${left}px`, top: `${rect.bottom + GAP}px`, width: `${width}px`, maxHeight: `${Math.max(120, below)}px` };
  }
  return { left: `${left}px`, bottom: `${window.innerHeight - rect.top + GAP}px`, width: `${width}px`, maxHeight: `${Math.max(120, above)}px` };
}

export function Card({ findings, figure, at, role, rect, position, takeFocus, onClose, onNavigate, onPointer }: CardProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Focus when the card opens or moves to another figure (`at` is the mark's own, stable object); not
  // when it only follows its figure on scroll, which would pull the focus back from a reader tabbing on
  // to the badge.
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, at]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const severity =
    role === 'verified' ? 'verified' : findings.some((f) => f.severity === 'error') ? 'error' : findings.some((f) => f.severity === 'warning') ? 'warning' : 'info';
  return (
    <div
      ref={ref}
      class={`card card-${severity}`}
      role="dialog"
      aria-label={i18n.t('ui.card.label', { figure, role: role === 'related' ? i18n.t('ui.card.labelRelated') : role === 'verified' ? i18n.t('ui.card.labelVerified') : '' })}
      tabIndex={-1}
      style={placement(rect)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
    >
      <div class="card-top">
        <span class="card-figure">{figure}</span>
        {position && <span class="card-position">{position}</span>}
        <button type="button" class="card-close" aria-label={i18n.t('ui.card.close')} onClick={onClose}>
          ×
        </button>
      </div>
      {role === 'related' && (
        <p class="card-role">{i18n.t('ui.card.related')}</p>
      )}
      {role === 'verified' && (
        <p class="card-role card-role-verified">{i18n.t('ui.card.verified')}</p>
      )}
      {findings.map((finding, i) => (
        <FindingDetails key={i} finding={finding} emphasize={{ text: figure, at }} />
      ))}
      {takeFocus && (
        <div class="card-nav">
          <button type="button" onClick={() => onNavigate('previous')}>
            {i18n.t('ui.card.previous')}
          </button>
          <button type="button" onClick={() => onNavigate('next')}>
            {i18n.t('ui.card.next')}
          </button>
          <span class="card-keys">{i18n.t('ui.card.keys')}</span>
        </div>
      )}
    </div>
  );
}
