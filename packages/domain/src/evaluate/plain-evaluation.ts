// A plain-data copy of an evaluation (own, enumerable fields only): safe to spread, store or post to a worker.
import type { CriterionResult } from './criterion-result.js';
import type { ParticipantEvaluation } from './evaluate-participant.js';

const plainCriterion = (c: CriterionResult): CriterionResult => {
  const { criterionId, status, measure, value, threshold, attainment, weight, problem, explanation } = c;
  const base = { criterionId, status, measure, value, threshold: { ...threshold }, attainment, weight };
  return problem === undefined
    ? { ...base, explanation: { ...explanation } }
    : { ...base, problem, explanation: { ...explanation } };
};

export const plainEvaluation = (e: ParticipantEvaluation): ParticipantEvaluation => ({
  participantId: e.participantId,
  kind: e.kind,
  groupId: e.groupId,
  eligible: e.eligible,
  eligibility: e.eligibility,
  score: e.score,
  counts: { ...e.counts },
  criteria: e.criteria.map(plainCriterion),
  explanation: { ...e.explanation },
});
