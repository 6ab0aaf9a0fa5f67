// A nominee's standing at proposal time, from the domain: approved report data for a unit, stated facts for a person.
import { evaluateParticipant, type Facts, type Movement, type ParticipantKind } from '@thidua/domain';
import type { Tx } from '../mutation.js';
import { factsOfValues, unitParticipant } from '../scoring/unit-participant.js';

export const evaluateUnitNominee = async (tx: Tx, movement: Movement, unitId: string, year: number) => {
  const unit = await tx.orgUnit.findUniqueOrThrow({ where: { id: unitId }, select: { participantKind: true, isItEnterprise: true } });
  const [report, registration] = await Promise.all([
    tx.report.findUnique({ where: { movementId_unitId_year: { movementId: movement.id, unitId, year } }, select: { status: true, values: { select: { key: true, numberValue: true, boolValue: true } } } }),
    tx.registration.findFirst({ where: { movementId: movement.id, unitId }, select: { id: true } }),
  ]);
  const facts: Facts = report?.status === 'approved' ? factsOfValues(report.values) : {};
  const kind = (unit.participantKind ?? 'department') as ParticipantKind;
  return evaluateParticipant(movement, unitParticipant({ id: unitId, isItEnterprise: unit.isItEnterprise }, kind, registration !== null), facts);
};

export const evaluatePersonNominee = (movement: Movement, personId: string, facts: Facts) => evaluateParticipant(movement, { id: personId, kind: 'individual' }, facts);
