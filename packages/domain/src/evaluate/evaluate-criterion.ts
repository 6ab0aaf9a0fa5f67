// Evaluates one compiled criterion against one participant's facts: pure and allocation-light.
import type { Criterion } from '../movement/criterion.schema.js';
import { compare, type Comparator, type Measure } from '../movement/measure.schema.js';
import type { FactValue, Participant } from '../movement/participant.schema.js';
import type { CriterionResult } from './criterion-result.js';
import { criterionWording, type CriterionWording } from './criterion-wording.js';

export interface CompiledCriterion {
  criterion: Criterion;
  wording: CriterionWording;
  threshold: { op: Comparator; value: number | boolean };
}

export const compileCriterion = (criterion: Criterion): CompiledCriterion => ({
  criterion,
  wording: criterionWording(criterion.measure),
  threshold: criterion.measure.kind === 'boolean' ? { op: 'eq', value: true } : { op: criterion.measure.op, value: criterion.measure.threshold },
});

const attribute = (p: Participant, name: string): unknown =>
  name === 'registered' ? (p.registered ?? p.attributes?.[name]) : name === 'isItEnterprise' ? (p.isItEnterprise ?? p.attributes?.[name]) : p.attributes?.[name];

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

const inRange = (m: Measure, v: number): boolean => {
  switch (m.kind) {
    case 'percent':
      return v >= 0 && v <= 100;
    case 'score':
      return v >= 0 && v <= m.max;
    case 'count':
      return v >= 0 && Number.isInteger(v);
    case 'rank':
      return v >= 1 && Number.isInteger(v) && (m.outOf === undefined || v <= m.outOf);
    default:
      return true;
  }
};

// Percent and score earn their level (85 % earns 0.85), so the score ranks how far units went, not just pass/fail.
const numericAttainment = (m: Exclude<Measure, { kind: 'boolean' }>, v: number, met: boolean): number => {
  if (m.op === 'lte') return m.kind === 'rank' && m.outOf ? clamp01((m.outOf - v + 1) / m.outOf) : met ? 1 : 0;
  switch (m.kind) {
    case 'percent':
      return clamp01(v / 100);
    case 'score':
      return clamp01(v / m.max);
    case 'count':
      return m.threshold === 0 ? (met ? 1 : 0) : clamp01(v / m.threshold);
    case 'rank':
      return met ? 1 : 0;
  }
};

export const evaluateCriterion = (c: CompiledCriterion, participant: Participant, reported: FactValue | undefined): CriterionResult => {
  const { criterion, wording, threshold } = c;
  const m = criterion.measure;
  const base = { criterionId: criterion.id, measure: m.kind, threshold, weight: criterion.weight };
  const cond = criterion.applicability;
  if (cond !== undefined && attribute(participant, cond.attribute) !== cond.equals) {
    return {
      ...base,
      status: 'not_applicable',
      value: null,
      attainment: 0,
      explanation: { vi: `Không áp dụng: ${cond.label.vi}`, en: `Not applicable: ${cond.label.en}` },
    };
  }
  let value: unknown = reported;
  if (criterion.valueFromAttribute !== undefined) {
    const fromRecord = attribute(participant, criterion.valueFromAttribute);
    if (fromRecord !== undefined) value = fromRecord;
  }
  if (value === undefined || value === null) {
    return {
      ...base,
      status: 'missing',
      value: null,
      attainment: 0,
      explanation: { vi: `Chưa có số liệu (${wording.requirementVi})`, en: `No data (${wording.requirementEn})` },
    };
  }
  if (m.kind === 'boolean') {
    if (typeof value !== 'boolean') return wrongType(c, base, value);
    return value
      ? { ...base, status: 'met', value, attainment: 1, explanation: { vi: 'Có: đạt', en: 'Yes: met' } }
      : { ...base, status: 'not_met', value, attainment: 0, explanation: { vi: 'Không: chưa đạt', en: 'No: not met' } };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(c, base, value);
  if (!inRange(m, value)) {
    return {
      ...base,
      status: 'missing',
      value,
      attainment: 0,
      problem: 'out_of_range',
      explanation: {
        vi: `Giá trị ${wording.valueVi(value)} ngoài phạm vi: cần ${wording.expectedVi}`,
        en: `Value ${wording.valueEn(value)} is out of range: expected ${wording.expectedEn}`,
      },
    };
  }
  const met = compare(m.op, value, m.threshold);
  return {
    ...base,
    status: met ? 'met' : 'not_met',
    value,
    attainment: numericAttainment(m, value, met),
    explanation: met
      ? { vi: `${wording.valueVi(value)} (${wording.requirementVi}): đạt`, en: `${wording.valueEn(value)} (${wording.requirementEn}): met` }
      : { vi: `${wording.valueVi(value)} (${wording.requirementVi}): chưa đạt`, en: `${wording.valueEn(value)} (${wording.requirementEn}): not met` },
  };
};

const wrongType = (
  c: CompiledCriterion,
  base: Pick<CriterionResult, 'criterionId' | 'measure' | 'threshold' | 'weight'>,
  value: unknown,
): CriterionResult => ({
  ...base,
  status: 'missing',
  value: null,
  attainment: 0,
  problem: 'wrong_type',
  explanation: {
    vi: `Giá trị ${JSON.stringify(value)} không hợp lệ: cần ${c.wording.expectedVi}`,
    en: `Value ${JSON.stringify(value)} is not valid: expected ${c.wording.expectedEn}`,
  },
});
