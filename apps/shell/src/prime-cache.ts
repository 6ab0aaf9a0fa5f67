// Hands the early answers (early-requests.ts) to the query cache under the keys the screens use. A query whose early
// answer failed (signed out, network) is simply made again through the typed client.
import type { QueryClient } from '@tanstack/react-query';
import { SESSION_KEY, type ApiClient } from '@thidua/ui';
import { takeEarly } from './early-requests.js';

export const primeCache = (queryClient: QueryClient, api: ApiClient): void => {
  const prime = <T,>(key: readonly unknown[], call: () => Promise<T>) => {
    const early = takeEarly(key) as Promise<T> | undefined;
    if (early) void queryClient.prefetchQuery({ queryKey: key, queryFn: () => early.catch(call) });
  };
  prime(SESSION_KEY, () => api.auth.me.query());
  prime(['movement.get'], () => api.movement.get.query());
  prime(['targets.progress', 2025], () => api.targets.progress.query({ year: 2025 }));
  prime(['movement.timeline'], () => api.movement.timeline.query());
  prime(['leaderboard.get', 2025, 'commune'], () => api.leaderboard.get.query({ year: 2025, kind: 'commune', limit: 200 }));
  for (const year of [2022, 2023, 2024, 2025]) prime(['reports.completeness', year], () => api.reports.completeness.query({ year }));
};
