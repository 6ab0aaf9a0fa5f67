// How a stored unit and its report values become the domain's participant and facts: one mapping for every reader.
import type { Facts, Participant, ParticipantKind } from '@thidua/domain';

export const factsOfValues = (
  values: ReadonlyArray<{ key: string; numberValue: number | null; boolValue: boolean | null }>,
): Facts => Object.fromEntries(values.map((v) => [v.key, v.boolValue ?? v.numberValue]));

export const unitParticipant = (
  unit: { id: string; isItEnterprise: boolean | null },
  kind: ParticipantKind,
  registered: boolean,
): Participant => ({
  id: unit.id,
  kind,
  registered,
  ...(unit.isItEnterprise === null ? {} : { isItEnterprise: unit.isItEnterprise }),
});
