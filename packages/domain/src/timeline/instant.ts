// Accepts the instants callers actually have (Date, ISO text, epoch ms) and refuses anything ambiguous.
import { DomainError } from '../errors/domain-error.js';
import { text } from '../i18n/localized-text.js';

export type InstantInput = Date | string | number;

// An ISO string without an offset would be read in the server's zone: refuse it rather than guess.
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

export const toEpochMs = (value: InstantInput): number => {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'number'
        ? value
        : HAS_ZONE.test(value.trim())
          ? Date.parse(value)
          : Number.NaN;
  if (!Number.isFinite(ms)) {
    throw new DomainError(
      'INVALID_INSTANT',
      text(
        `Thời điểm không hợp lệ: ${String(value)} (cần ngày giờ có múi giờ, ví dụ 2022-09-19T23:59:59+07:00)`,
        `Invalid instant: ${String(value)} (expected a date-time with an offset, e.g. 2022-09-19T23:59:59+07:00)`,
      ),
    );
  }
  return ms;
};
