import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { evidenceUrl } from './evidence-url.js';
import { inputErrorMessage } from './input-error.js';

describe('what a user reads when the input is refused', () => {
  const schema = z.object({ values: z.array(z.object({ evidenceUrl, number: z.number() })) });

  it('names the field and uses the message written for users, in both languages', () => {
    const result = schema.safeParse({ values: [{ evidenceUrl: 'javascript:alert(1)', number: 1 }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(inputErrorMessage(result.error)).toBe(
      'Dữ liệu không hợp lệ (Đường dẫn minh chứng (values.0.evidenceUrl)): Đường dẫn minh chứng phải là địa chỉ web (http:// hoặc https://) | Invalid input (Evidence link (values.0.evidenceUrl)): the evidence link must be a web address',
    );
  });

  it('never passes on zod’s own English text, only the fields', () => {
    const result = schema.safeParse({ values: [{ evidenceUrl: 'https://ninhson.gov.vn/a.pdf', number: 'ba' }] });
    if (result.success) throw new Error('expected a refusal');
    const message = inputErrorMessage(result.error);
    expect(message).toBe('Dữ liệu không hợp lệ ở: values.0.number | Invalid input in: values.0.number');
    expect(message).not.toMatch(/expected/i);
  });

  it('a text over its limit names the field as the screen does and states the limit, at the boundary', () => {
    const reason = z.object({ reason: z.string().trim().min(10).max(1000) });
    expect(reason.safeParse({ reason: 'x'.repeat(1000) }).success).toBe(true);
    const long = reason.safeParse({ reason: 'x'.repeat(1001) });
    if (long.success) throw new Error('expected a refusal');
    expect(inputErrorMessage(long.error)).toBe(
      'Dữ liệu không hợp lệ: Lý do (reason): tối đa 1.000 ký tự | Invalid input: Reason (reason): at most 1,000 characters',
    );
    const short = reason.safeParse({ reason: 'ngắn' });
    if (short.success) throw new Error('expected a refusal');
    expect(inputErrorMessage(short.error)).toBe(
      'Dữ liệu không hợp lệ: Lý do (reason): ít nhất 10 ký tự | Invalid input: Reason (reason): at least 10 characters',
    );
  });

  it('too many items and too large a number state their limits too', () => {
    const schema = z.object({ values: z.array(z.number().max(100)).max(2) });
    const many = schema.safeParse({ values: [1, 2, 3] });
    if (many.success) throw new Error('expected a refusal');
    expect(inputErrorMessage(many.error)).toContain('values: tối đa 2 mục');
    const big = schema.safeParse({ values: [101] });
    if (big.success) throw new Error('expected a refusal');
    expect(inputErrorMessage(big.error)).toContain(
      'values.0: không lớn hơn 100 | Invalid input: values.0: no more than 100',
    );
  });
});
