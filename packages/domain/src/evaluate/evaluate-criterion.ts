// Evaluates one compiled criterion against one participant's facts: pure and allocation-light.
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Criterion } from '../movement/criterion.schema.js';
import { compare, isPossibleValue as inRange, type Comparator, type Measure } from '../movement/measure.schema.js';
import type { FactValue, Participant } from '../movement/participant.schema.js';
import type { CriterionResult, CriterionStatus } from './criterion-result.js';
import { criterionWording, type CriterionWording } from './criterion-wording.js';

export interface CompiledCriterion {
  criterion: Criterion;
  wording: CriterionWording;
  threshold: { op: Comparator; value: number | boolean };
}

export const compileCriterion = (criterion: Criterion): CompiledCriterion => ({
  criterion,
  wording: criterionWording(criterion.measure),
  threshold:
    criterion.measure.kind === 'boolean'
      ? { op: 'eq', value: true }
      : { op: criterion.measure.op, value: criterion.measure.threshold },
});

/** A participant's attribute by name, as criteria conditions and attribute-valued criteria read it. */
export const participantAttribute = (p: Participant, name: string): unknown =>
  name === 'registered'
    ? (p.registered ?? p.attributes?.[name])
    : name === 'isItEnterprise'
      ? (p.isItEnterprise ?? p.attributes?.[name])
      : p.attributes?.[name];

const clamp01 = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

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

type Problem = CriterionResult['problem'];

const explain = (
  c: CompiledCriterion,
  outcome: Outcome,
  value: number | boolean | null,
  raw: unknown,
): LocalizedText => {
  const w = c.wording;
  const status = STATUS_OF[outcome];
  const problem = PROBLEM_OF[outcome];
  if (outcome === Outcome.UnknownApplicability) {
    const label = c.criterion.applicability?.label;
    return {
      vi: `Chưa rõ có thuộc diện áp dụng không (${label?.vi ?? ''})`,
      en: `Unknown whether it applies (${label?.en ?? ''})`,
    };
  }
  if (status === 'not_applicable') {
    const label = c.criterion.applicability?.label;
    return { vi: `Không áp dụng: ${label?.vi ?? ''}`, en: `Not applicable: ${label?.en ?? ''}` };
  }
  if (problem === 'wrong_type') {
    return {
      vi: `Giá trị ${JSON.stringify(raw)} không hợp lệ: cần ${w.expectedVi}`,
      en: `Value ${JSON.stringify(raw)} is not valid: expected ${w.expectedEn}`,
    };
  }
  if (problem === 'out_of_range' && typeof value === 'number') {
    return {
      vi: `Giá trị ${w.valueVi(value)} ngoài phạm vi: cần ${w.expectedVi}`,
      en: `Value ${w.valueEn(value)} is out of range: expected ${w.expectedEn}`,
    };
  }
  if (status === 'missing' || value === null)
    return { vi: `Chưa có số liệu (${w.requirementVi})`, en: `No data (${w.requirementEn})` };
  if (typeof value === 'boolean')
    return value ? { vi: 'Có: đạt', en: 'Yes: met' } : { vi: 'Không: chưa đạt', en: 'No: not met' };
  return status === 'met'
    ? { vi: `${w.valueVi(value)} (${w.requirementVi}): đạt`, en: `${w.valueEn(value)} (${w.requirementEn}): met` }
    : {
        vi: `${w.valueVi(value)} (${w.requirementVi}): chưa đạt`,
        en: `${w.valueEn(value)} (${w.requirementEn}): not met`,
      };
};

/**
 * The outcome of one assessment as a small integer, so a participant's results fit in one packed array:
 * the four statuses, plus "missing" because the value had the wrong type or was out of range.
 */
export const enum Outcome {
  Met = 0,
  NotMet = 1,
  Missing = 2,
  NotApplicable = 3,
  WrongType = 4,
  OutOfRange = 5,
  /** The criterion depends on an attribute (e.g. isItEnterprise) that the participant record does not give. */
  UnknownApplicability = 6,
}

export const STATUS_OF: readonly CriterionStatus[] = [
  'met',
  'not_met',
  'missing',
  'not_applicable',
  'missing',
  'missing',
  'missing',
];
const PROBLEM_OF: ReadonlyArray<Problem> = [
  undefined,
  undefined,
  undefined,
  undefined,
  'wrong_type',
  'out_of_range',
  undefined,
];

