// One QueryClient and one API client for the page; sector modules use the shell's (shared as singletons).
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { SESSION_KEY } from '../session/session-key.js';
import { formSignsInAgain } from '../forms/leave-guard.js';
import { createApiClient, errorCode, type ApiClient } from './client.js';

const ApiContext = createContext<ApiClient | null>(null);

export const createQueryClient = () => {
  // A session that ended on the server shows the sign-in screen instead of a wall of errors.
  const onError = (error: unknown, key?: readonly unknown[]) => {
    const code = errorCode(error);
    // Only a session that existed can have ended: refetching an absent one would blank the sign-in form (its query
    // goes back to pending) and drop the reason a wrong password was refused.
    // While a form holds unsaved input the page stays: its save asks for the password and completes (ReauthDialog).
    if (
      code === 'UNAUTHORIZED' &&
      key?.[0] !== SESSION_KEY[0] &&
      client.getQueryData(SESSION_KEY) !== undefined &&
      !formSignsInAgain()
    )
      void client.invalidateQueries({ queryKey: SESSION_KEY });
    // Someone else changed the record: fetch the latest, so the next attempt starts from it (forms keep unsaved input).
    if (code === 'CONFLICT') void client.invalidateQueries();
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error, query) => onError(error, query.queryKey) }),
    // A mutation marked `meta: { reauth: true }` handles an ended session itself (a password dialog, then it retries),
    // so the form with the user's input stays on screen instead of giving way to the sign-in page.
    mutationCache: new MutationCache({
      onError: (error, _vars, _ctx, mutation) =>
        mutation.meta?.['reauth'] === true && errorCode(error) === 'UNAUTHORIZED' ? undefined : onError(error),
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) => count < 2 && errorCode(error) === null,
        refetchOnWindowFocus: true,
      },
    },
  });
  return client;
};

/** `prime` runs once with the page's clients, e.g. to hand requests started before React to the cache. */
export const ApiProvider = ({
  children,
  url,
  prime,
}: {
  children: ReactNode;
  url?: string;
  prime?: (queryClient: QueryClient, api: ApiClient) => void;
}) => {
  const [{ queryClient, client }] = useState(() => {
    const clients = { queryClient: createQueryClient(), client: createApiClient(url) };
    prime?.(clients.queryClient, clients.client);
    return clients;
  });
  return (
    <ApiContext.Provider value={client}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
};

export const useApi = (): ApiClient => {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside ApiProvider');
  return client;
};
