// Hands the early answers (early-requests.ts) to the query cache under the keys the screens use. A query whose early
// answer failed (signed out, network) is simply made again through the typed client.
import type { QueryClient } from '@tanstack/react-query';
import { CALENDAR_KEY, SESSION_KEY, type ApiClient, type Calendar } from '@thidua/ui';
import { MOVEMENT_KEY, takeEarly } from './early-requests.js';

export const primeCache = (queryClient: QueryClient, api: ApiClient): void => {
  const prime = <T,>(key: readonly unknown[], call: () => Promise<T>) => {
    const early = takeEarly(key) as Promise<T> | undefined;
    if (early) void queryClient.prefetchQuery({ queryKey: key, queryFn: () => early.catch(call) });
  };
  prime(SESSION_KEY, () => api.auth.me.query());
  prime(['auth.instance'], () => api.auth.instance.query());
  prime(['notifications.mine', 'count'], async () => (await api.notifications.mine.query({ unreadOnly: true })).unread);
  prime(['auth.recentFailures'], () => api.auth.recentFailures.query());
  prime(MOVEMENT_KEY, () => api.movement.get.query());
  prime(['movement.timeline'], () => api.movement.timeline.query());
  prime(['plans.completeness'], () => api.plans.completeness.query());
  const calendar = takeEarly(CALENDAR_KEY) as Promise<Calendar> | undefined;
  if (!calendar) return;
  void queryClient.prefetchQuery({ queryKey: CALENDAR_KEY, queryFn: () => calendar.catch(() => api.movement.calendar.query()) });
  // The year's early answers were started when the calendar arrived (early-requests.ts), before this runs on from it.
  calendar.then(
    ({ defaultYear, reportingYears, reviews }) => {
      prime(['targets.progress', defaultYear], () => api.targets.progress.query({ year: defaultYear }));
      prime(['leaderboard.get', defaultYear, 'commune'], () => api.leaderboard.get.query({ year: defaultYear, kind: 'commune', limit: 200 }));
      for (const year of reportingYears) prime(['reports.completeness', year], () => api.reports.completeness.query({ year }));
      for (const { id: reviewId } of reviews) prime(['decisions.quotas', reviewId], () => api.decisions.quotas.query({ reviewId }));
    },
    () => undefined,
  );
};
