// Who is signed in, for role-aware screens. The server decides what is allowed; this only hides what would be refused.
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

export const hasRole = (me: Pick<Me, 'role'> | null | undefined, ...roles: string[]): boolean => !!me && roles.includes(me.role);
