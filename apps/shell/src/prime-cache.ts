// Hands the early answers (early-requests.ts) to the query cache under the keys the screens use. A query whose early
// answer failed (signed out, network) is made again through the typed client, so the screen sees the real error;
// one that only some people may make is handed over only when it succeeded (nobody else needs it asked twice).
import type { QueryClient } from '@tanstack/react-query';
import { CALENDAR_KEY, SESSION_KEY, type ApiClient, type Calendar } from '@thidua/ui';
import { MOVEMENT_KEY, takeEarly } from './early-requests.js';

export const primeCache = (queryClient: QueryClient, api: ApiClient): void => {
  const prime = <T>(key: readonly unknown[], call: () => Promise<T>) => {
    const early = takeEarly(key) as Promise<T> | undefined;
    if (early) void queryClient.prefetchQuery({ queryKey: key, queryFn: () => early.catch(call) });
  };
  const primeIfAnswered = (key: readonly unknown[]) =>
    void takeEarly(key)?.then(
      (data) => queryClient.setQueryData(key, data),
      () => undefined,
    );
  prime(SESSION_KEY, () => api.auth.me.query());
  prime(['auth.instance'], () => api.auth.instance.query());
  primeIfAnswered(['notifications.mine', 'count']);
  primeIfAnswered(['auth.recentFailures']);
  prime(MOVEMENT_KEY, () => api.movement.get.query());
  prime(['movement.timeline'], () => api.movement.timeline.query());
  prime(['plans.completeness'], () => api.plans.completeness.query());
  const calendar = takeEarly(CALENDAR_KEY) as Promise<Calendar> | undefined;
  if (!calendar) return;
  void queryClient.prefetchQuery({
    queryKey: CALENDAR_KEY,
    queryFn: () => calendar.catch(() => api.movement.calendar.query()),
  });
  // The year's early answers were started when the calendar arrived (early-requests.ts), before this runs on from it.
  calendar.then(
    ({ defaultYear, reportingYears, reviews }) => {
      prime(['targets.progress', defaultYear], () => api.targets.progress.query({ year: defaultYear }));
      prime(['leaderboard.get', defaultYear, 'commune'], () =>
        api.leaderboard.get.query({ year: defaultYear, kind: 'commune', limit: 200 }),
      );
      for (const year of reportingYears)
        prime(['reports.completeness', year], () => api.reports.completeness.query({ year }));
      for (const { id: reviewId } of reviews) primeIfAnswered(['decisions.quotas', reviewId]);
    },
    () => undefined,
  );
};
