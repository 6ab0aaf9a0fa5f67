// Errors a caller can act on: a stable code, and a message in both languages.
import type { LocalizedText } from '../i18n/localized-text.js';

export type DomainErrorCode =
  | 'UNKNOWN_DEADLINE'
  | 'UNKNOWN_REVIEW'
  | 'UNKNOWN_UNIT'
  | 'UNKNOWN_SECTOR'
  | 'YEAR_REQUIRED'
  | 'YEAR_OUT_OF_RANGE'
  | 'INVALID_INSTANT'
  | 'INVALID_MOVEMENT'
  | 'MOVEMENTS_OVERLAP'
  | 'INVALID_ORG_HISTORY';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: DomainErrorCode,
    readonly text: LocalizedText,
  ) {
    super(`${code}: ${text.en}`);
  }
}
