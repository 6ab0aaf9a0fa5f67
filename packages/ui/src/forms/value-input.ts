// One value cell of a data-entry form: parsed and checked in the browser by the domain's own rule, then again on the server.
import { isPossibleValue, type Measure } from '@thidua/domain';

/** A criterion's or a sector indicator's measure: both say what a value can be. */
type AnyMeasure = Measure | { kind: 'percent' | 'count'; op?: unknown; threshold?: number } | { kind: 'boolean' };
import { z } from 'zod';

/** Vietnamese writes 12,5; English 12.5. Both are accepted. */
const numberText = z
  .string()
  .trim()
  .regex(/^[+-]?[\d\s.,]+$/)
  .transform((s) => Number(s.replace(/\s/g, '').replace(',', '.')))
  .pipe(z.number().finite());

export type Parsed = { ok: true; value: number | boolean | null } | { ok: false; problem: 'value.notNumber' | 'value.outOfRange' };

export const parseValue = (measure: AnyMeasure, raw: string): Parsed => {
  if (raw.trim() === '') return { ok: true, value: null };
  if (measure.kind === 'boolean') return { ok: true, value: raw === 'true' };
  const n = numberText.safeParse(raw);
  if (!n.success) return { ok: false, problem: 'value.notNumber' };
  return isPossibleValue(measure as Measure, n.data) ? { ok: true, value: n.data } : { ok: false, problem: 'value.outOfRange' };
};

export const rangeHint = (measure: AnyMeasure): string => {
  if (measure.kind === 'percent') return '0–100';
  if (measure.kind === 'score') return `0–${measure.max}`;
  if (measure.kind === 'rank') return measure.outOf ? `1–${measure.outOf}` : '≥ 1';
  if (measure.kind === 'boolean') return '';
  return '≥ 0';
};
