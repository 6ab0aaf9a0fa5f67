// A nomination's standing at the moment it is judged: the unit over its review's years from approved data, or the
// person on the stated criteria (a nomination from before criteria were stored keeps the standing it was proposed with).
import { findReview, text, type Movement, type PeriodEvaluation } from '@thidua/domain';
import { evaluatePersonNominee, evaluateUnitNominee, type NomineeReader } from './evaluate-nominee.js';
import { storedCriteria } from './stated-criteria.js';

export const appraiseNominee = async (
  tx: NomineeReader,
  movement: Movement,
  nominationId: string,
): Promise<PeriodEvaluation> => {
  const n = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: { reviewId: true, unitId: true, personId: true, facts: true, eligibleSnapshot: true, scoreSnapshot: true },
  });
  const review = findReview(movement, n.reviewId);
  if (n.unitId) return evaluateUnitNominee(tx, movement, review, n.unitId);
  if (n.facts !== null) return evaluatePersonNominee(movement, n.personId!, storedCriteria(n.facts));
  const eligible = n.eligibleSnapshot === true;
  return {
    eligible,
    eligibility: eligible ? 'eligible' : 'not_eligible',
    score: n.scoreSnapshot ?? 0,
    years: [],
    explanation: text('Theo đánh giá khi đề nghị', 'As judged when proposed'),
  };
};
