// Renders a query's three states the same way everywhere: loading, a readable error with retry, the data.
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { errorText } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNote, Loading } from './primitives.js';

export const QueryView = <T,>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }) => {
  const { lang } = useI18n();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorNote message={errorText(query.error, lang)} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
};
