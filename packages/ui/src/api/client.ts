// The typed tRPC client: one per page, same-origin /trpc (the shell's host forwards it to the API).
import type { AppRouter } from '@thidua/api';
import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from '@trpc/client';

export type ApiClient = TRPCClient<AppRouter>;

export const createApiClient = (url = '/trpc'): ApiClient =>
  createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url, maxItems: 10, fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) })],
  });

export const isApiError = (error: unknown): error is TRPCClientError<AppRouter> => error instanceof TRPCClientError;

export const errorCode = (error: unknown): string | null => (isApiError(error) ? (error.data?.code ?? null) : null);

/** The server writes "tiếng Việt | English"; show the reader's half. Network failures get a plain sentence. */
export const errorText = (error: unknown, lang: 'vi' | 'en'): string => {
  if (!isApiError(error)) return lang === 'en' ? 'Something went wrong. Please try again.' : 'Đã có lỗi. Vui lòng thử lại.';
  if (!error.data) return lang === 'en' ? 'Cannot reach the server. Check the network and try again.' : 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.';
  const [vi, en] = error.message.split(' | ');
  return (lang === 'en' ? en : vi) ?? error.message;
};
