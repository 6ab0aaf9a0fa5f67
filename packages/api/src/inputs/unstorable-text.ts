// Text no database stores as sent: a NUL character (PostgreSQL refuses it) or half of a UTF-16 pair (a lone
// surrogate, which breaks the driver's query for every call batched with it). Refused before any handler runs, naming
// the field, so one hostile string cannot fail the call or anyone else's.
import { appError } from '../errors.js';

/** A NUL, a high surrogate with no low one after it, or a low surrogate with no high one before it. */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (key or value) in `input` that cannot be stored, or null. Walks without recursion. */
export const unstorableTextPath = (input: unknown): string | null => {
  const stack: Array<{ value: unknown; path: string }> = [{ value: input, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (UNSTORABLE.test(value)) return path || '/';
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => stack.push({ value: v, path: `${path}[${i}]` }));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        if (UNSTORABLE.test(key)) return at;
        stack.push({ value: v, path: at });
      }
    }
  }
  return null;
};

export const assertStorableText = (input: unknown): void => {
  const path = unstorableTextPath(input);
  if (path === null) return;
  throw appError(
    'BAD_REQUEST',
    `Trường ${path} chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode bị cắt đôi): hãy gõ lại hoặc dán lại nội dung`,
    `Field ${path} holds an invalid character (NUL or half of a Unicode pair)`,
  );
};
