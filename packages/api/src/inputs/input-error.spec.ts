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
      'Dữ liệu không hợp lệ (values.0.evidenceUrl): Đường dẫn minh chứng phải là địa chỉ web (http:// hoặc https://) | Invalid input (values.0.evidenceUrl): the evidence link must be a web address',
    );
  });

  it('never passes on zod’s own English text, only the fields', () => {
    const result = schema.safeParse({ values: [{ evidenceUrl: 'https://ninhson.gov.vn/a.pdf', number: 'ba' }] });
    if (result.success) throw new Error('expected a refusal');
    const message = inputErrorMessage(result.error);
    expect(message).toBe('Dữ liệu không hợp lệ ở: values.0.number | Invalid input in: values.0.number');
    expect(message).not.toMatch(/expected/i);
  });
});
