// One place that reads the signed-in user's notifications: the bell and the list share the same cache.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@thidua/ui';

export const NOTIFICATIONS_KEY = 'notifications.mine';
/** New reminders and events appear within a minute without reloading the page. */
const POLL_MS = 60_000;

export const useUnreadCount = () => {
  const api = useApi();
  return useQuery({
    queryKey: [NOTIFICATIONS_KEY, 'count'],
    queryFn: async () => (await api.notifications.mine.query({ unreadOnly: true })).unread,
    refetchInterval: POLL_MS,
  });
};

export const useNotificationList = (unreadOnly: boolean) => {
  const api = useApi();
  return useInfiniteQuery({
    queryKey: [NOTIFICATIONS_KEY, 'list', unreadOnly],
    queryFn: ({ pageParam }) =>
      api.notifications.mine.query({ unreadOnly, ...(pageParam ? { cursor: pageParam } : {}) }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: POLL_MS,
  });
};

export const useMarkRead = () => {
  const api = useApi();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (which: { ids: string[] } | { all: true }) => api.notifications.markRead.mutate(which),
    onSuccess: () => client.invalidateQueries({ queryKey: [NOTIFICATIONS_KEY] }),
  });
};
