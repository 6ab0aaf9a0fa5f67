// Text a database cannot store is found wherever it hides in an input, and good Vietnamese text and emoji pass.
import { describe, expect, it } from 'vitest';
import { unstorableTextPath } from './unstorable-text.js';

describe('unstorable text', () => {
  it('passes Vietnamese, emoji (a whole surrogate pair) and other text', () => {
    expect(
      unstorableTextPath({ name: 'Nguyễn Thị Thu Hà 👍', values: [{ note: '𐂒 ‮ right-to-left' }], n: 1, ok: null }),
    ).toBeNull();
  });

  it('names the field of a NUL, a lone high or low surrogate, in values, nested arrays and keys', () => {
    expect(unstorableTextPath({ unitId: 'U-LAM-SON\u0000' })).toBe('unitId');
    expect(unstorableTextPath({ values: [{ note: 'ok' }, { note: 'a\ud800' }] })).toBe('values[1].note');
    expect(unstorableTextPath({ search: '\udfffx' })).toBe('search');
    expect(unstorableTextPath({ ['k\ud800']: 1 })).toBe('k\ud800');
    expect(unstorableTextPath('\u0000')).toBe('/');
    expect(unstorableTextPath({ a: [[[['deep\udc00']]]] })).toBe('a[0][0][0][0]');
  });
});
