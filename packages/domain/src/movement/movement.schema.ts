// A whole emulation movement as data: the one source of truth the API, UI and documents read.
import { z } from 'zod';
import { localizedTextSchema } from '../i18n/localized-text.js';
import { authorityChangeSchema } from './authority.schema.js';
import { awardingSchema, DEFAULT_AWARDING } from './awarding.schema.js';
import { criterionSchema } from './criterion.schema.js';
import { DEFAULT_DUTIES, dutiesSchema } from './duties.schema.js';
import { roleSchema, sectorSchema } from './organisation.schema.js';
import { participantGroupSchema } from './participant.schema.js';
import { targetGroupSchema, targetSchema } from './target.schema.js';
import { timelineSchema } from './timeline.schema.js';

export const MOVEMENT_SCHEMA_VERSION = 1;

export const movementSchema = z.strictObject({
  schemaVersion: z.literal(MOVEMENT_SCHEMA_VERSION),
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  name: localizedTextSchema,
  issuer: localizedTextSchema,
  awardGrantor: localizedTextSchema,
  /** Dated changes of issuer and grantor (a reorganisation); none for a movement whose authority never changed. */
  authorities: z.array(authorityChangeSchema).default([]),
  scope: localizedTextSchema,
  timeZone: z.string().min(1),
  participantGroups: z.array(participantGroupSchema).min(1),
  criteria: z.array(criterionSchema).min(1),
  targetGroups: z.array(targetGroupSchema),
  targets: z.array(targetSchema),
  timeline: timelineSchema,
  roles: z.array(roleSchema),
  sectors: z.array(sectorSchema),
  /** How awardees are chosen: the period rule, the council's ballot rule and the dossier. */
  awarding: awardingSchema.default(DEFAULT_AWARDING),
  /** Who may not do two steps of the same work (separation of duties). */
  duties: dutiesSchema.default(DEFAULT_DUTIES),
});

export type Movement = z.infer<typeof movementSchema>;
export type MovementInput = z.input<typeof movementSchema>;
