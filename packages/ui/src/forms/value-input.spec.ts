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
    expect(parseValue(percent, '120')).toEqual({ ok: false, problem: 'value.outOfRange', range: '0–100' });
    expect(parseValue({ kind: 'count', op: 'gte', threshold: 1 }, '2,5')).toEqual({
      ok: false,
      problem: 'value.outOfRange',
      range: '≥ 0',
    });
    expect(parseValue(percent, 'nhiều')).toEqual({ ok: false, problem: 'value.notNumber' });
  });
  it('reads counts as officials write them: 1.200 and 1 200 are twelve hundred, never 1 or 1.2', () => {
    const count = { kind: 'count', op: 'gte', threshold: 1 } as const;
    expect(parseValue(count, '1.000')).toEqual({ ok: true, value: 1000 });
    expect(parseValue(count, '1.200')).toEqual({ ok: true, value: 1200 });
    expect(parseValue(count, '1 200')).toEqual({ ok: true, value: 1200 });
    expect(parseValue(percent, '85,5 %')).toEqual({ ok: true, value: 85.5 });
  });
  it('lets the range rule out a reading, and asks when both readings are possible', () => {
    expect(parseValue(percent, '1.000')).toEqual({ ok: true, value: 1 });
    expect(parseValue({ kind: 'score', op: 'gte', threshold: 10, max: 5000 }, '1.000')).toEqual({
      ok: false,
      problem: 'value.ambiguous',
      readings: [1000, 1],
    });
    expect(parseValue({ kind: 'score', op: 'gte', threshold: 10, max: 5000 }, '1.000,5')).toEqual({
      ok: true,
      value: 1000.5,
    });
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
