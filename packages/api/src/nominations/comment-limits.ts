// The public comment window's limits: comments from one network address per hour, and what a comment may hold.
import { createHash } from 'node:crypto';

export const COMMENTS_PER_ADDRESS_PER_HOUR = 5;
export const COMMENT_MAX_CHARS = 2000;

/** The rate limit counts by a hash of the address, so the address itself is never stored. */
export const senderHashOf = (ip: string | null): string =>
  createHash('sha256')
    .update(`thidua-comment:${ip ?? 'unknown'}`)
    .digest('hex');
