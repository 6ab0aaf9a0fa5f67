// A unit's own standing in a year from its saved report, whatever its status: the score, and the rank it would take
// among the units already approved. The unit's page and its yearly PDF read this one evaluation, "tạm tính" (provisional)
// until the report is approved; public outputs never read it (they rank approved reports only).
import {
  evaluateParticipant,
  rankParticipants,
  reportGaps,
  type Movement,
  type ParticipantEvaluation,
  type ParticipantKind,
  type ReportGap,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import { evaluateKind } from './evaluate-kind.js';
import { factsOfValues, unitParticipant } from './unit-participant.js';

export type ReportingKind = Exclude<ParticipantKind, 'individual'>;

export interface UnitStanding {
  status: string;
  approved: boolean;
  evaluation: ParticipantEvaluation;
  /** Null with nothing saved yet: there is nothing to rank. */
  rank: number | null;
  /** How many units the rank is out of: the approved ones, plus this unit while it is provisional. */
  rankedOf: number;
  gaps: ReportGap[];
}

type Values = ReadonlyArray<{
  key: string;
  numberValue: number | null;
  boolValue: boolean | null;
  evidenceUrl: string | null;
}>;

/** What a saved report still lacks before it may be sent (domain's reportGaps on the stored values). */
export const savedReportGaps = (
  movement: Movement,
  unit: { id: string; isItEnterprise: boolean | null },
  kind: ReportingKind,
  values: Values,
): ReportGap[] =>
  reportGaps(
    movement,
    unitParticipant(unit, kind, false),
    values.map((v) => ({ key: v.key, value: v.boolValue ?? v.numberValue, hasEvidence: (v.evidenceUrl ?? '') !== '' })),
  );

export const unitStanding = async (
  db: Db,
  movement: Movement,
  unit: { id: string; isItEnterprise: boolean | null },
  kind: ReportingKind,
  year: number,
): Promise<UnitStanding> => {
  const [report, registration] = await Promise.all([
    db.report.findUnique({
      where: { movementId_unitId_year: { movementId: movement.id, unitId: unit.id, year } },
      select: {
        status: true,
        values: { select: { key: true, numberValue: true, boolValue: true, evidenceUrl: true } },
      },
    }),
    db.registration.findFirst({ where: { movementId: movement.id, unitId: unit.id }, select: { id: true } }),
  ]);
  const values = report?.values ?? [];
  const evaluation = evaluateParticipant(
    movement,
    unitParticipant(unit, kind, registration !== null),
    factsOfValues(values),
  );
  const approved = report?.status === 'approved';
  let rank: number | null = null;
  let rankedOf = 0;
  if (report) {
    const { reported, evaluations } = await evaluateKind(db, movement, year, kind);
    // The approved others, and this unit from its own saved figures (the same as its approved ones once approved).
    const field = [
      ...evaluations.filter((e) => reported.has(e.participantId) && e.participantId !== unit.id),
      evaluation,
    ];
    const ranked = rankParticipants(field);
    rank = ranked.find((r) => r.participantId === unit.id)?.rank ?? null;
    rankedOf = ranked.length;
  }
  return {
    status: report?.status ?? 'none',
    approved,
    evaluation,
    rank,
    rankedOf,
    gaps: savedReportGaps(movement, unit, kind, values),
  };
};
