/** What the user must know about the saved history: old records dropped at the size bound, unreadable data set aside. */
import type { HistoryNotice } from '../lib/history/record';

export function noticeText(notice: HistoryNotice): string {
  if (notice.kind === 'dropped') return `历史记录已达上限，已删除最早读取的 ${notice.count} 份文件。`;
  if (notice.kind === 'quarantined') return `存储中有 ${notice.count} 项历史数据无法读取，已移到隔离区，其余记录不受影响。`;
  return notice.detail;
}

export function HistoryNotices({ notices, onDismiss, onManage }: { notices: readonly HistoryNotice[]; onDismiss: () => void; onManage?: () => void }) {
  if (notices.length === 0) return null;
  return (
    <section class="history-notices" role="status" aria-label="历史记录提示">
      <ul>
        {notices.map((notice, i) => (
          <li key={i} class={`history-notice notice-${notice.kind}`}>
            {noticeText(notice)}
            {notice.detail && (
              <details>
                <summary>详情</summary>
                {notice.detail}
              </details>
            )}
          </li>
        ))}
      </ul>
      {onManage && (
        <button type="button" class="copy" onClick={onManage}>
          管理历史记录
        </button>
      )}
      <button type="button" class="copy" onClick={onDismiss}>
        知道了
      </button>
    </section>
  );
}
