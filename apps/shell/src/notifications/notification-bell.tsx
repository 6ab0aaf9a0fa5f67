// The header's bell: how many notifications are unread, a link to the list.
import { useI18n } from '@thidua/ui';
import type { MouseEvent } from 'react';
import { useUnreadCount } from './use-notifications.js';

export const NotificationBell = ({ onOpen }: { onOpen: () => void }) => {
  const { t } = useI18n();
  const unread = useUnreadCount().data ?? 0;
  const onClick = (e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onOpen();
  };
  return (
    <a
      href="/notifications"
      onClick={onClick}
      className="td-bell"
      data-testid="notification-bell"
      aria-label={unread > 0 ? t('notify.bellUnread', { count: String(unread) }) : t('notify.bell')}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1Z" />
      </svg>
      {t('notify.bell')}
      {/* A space between the word and the count, so what is read ("Thông báo: 3 chưa đọc") contains what is seen. */}
      {unread > 0 && ' '}
      {unread > 0 && (
        <span className="td-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </a>
  );
};
