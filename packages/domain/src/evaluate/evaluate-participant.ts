// Evaluates one participant against every criterion of its group, then its eligibility rule and score.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Facts, Participant, ParticipantKind } from '../movement/participant.schema.js';
import { compileMovement } from './compile-movement.js';
import type { CriterionResult, CriterionStatus } from './criterion-result.js';
import { evaluateCriterion } from './evaluate-criterion.js';

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

export const evaluateParticipant = (movement: Movement, participant: Participant, facts: Facts): ParticipantEvaluation => {
  const compiled = compileMovement(movement).get(participant.kind);
  if (!compiled) {
    return {
      participantId: participant.id,
      kind: participant.kind,
      groupId: null,
      eligible: false,
      eligibility: 'not_eligible',
      score: 0,
      counts: { met: 0, notMet: 0, missing: 0, notApplicable: 0 },
      criteria: [],
      explanation: text(`Phong trào không có đối tượng "${participant.kind}"`, `The movement has no participants of kind "${participant.kind}"`),
    };
  }
  const results: CriterionResult[] = [];
  const statuses = new Map<string, CriterionStatus>();
  const counts = { met: 0, notMet: 0, missing: 0, notApplicable: 0 };
  let earned = 0;
  let possible = 0;
  for (const c of compiled.criteria) {
    const r = evaluateCriterion(c, participant, facts[c.criterion.id]);
    results.push(r);
    statuses.set(r.criterionId, r.status);
    if (r.status === 'met') counts.met++;
    else if (r.status === 'not_met') counts.notMet++;
    else if (r.status === 'missing') counts.missing++;
    else counts.notApplicable++;
    if (r.status !== 'not_applicable') {
      possible += r.weight;
      earned += r.weight * r.attainment;
    }
  }
  const truth = compiled.eligibility((id) => statuses.get(id) ?? 'missing');
  const eligibility: Eligibility = truth === 'yes' || truth === 'neutral' ? 'eligible' : truth === 'no' ? 'not_eligible' : 'incomplete';
  return {
    participantId: participant.id,
    kind: participant.kind,
    groupId: compiled.group.id,
    eligible: eligibility === 'eligible',
    eligibility,
    score: possible === 0 ? 0 : round2((100 * earned) / possible),
    counts,
    criteria: results,
    explanation: EXPLANATIONS[eligibility],
  };
};
