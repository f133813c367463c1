/** What the user must know about the saved history: old records dropped at the size bound, unreadable data set aside. */
import type { HistoryNotice } from '../lib/history/record';
import { i18n, n } from './i18n';

export function noticeText(notice: HistoryNotice): string {
  if (notice.kind === 'dropped') return i18n.t('ui.notices.dropped', { count: n(notice.count) });
  if (notice.kind === 'quarantined') return i18n.t('ui.notices.quarantined', { count: n(notice.count) });
  return notice.detail;
}

export function HistoryNotices({ notices, onDismiss, onManage }: { notices: readonly HistoryNotice[]; onDismiss: () => void; onManage?: () => void }) {
  if (notices.length === 0) return null;
  return (
    <section class="history-notices" role="status" aria-label={i18n.t('ui.notices.label')}>
      <ul>
        {notices.map((notice, i) => (
          <li key={i} class={`history-notice notice-${notice.kind}`}>
            {noticeText(notice)}
            {notice.detail && (
              <details>
                <summary>{i18n.t('ui.notices.details')}</summary>
                {notice.detail}
              </details>
            )}
          </li>
        ))}
      </ul>
      {onManage && (
        <button type="button" class="copy" onClick={onManage}>
          {i18n.t('ui.history.manage')}
        </button>
      )}
      <button type="button" class="copy" onClick={onDismiss}>
        {i18n.t('ui.notices.ok')}
      </button>
    </section>
  );
}