/** Decides one criterion; writes the value it used (or the raw value it refused) into `values[index]`. */
export const assessCriterion = (
  c: CompiledCriterion,
  participant: Participant,
  reported: FactValue | undefined,
  values: unknown[],
  index: number,
): Outcome => {
  const { criterion } = c;
  const m = criterion.measure;
  const cond = criterion.applicability;
  values[index] = null;
  if (cond !== undefined) {
    const actual = participantAttribute(participant, cond.attribute);
    if (actual === undefined) return Outcome.UnknownApplicability;
    if (actual !== cond.equals) return Outcome.NotApplicable;
  }
  let value: unknown = reported;
  if (criterion.valueFromAttribute !== undefined) {
    const fromRecord = participantAttribute(participant, criterion.valueFromAttribute);
    if (fromRecord !== undefined) value = fromRecord;
  }
  if (value === undefined || value === null) return Outcome.Missing;
  values[index] = value;
  if (m.kind === 'boolean')
    return typeof value !== 'boolean' ? Outcome.WrongType : value ? Outcome.Met : Outcome.NotMet;
  if (typeof value !== 'number' || !Number.isFinite(value)) return Outcome.WrongType;
  if (!inRange(m, value)) return Outcome.OutOfRange;
  return compare(m.op, value, m.threshold) ? Outcome.Met : Outcome.NotMet;
};

export const attainmentOf = (c: CompiledCriterion, status: CriterionStatus, value: number | boolean | null): number => {
  if (status !== 'met' && status !== 'not_met') return 0;
  const m = c.criterion.measure;
  return m.kind === 'boolean' || typeof value !== 'number'
    ? status === 'met'
      ? 1
      : 0
    : numericAttainment(m, value, status === 'met');
};

/**
 * A criterion result built when a caller reads it; its explanation is written when first read (and by
 * JSON.stringify). A leaderboard of 100,000 units reads few of them, and building them all dominated the cost.
 */
export class EvaluatedCriterion implements CriterionResult {
  readonly criterionId: string;
  readonly measure: CriterionResult['measure'];
  readonly threshold: CriterionResult['threshold'];
  readonly weight: number;
  readonly attainment: number;
  readonly problem?: Problem;
  #compiled: CompiledCriterion;
  #outcome: Outcome;
  #raw: unknown;
  #explanation: LocalizedText | undefined;

  readonly status: CriterionStatus;
  readonly value: number | boolean | null;

  constructor(c: CompiledCriterion, outcome: Outcome, recorded: unknown) {
    const problem = PROBLEM_OF[outcome];
    this.criterionId = c.criterion.id;
    this.status = STATUS_OF[outcome] as CriterionStatus;
    this.measure = c.criterion.measure.kind;
    // A refused value is kept for the explanation; an out-of-range number is still shown as the value.
    this.value = problem === 'wrong_type' ? null : (recorded as number | boolean | null);
    this.threshold = c.threshold;
    this.weight = c.criterion.weight;
    this.attainment = Math.round(attainmentOf(c, this.status, this.value) * 10_000) / 10_000;
    if (problem !== undefined) this.problem = problem;
    this.#compiled = c;
    this.#outcome = outcome;
    this.#raw = recorded;
  }

  get explanation(): LocalizedText {
    this.#explanation ??= explain(this.#compiled, this.#outcome, this.value, this.#raw);
    return this.#explanation;
  }

  toJSON(): CriterionResult {
    const { criterionId, status, measure, value, threshold, attainment, weight, problem, explanation } = this;
    return problem === undefined
      ? { criterionId, status, measure, value, threshold, attainment, weight, explanation }
      : { criterionId, status, measure, value, threshold, attainment, weight, problem, explanation };
  }
}

/** One criterion for one participant, as a full result. */
export const evaluateCriterion = (
  c: CompiledCriterion,
  participant: Participant,
  reported: FactValue | undefined,
): CriterionResult => {
  const values: unknown[] = [null];
  return new EvaluatedCriterion(c, assessCriterion(c, participant, reported, values, 0), values[0]);
};
