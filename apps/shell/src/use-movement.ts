// The published plan (targets, criteria, sectors, timeline), read once per page and shared by every screen.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '@thidua/ui';

export const useMovement = () => {
  const api = useApi();
  return useQuery({ queryKey: ['movement.get'], queryFn: () => api.movement.get.query(), staleTime: 10 * 60_000 });
};
