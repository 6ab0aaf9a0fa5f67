// The one query for a unit's own standing (score, provisional rank, gaps): the unit page, its report form and the
// reviewer all read it under the same key, so a save refreshes every one of them.
import type { ApiClient } from '@thidua/ui';

export const standingQuery = (api: ApiClient, unitId: string, year: number) => ({
  queryKey: ['reports.standing', unitId, year] as const,
  queryFn: () => api.reports.standing.query({ unitId, year }),
});
