/** What the user must know about the saved history: old records dropped at the size bound, unreadable data set aside. */
import type { HistoryNotice } from '../lib/history/record';
import { noticeDetailText, noticeText } from '../lib/history/words';
import { i18n, UI_WORDS } from './i18n';

export function HistoryNotices({ notices, onDismiss, onManage }: { notices: readonly HistoryNotice[]; onDismiss: () => void; onManage?: () => void }) {
  if (notices.length === 0) return null;
  return (
    <section class="history-notices" role="status" aria-label={i18n.t('ui.notices.label')}>
      <ul>
        {notices.map((notice, i) => {
          const detail = noticeDetailText(UI_WORDS, notice);
          return (
            <li key={i} class={`history-notice notice-${notice.kind}`}>
              {noticeText(UI_WORDS, notice)}
              {detail && (
                <details>
                  <summary>{i18n.t('ui.notices.details')}</summary>
                  {detail}
                </details>
              )}
            </li>
          );
        })}
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
