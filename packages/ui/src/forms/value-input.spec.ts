import { describe, expect, it } from 'vitest';
import { parseValue, rangeHint } from './value-input.js';

describe('a value typed into a form', () => {
  const percent = { kind: 'percent', op: 'gte', threshold: 85 } as const;
  it('accepts the Vietnamese decimal comma and the English dot', () => {
    expect(parseValue(percent, '12,5')).toEqual({ ok: true, value: 12.5 });
    expect(parseValue(percent, ' 12.5 ')).toEqual({ ok: true, value: 12.5 });
  });
  it('leaves an empty cell empty rather than zero', () => {
    expect(parseValue(percent, '')).toEqual({ ok: true, value: null });
  });
  it('refuses what the domain says a value cannot be, with the reason', () => {
    expect(parseValue(percent, '120')).toEqual({ ok: false, problem: 'value.outOfRange' });
    expect(parseValue({ kind: 'count', op: 'gte', threshold: 1 }, '2,5')).toEqual({ ok: false, problem: 'value.outOfRange' });
    expect(parseValue(percent, 'nhiều')).toEqual({ ok: false, problem: 'value.notNumber' });
  });
  it('reads yes/no answers', () => {
    expect(parseValue({ kind: 'boolean' }, 'true')).toEqual({ ok: true, value: true });
    expect(parseValue({ kind: 'boolean' }, 'false')).toEqual({ ok: true, value: false });
  });
  it('tells the editor the allowed range', () => {
    expect(rangeHint(percent)).toBe('0–100');
    expect(rangeHint({ kind: 'rank', op: 'lte', threshold: 3, outOf: 7 })).toBe('1–7');
  });
});
