// A nominee's standing from the domain: a unit over the years its review covers, from each year's approved report; a
// person from the criteria the proposer states, with their evidence.
import {
  annualReportDeadline,
  annualReportDueDate,
  evaluateOverPeriod,
  evaluateParticipant,
  isActiveOn,
  reviewYears,
  type Facts,
  type Movement,
  type ParticipantKind,
  type PeriodEvaluation,
  type Review,
  type YearStanding,
} from '@thidua/domain';
import type { Tx } from '../mutation.js';
import { factsOfValues, unitParticipant } from '../scoring/unit-participant.js';
import type { StatedCriterion } from './stated-criteria.js';

/** What judging a nominee reads: a transaction or the database itself. */
export type NomineeReader = Pick<Tx, 'orgUnit' | 'report' | 'registration' | 'nomination'>;

/** The years of the review the unit was asked to report (in force on that year's due date), each with its approved standing. */
export const evaluateUnitNominee = async (
  tx: NomineeReader,
  movement: Movement,
  review: Review,
  unitId: string,
): Promise<PeriodEvaluation> => {
  const unit = await tx.orgUnit.findUniqueOrThrow({
    where: { id: unitId },
    select: { participantKind: true, isItEnterprise: true, validFrom: true, validTo: true },
  });
  const years = reviewYears(movement, review);
  const [reports, registration] = await Promise.all([
    tx.report.findMany({
      where: { movementId: movement.id, unitId, year: { in: years }, status: 'approved' },
      select: { year: true, values: { select: { key: true, numberValue: true, boolValue: true } } },
    }),
    tx.registration.findFirst({ where: { movementId: movement.id, unitId }, select: { id: true } }),
  ]);
  const kind = (unit.participantKind ?? 'department') as ParticipantKind;
  const participant = unitParticipant({ id: unitId, isItEnterprise: unit.isItEnterprise }, kind, registration !== null);
  const asked = years.filter((year) => isActiveOn(unit, askedOn(movement, year)));
  const standings: YearStanding[] = (asked.length > 0 ? asked : [review.year]).map((year) => {
    const report = reports.find((r) => r.year === year);
    return { year, standing: report ? evaluateParticipant(movement, participant, factsOfValues(report.values)) : null };
  });
  return evaluateOverPeriod(movement, standings);
};

/** The day a year's report is asked for: the yearly deadline, or the year's end for a movement without one. */
const askedOn = (movement: Movement, year: number): string =>
  annualReportDeadline(movement) ? annualReportDueDate(movement, year) : `${year}-12-31`;

/** A person is judged on the criteria the proposer states for the whole period, each with its evidence. */
export const evaluatePersonNominee = (
  movement: Movement,
  personId: string,
  stated: readonly StatedCriterion[],
): PeriodEvaluation => {
  const facts: Facts = Object.fromEntries(stated.map((c) => [c.criterionId, c.met]));
  const e = evaluateParticipant(movement, { id: personId, kind: 'individual' }, facts);
  return { eligible: e.eligible, eligibility: e.eligibility, score: e.score, years: [], explanation: e.explanation };
};
