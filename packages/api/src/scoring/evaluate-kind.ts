// Every unit of a participant kind evaluated for a year from approved reports: one reading for the leaderboard and
// the review documents, so a ranking on screen and in a report can never disagree.
import {
  annualReportDueDate,
  evaluateParticipant,
  rankParticipants,
  type Movement,
  type ParticipantEvaluation,
  type ParticipantKind,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import { inForceOn } from '../org/in-force.js';
import { factsOfValues, unitParticipant } from './unit-participant.js';

export interface KindEvaluation {
  names: Map<string, { vi: string; en: string }>;
  reported: Set<string>;
  evaluations: ParticipantEvaluation[];
}

export const evaluateKind = async (
  db: Db,
  movement: Movement,
  year: number,
  kind: Exclude<ParticipantKind, 'individual'>,
): Promise<KindEvaluation> => {
  const [units, reports, registrations] = await Promise.all([
    // Ranked in a year: the units in force on its report's due date, not those created later or merged before.
    db.orgUnit.findMany({
      where: { participantKind: kind, ...inForceOn(annualReportDueDate(movement, year)) },
      select: { id: true, name: true, nameEn: true, isItEnterprise: true },
    }),
    db.report.findMany({
      where: { movementId: movement.id, year, status: 'approved', unit: { participantKind: kind } },
      select: { unitId: true, values: { select: { key: true, numberValue: true, boolValue: true } } },
    }),
    db.registration.findMany({ where: { movementId: movement.id, unitId: { not: null } }, select: { unitId: true } }),
  ]);
  const registered = new Set(registrations.map((r) => r.unitId));
  const factsByUnit = new Map(reports.map((r) => [r.unitId, factsOfValues(r.values)]));
  return {
    names: new Map(units.map((u) => [u.id, { vi: u.name, en: u.nameEn }])),
    reported: new Set(factsByUnit.keys()),
    evaluations: units.map((u) =>
      evaluateParticipant(movement, unitParticipant(u, kind, registered.has(u.id)), factsByUnit.get(u.id) ?? {}),
    ),
  };
};

/** The ranking every output shows (leaderboard, review report, a unit's yearly report): units with an approved report,
 * ranked; the units still waiting for one follow by ID, unranked, since a registration alone is not a standing. */
export const rankApproved = ({ reported, evaluations }: KindEvaluation) => ({
  ranked: rankParticipants(evaluations.filter((e) => reported.has(e.participantId))),
  waiting: evaluations
    .filter((e) => !reported.has(e.participantId))
    .sort((a, b) => (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0)),
});
