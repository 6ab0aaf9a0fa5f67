// The showcase's reads and the refresh after each change, in one place.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useApi } from '@thidua/ui';

export const SHOWCASE_KEY = 'initiatives.list';

export const useInitiatives = (
  status: 'recognised' | 'pending',
  filter: { search?: string; sectorId?: string } = {},
  enabled = true,
) => {
  const api = useApi();
  return useQuery({
    queryKey: [SHOWCASE_KEY, status, filter],
    enabled,
    queryFn: () =>
      api.initiatives.list.query({
        status,
        ...(filter.search ? { search: filter.search } : {}),
        ...(filter.sectorId ? { sectorId: filter.sectorId } : {}),
      }),
  });
};

export const useRefreshShowcase = () => {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: [SHOWCASE_KEY] });
};

export type InitiativeRow = NonNullable<ReturnType<typeof useInitiatives>['data']>[number];
