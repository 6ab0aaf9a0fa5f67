// A figure read for its measure: the range decides between two readings when it can, the writer is asked otherwise,
// and what to ask is written so it reads one way only.
import { describe, expect, it } from 'vitest';
import { parseOfficialNumber } from '../i18n/parse-number.js';
import { readMeasureValue, unambiguousSpellings } from './read-measure-value.js';

const percent = { kind: 'percent', op: 'gte', threshold: 85 } as const;
const count = { kind: 'count', op: 'gte', threshold: 1 } as const;
const score = { kind: 'score', op: 'gte', threshold: 10, max: 5000 } as const;

describe('reading a figure for its measure', () => {
  it('lets the range rule out a reading, and keeps the sign with both', () => {
    expect(readMeasureValue(percent, '1.000')).toEqual({ ok: true, value: 1 });
    expect(readMeasureValue(percent, '-1.000')).toEqual({ ok: false, problem: 'out-of-range' });
    expect(readMeasureValue(count, '1.200')).toEqual({ ok: true, value: 1200 });
    expect(readMeasureValue(count, '2,5')).toEqual({ ok: false, problem: 'out-of-range' });
    expect(readMeasureValue(percent, 'nhiều')).toEqual({ ok: false, problem: 'not-a-number' });
  });

  it('asks when both readings are possible, with spellings that read one way only', () => {
    const asked = readMeasureValue(score, '1.234');
    expect(asked).toEqual({ ok: false, problem: 'ambiguous', readings: [1234, 1.234] });
    if (asked.ok || asked.problem !== 'ambiguous') return;
    const spellings = unambiguousSpellings(asked.readings);
    expect(spellings).toEqual(['1234', '1,2340']);
    expect(spellings.map((s) => parseOfficialNumber(s, { integer: false }))).toEqual([
      { ok: true, value: 1234 },
      { ok: true, value: 1.234 },
    ]);
  });
});
