// Which of a movement's criteria a kind of participant is measured by: what a form for that kind asks, and what an
// API accepts as its facts.
import type { Criterion } from './criterion.schema.js';
import type { Movement } from './movement.schema.js';
import type { ParticipantKind } from './participant.schema.js';

export const criteriaFor = (movement: Movement, kind: ParticipantKind): Criterion[] =>
  movement.criteria.filter((c) => c.appliesTo.includes(kind));
