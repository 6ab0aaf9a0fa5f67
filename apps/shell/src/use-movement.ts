// The published plan (targets, criteria, sectors, timeline), read once per page and shared by every screen. Several
// movements can run at once: a screen about a year or a review asks for the movement that year or review belongs to.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '@thidua/ui';

export const useMovement = (about: { year?: number; reviewId?: string } = {}) => {
  const api = useApi();
  return useQuery({
    queryKey: ['movement.get', about.year ?? null, about.reviewId ?? null],
    queryFn: () => api.movement.get.query(about),
    staleTime: 10 * 60_000,
  });
};
