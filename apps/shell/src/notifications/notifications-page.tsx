// The signed-in user's notifications, newest first: what to do, by when, and a link to the screen to do it on.
import { Button, Card, ErrorNote, errorText, formatDateTime, Loading, useI18n } from '@thidua/ui';
import { useState } from 'react';
import { parseRoute, type Route } from '../router.js';
import { useMarkRead, useNotificationList } from './use-notifications.js';

export const NotificationsPage = ({ go }: { go: (route: Route) => void }) => {
  const { t, lang } = useI18n();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotificationList(unreadOnly);
  const mark = useMarkRead();
  const pages = list.data?.pages ?? [];
  const items = pages.flatMap((p) => p.items);
  const unread = pages[0]?.unread ?? 0;
  const english = lang === 'en';
  const open = (id: string, link: string, isUnread: boolean) => {
    if (isUnread) mark.mutate({ ids: [id] });
    go(parseRoute(link));
  };
  return (
    <Card
      title={t('notify.title')}
      testId="notifications"
      actions={
        <Button
          tone="secondary"
          onClick={() => mark.mutate({ all: true })}
          disabled={unread === 0}
          busy={mark.isPending}
          data-testid="mark-all-read"
        >
          {t('notify.markAll')}
        </Button>
      }
    >
      <p className="td-hint">{t('notify.hint')}</p>
      <label>
        <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />{' '}
        {t('notify.unreadOnly')}
      </label>
      <p role="status" data-testid="unread-count">
        {t('notify.count', { unread })}
      </p>
      {mark.isError && <ErrorNote message={errorText(mark.error, lang)} />}
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorNote message={errorText(list.error, lang)} onRetry={() => void list.refetch()} />
      ) : items.length === 0 ? (
        <p>{unreadOnly ? t('notify.noneUnread') : t('notify.none')}</p>
      ) : (
        <ul className="td-notifications">
          {items.map((n) => {
            const isUnread = n.readAt === null;
            return (
              <li key={n.id} data-unread={isUnread} data-kind={n.kind}>
                <small>
                  {t(`notify.kind.${n.kind}`)} ·{' '}
                  <time dateTime={new Date(n.createdAt).toISOString()}>{formatDateTime(n.createdAt, lang)}</time>
                  {isUnread && (
                    <>
                      {' '}
                      · <strong>{t('notify.unread')}</strong>
                    </>
                  )}
                </small>
                {/* A notification written before English texts were kept has Vietnamese only. */}
                <h3 lang={english && n.titleEn ? 'en' : 'vi'}>{english && n.titleEn ? n.titleEn : n.title}</h3>
                <p lang={english && n.bodyEn ? 'en' : 'vi'}>{english && n.bodyEn ? n.bodyEn : n.body}</p>
                {n.link && (
                  <Button tone="primary" onClick={() => open(n.id, n.link!, isUnread)}>
                    {t('notify.open')}
                  </Button>
                )}{' '}
                {isUnread && (
                  <Button tone="secondary" onClick={() => mark.mutate({ ids: [n.id] })} disabled={mark.isPending}>
                    {t('notify.markOne')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {list.hasNextPage && (
        <Button tone="secondary" onClick={() => void list.fetchNextPage()} busy={list.isFetchingNextPage}>
          {t('notify.more')}
        </Button>
      )}
    </Card>
  );
};
