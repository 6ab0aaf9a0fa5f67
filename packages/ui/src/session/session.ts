// Who is signed in and what they may do (capabilities from the API's one table). The server decides what is allowed;
// screens only hide what would be refused.
import { useQuery } from '@tanstack/react-query';
import type { RouterOutputs } from '@thidua/api';
import { useApi } from '../api/api-provider.js';
import { SESSION_KEY } from './session-key.js';

export { SESSION_KEY };
export type Me = RouterOutputs['auth']['me'];

export const useSession = () => {
  const api = useApi();
  return useQuery({ queryKey: SESSION_KEY, queryFn: () => api.auth.me.query(), staleTime: 60_000, retry: false });
};
