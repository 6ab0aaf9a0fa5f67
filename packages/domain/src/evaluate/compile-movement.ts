// Prepares a movement once for fast repeated evaluation; cached per movement object.
import type { Movement } from '../movement/movement.schema.js';
import type { ParticipantGroup, ParticipantKind } from '../movement/participant.schema.js';
import { compileCriterion, type CompiledCriterion } from './evaluate-criterion.js';
import { compileRule, type CompiledRule } from './evaluate-rule.js';

export interface CompiledGroup {
  group: ParticipantGroup;
  criteria: CompiledCriterion[];
  eligibility: CompiledRule;
  /** Reused between evaluations (single-threaded JavaScript): holds values while one participant is assessed. */
  scratch: unknown[];
}

export type CompiledMovement = ReadonlyMap<ParticipantKind, CompiledGroup>;

const cache = new WeakMap<Movement, CompiledMovement>();

export const compileMovement = (movement: Movement): CompiledMovement => {
  const cached = cache.get(movement);
  if (cached) return cached;
  const compiled = new Map<ParticipantKind, CompiledGroup>();
  for (const group of movement.participantGroups) {
    const criteria = movement.criteria.filter((c) => c.appliesTo.includes(group.kind)).map(compileCriterion);
    const indexOf = new Map(criteria.map((c, i) => [c.criterion.id, i]));
    compiled.set(group.kind, { group, criteria, eligibility: compileRule(group.eligibility, indexOf), scratch: [] });
  }
  cache.set(movement, compiled);
  return compiled;
};
