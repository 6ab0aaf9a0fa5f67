// One value cell of a data-entry form: read and checked by the domain's one reader of figures (the Excel import uses
// the same) in the browser, then again on the server.
import { readMeasureValue, type Measure } from '@thidua/domain';

/** A criterion's or a sector indicator's measure: both say what a value can be. */
type AnyMeasure = Measure | { kind: 'percent' | 'count'; op?: unknown; threshold?: number } | { kind: 'boolean' };

export type Parsed =
  | { ok: true; value: number | boolean | null }
  | { ok: false; problem: 'value.notNumber' }
  | { ok: false; problem: 'value.outOfRange'; range: string }
  /** "1.000" where decimals are allowed: a thousand or one? The readings, Vietnamese first, to ask about. */
  | { ok: false; problem: 'value.ambiguous'; readings: [number, number] };

export const parseValue = (measure: AnyMeasure, raw: string): Parsed => {
  if (raw.trim() === '') return { ok: true, value: null };
  if (measure.kind === 'boolean') return { ok: true, value: raw === 'true' };
  const n = readMeasureValue(measure as Exclude<Measure, { kind: 'boolean' }>, raw);
  if (n.ok) return n;
  if (n.problem === 'ambiguous') return { ok: false, problem: 'value.ambiguous', readings: n.readings };
  return n.problem === 'out-of-range'
    ? { ok: false, problem: 'value.outOfRange', range: rangeHint(measure) }
    : { ok: false, problem: 'value.notNumber' };
};

export const rangeHint = (measure: AnyMeasure): string => {
  if (measure.kind === 'percent') return '0–100';
  if (measure.kind === 'score') return `0–${measure.max}`;
  if (measure.kind === 'rank') return measure.outOf ? `1–${measure.outOf}` : '≥ 1';
  if (measure.kind === 'boolean') return '';
  return '≥ 0';
};
