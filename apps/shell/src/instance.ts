// What kind of installation this is (the demo, or production still waiting for its first administrator); read once.
import { useQuery } from '@tanstack/react-query';
import { useApi } from '@thidua/ui';

export const useInstance = () => {
  const api = useApi();
  return useQuery({
    queryKey: ['auth.instance'],
    queryFn: () => api.auth.instance.query(),
    staleTime: Infinity,
    retry: 1,
  });
};
