// Evaluates one participant against every criterion of its group, then its eligibility rule and score.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Facts, Participant, ParticipantKind } from '../movement/participant.schema.js';
import { compileMovement, type CompiledGroup } from './compile-movement.js';
import type { CriterionResult } from './criterion-result.js';
import { assessCriterion, attainmentOf, EvaluatedCriterion, Outcome, STATUS_OF } from './evaluate-criterion.js';

export type Eligibility = 'eligible' | 'not_eligible' | 'incomplete';

export interface ParticipantEvaluation {
  participantId: string;
  kind: ParticipantKind;
  groupId: string | null;
  /** True only when the eligibility rule is satisfied with complete data. */
  eligible: boolean;
  eligibility: Eligibility;
  /** 0..100: weighted attainment over applicable criteria, two decimals. */
  score: number;
  counts: { met: number; notMet: number; missing: number; notApplicable: number };
  criteria: CriterionResult[];
  explanation: LocalizedText;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

const EXPLANATIONS: Record<Eligibility, LocalizedText> = {
  eligible: text('Đủ điều kiện xét khen thưởng', 'Eligible for an award'),
  not_eligible: text('Không đủ điều kiện: có tiêu chí chưa đạt', 'Not eligible: a required criterion is not met'),
  incomplete: text('Chưa đủ số liệu để kết luận', 'Not enough data to decide'),
};

/** Holds statuses and values compactly; the per-criterion results are built the first time they are read. */
class Evaluation implements ParticipantEvaluation {
  readonly eligible: boolean;
  readonly explanation: LocalizedText;
  #group: CompiledGroup | undefined;
  #outcomes: Outcome[];
  #values: unknown[];
  #criteria: CriterionResult[] | undefined;

  constructor(
    readonly participantId: string,
    readonly kind: ParticipantKind,
    readonly groupId: string | null,
    readonly eligibility: Eligibility,
    readonly score: number,
    readonly counts: ParticipantEvaluation['counts'],
    group: CompiledGroup | undefined,
    outcomes: Outcome[],
    values: unknown[],
    explanation?: LocalizedText,
  ) {
    this.eligible = eligibility === 'eligible';
    this.explanation = explanation ?? EXPLANATIONS[eligibility];
    this.#group = group;
    this.#outcomes = outcomes;
    this.#values = values;
  }

  get criteria(): CriterionResult[] {
    if (this.#criteria === undefined) {
      const outcomes = this.#outcomes;
      const values = this.#values;
      this.#criteria = this.#group?.criteria.map((c, i) => new EvaluatedCriterion(c, outcomes[i] ?? Outcome.Missing, values[i] ?? null)) ?? [];
    }
    return this.#criteria;
  }

  toJSON(): ParticipantEvaluation {
    const { participantId, kind, groupId, eligible, eligibility, score, counts, criteria, explanation } = this;
    return { participantId, kind, groupId, eligible, eligibility, score, counts, criteria, explanation };
  }
}

export const evaluateParticipant = (movement: Movement, participant: Participant, facts: Facts): ParticipantEvaluation => {
  const compiled = compileMovement(movement).get(participant.kind);
  const counts = { met: 0, notMet: 0, missing: 0, notApplicable: 0 };
  if (!compiled) {
    const why = text(`Phong trào không có đối tượng "${participant.kind}"`, `The movement has no participants of kind "${participant.kind}"`);
    return new Evaluation(participant.id, participant.kind, null, 'not_eligible', 0, counts, undefined, [], [], why);
  }
  const criteria = compiled.criteria;
  const outcomes: Outcome[] = [];
  const values: unknown[] = [];
  let earned = 0;
  let possible = 0;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as (typeof criteria)[number];
    const outcome = assessCriterion(c, participant, facts[c.criterion.id], values, i);
    outcomes.push(outcome);
    if (outcome === Outcome.NotApplicable) {
      counts.notApplicable++;
      continue;
    }
    if (outcome === Outcome.Met) counts.met++;
    else if (outcome === Outcome.NotMet) counts.notMet++;
    else counts.missing++;
    const w = c.criterion.weight;
    possible += w;
    if (outcome <= Outcome.NotMet) earned += w * attainmentOf(c, STATUS_OF[outcome] as 'met' | 'not_met', values[i] as number | boolean);
  }
  const truth = compiled.eligibility(outcomes);
  const eligibility: Eligibility = truth === 'yes' || truth === 'neutral' ? 'eligible' : truth === 'no' ? 'not_eligible' : 'incomplete';
  const score = possible === 0 ? 0 : round2((100 * earned) / possible);
  return new Evaluation(participant.id, participant.kind, compiled.group.id, eligibility, score, counts, compiled, outcomes, values);
};
