// Errors users read: Vietnamese first, with English; a stable code for clients. Internals never leave the server.
import { TRPCError } from '@trpc/server';

export type AppErrorCode =
  'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_REQUEST' | 'PRECONDITION_FAILED' | 'TOO_MANY_REQUESTS';

export const appError = (code: AppErrorCode, vi: string, en: string): TRPCError =>
  new TRPCError({ code, message: `${vi} | ${en}` });

export const notFound = (what: { vi: string; en: string }) =>
  appError('NOT_FOUND', `Không tìm thấy ${what.vi}`, `${what.en} not found`);

export const conflict = () =>
  appError(
    'CONFLICT',
    'Dữ liệu đã được người khác thay đổi. Hãy tải lại để xem bản mới nhất rồi nhập lại thay đổi của bạn.',
    'Someone else changed this record. Reload to see the latest version, then re-apply your change.',
  );

export const forbidden = () =>
  appError('FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này', 'You are not allowed to do this');
