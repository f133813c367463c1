/**
 * The card next to a highlighted figure (hover, caret, or keyboard navigation). When it was opened from
 * the keyboard it takes focus, offers previous/next, and Escape gives focus back.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { FigureLocation, Finding } from '../lib/report';
import { FindingDetails } from './FindingDetails';

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
  /** "第 3 处，共 12 处" when known. */
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
  useEffect(() => {
    if (takeFocus) ref.current?.focus();
  }, [takeFocus, findings, rect]);
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
      aria-label={`算盘：关于数字 ${figure} 的核算说明${role === 'related' ? '（参与比较的数字）' : role === 'verified' ? '（已核对）' : ''}`}
      tabIndex={-1}
      style={placement(rect)}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onPointer(true)}
      onMouseLeave={() => onPointer(false)}
    >
      <div class="card-top">
        <span class="card-figure">{figure}</span>
        {position && <span class="card-position">{position}</span>}
        <button type="button" class="card-close" aria-label="关闭说明" onClick={onClose}>
          ×
        </button>
      </div>
      {role === 'related' && (
        <p class="card-role">参与比较的数字：它本身未必有误，下面的核对用到了它。</p>
      )}
      {role === 'verified' && (
        <p class="card-role card-role-verified">已核对：算盘核对了含有这个数字的合计关系，在取整误差范围内成立。</p>
      )}
      {findings.map((finding, i) => (
        <FindingDetails key={i} finding={finding} emphasize={{ text: figure, at }} />
      ))}
      {takeFocus && (
        <div class="card-nav">
          <button type="button" onClick={() => onNavigate('previous')}>
            上一处
          </button>
          <button type="button" onClick={() => onNavigate('next')}>
            下一处
          </button>
          <span class="card-keys">Esc 关闭</span>
        </div>
      )}
    </div>
  );
}
