// The typed tRPC client: one per page, same-origin /trpc (the shell's host forwards it to the API).
import type { AppRouter } from '@thidua/api';
import { createTRPCClient, httpBatchLink, TRPCClientError, type TRPCClient } from '@trpc/client';

export type ApiClient = TRPCClient<AppRouter>;

export const createApiClient = (url = '/trpc'): ApiClient =>
  createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        maxItems: 10,
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });

export const isApiError = (error: unknown): error is TRPCClientError<AppRouter> => error instanceof TRPCClientError;

/** The server could not be reached (no network, or nothing answering): worth trying again later, unlike a refusal. */
export const isNetworkError = (error: unknown): boolean =>
  isApiError(error) ? !error.data : error instanceof TypeError;

export const errorCode = (error: unknown): string | null => (isApiError(error) ? (error.data?.code ?? null) : null);

const GENERIC = { vi: 'Đã có lỗi. Vui lòng thử lại.', en: 'Something went wrong. Please try again.' };
const NETWORK = {
  vi: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  en: 'Cannot reach the server. Check the network and try again.',
};

/** The server writes "tiếng Việt | English"; show the reader's half. Anything else (a library's text) is not shown. */
export const bilingualText = (message: string | null | undefined, lang: 'vi' | 'en'): string => {
  const parts = (message ?? '').split(' | ');
  return parts.length === 2 ? ((lang === 'en' ? parts[1] : parts[0]) ?? GENERIC[lang]) : GENERIC[lang];
};

/** What to tell the reader about a failed call: the server's own words, or a plain sentence for a network failure. */
export const errorText = (error: unknown, lang: 'vi' | 'en'): string => {
  if (!isApiError(error)) return error instanceof TypeError ? NETWORK[lang] : GENERIC[lang];
  if (!error.data) return NETWORK[lang];
  return bilingualText(error.message, lang);
};
