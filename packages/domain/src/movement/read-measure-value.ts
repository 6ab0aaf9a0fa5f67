// A typed or imported figure read for one measure: the number reader's spellings, then the measure's range, which
// often rules out one of two readings ("1.000" as a percentage cannot be a thousand). The form and the Excel import
// both read figures here, so a sheet and a screen never disagree about what "1.200" means.
import { parseOfficialNumber } from '../i18n/parse-number.js';
import { isPossibleValue, type IndicatorMeasure, type Measure } from './measure.schema.js';

export type MeasureReading =
  | { ok: true; value: number }
  | { ok: false; problem: 'not-a-number' }
  | { ok: false; problem: 'out-of-range' }
  /** Both readings are possible values: ask which one (Vietnamese reading first). */
  | { ok: false; problem: 'ambiguous'; readings: [number, number] };

type NumericMeasure = Exclude<Measure | IndicatorMeasure, { kind: 'boolean' }>;

export const readMeasureValue = (measure: NumericMeasure, raw: string): MeasureReading => {
  const n = parseOfficialNumber(raw, { integer: measure.kind === 'count' || measure.kind === 'rank' });
  if (!n.ok && n.problem === 'not-a-number') return n;
  const candidates = (n.ok ? [n.value] : n.readings).filter((v) => isPossibleValue(measure, v));
  if (candidates.length === 1) return { ok: true, value: candidates[0]! };
  if (candidates.length === 0) return { ok: false, problem: 'out-of-range' };
  return { ok: false, problem: 'ambiguous', readings: candidates as [number, number] };
};

/** Each of two readings written so the reader takes it one way only (Vietnamese marks): a whole number without
 * grouping ("1000"), a decimal with its comma and, after three decimals, a fourth ("1,2340"). What to ask the writer. */
export const unambiguousSpellings = (readings: readonly [number, number]): [string, string] => {
  const spell = (n: number) =>
    Number.isInteger(n)
      ? String(n)
      : String(n)
          .replace('.', ',')
          .replace(/,(\d{3})$/, ',$10');
  return [spell(readings[0]), spell(readings[1])];
};
