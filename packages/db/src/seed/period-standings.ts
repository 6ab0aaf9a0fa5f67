// How the seed picks its nominees the way Home Affairs will judge them: each unit over its review's years, by the
// movement's period rule, from the approved reports of each year it was asked to report.
import {
  evaluateOverPeriod,
  evaluateParticipant,
  findReview,
  reviewYears,
  type Movement,
  type ParticipantKind,
  type PeriodEvaluation,
} from '@thidua/domain';
import type { Db } from '../open-database.js';
import { MOVEMENT_ID } from './movement.js';
import { REPORTING_UNITS } from './org-units.js';
import { reportYearsOf } from './report-values.js';

export const periodStandings = async (
  db: Db,
  movement: Movement,
  reviewId: string,
): Promise<Map<string, PeriodEvaluation>> => {
  const years = reviewYears(movement, findReview(movement, reviewId));
  const reports = await db.report.findMany({
    where: { movementId: MOVEMENT_ID, year: { in: years }, status: 'approved' },
    select: { unitId: true, year: true, values: { select: { key: true, numberValue: true, boolValue: true } } },
  });
  const registered = new Set(
    (
      await db.registration.findMany({
        where: { movementId: MOVEMENT_ID, unitId: { not: null } },
        select: { unitId: true },
      })
    ).map((r) => r.unitId),
  );
  const standings = new Map<string, PeriodEvaluation>();
  for (const unit of REPORTING_UNITS) {
    if (!unit.participantKind) continue;
    const kind: ParticipantKind = unit.participantKind;
    const participant = {
      id: unit.id,
      kind,
      registered: registered.has(unit.id),
      ...(unit.isItEnterprise === null ? {} : { isItEnterprise: unit.isItEnterprise }),
    };
    const asked = years.filter((y) => (reportYearsOf(unit) as number[]).includes(y));
    if (asked.length === 0) continue;
    standings.set(
      unit.id,
      evaluateOverPeriod(
        movement,
        asked.map((year) => {
          const report = reports.find((r) => r.unitId === unit.id && r.year === year);
          return {
            year,
            standing: report
              ? evaluateParticipant(
                  movement,
                  participant,
                  Object.fromEntries(report.values.map((v) => [v.key, v.boolValue ?? v.numberValue])),
                )
              : null,
          };
        }),
      ),
    );
  }
  return standings;
};
