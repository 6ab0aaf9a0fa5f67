// The single entry for untrusted movement definitions (files, database rows, API input).
import type { LocalizedText } from '../i18n/localized-text.js';
import { movementConsistencyProblems } from './movement-consistency.js';
import { movementSchema, type Movement } from './movement.schema.js';
import { issuePath, zodIssueText } from './zod-issue-text.js';

export interface MovementError {
  path: string;
  code: string;
  message: LocalizedText;
}

export type ParseMovementResult = { ok: true; movement: Movement } | { ok: false; errors: MovementError[] };

export const parseMovement = (input: unknown): ParseMovementResult => {
  const parsed = movementSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => ({
        path: issuePath(issue),
        code: issue.code.toUpperCase(),
        message: zodIssueText(issue),
      })),
    };
  }
  const problems = movementConsistencyProblems(parsed.data);
  return problems.length > 0 ? { ok: false, errors: problems } : { ok: true, movement: parsed.data };
};
