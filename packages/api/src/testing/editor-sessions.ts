// Ready-signed-in unit editors for load tests and benchmarks: users and sessions stored exactly as sign-in stores them,
// without paying for thousands of password hashes.
import { randomBytes } from 'node:crypto';
import type { Db } from '@thidua/db';
import { sessionIdOf } from '../auth/session-token.js';
import { SESSION_ABSOLUTE_MS } from '../auth/session.js';

export const SESSION_COOKIE_NAME = '__Host-thidua_session';

/** One UNIT-EDITOR per unit with a live session; returns the Cookie header of each, in the order of `unitIds`. */
export const createEditorSessions = async (db: Db, unitIds: readonly string[]): Promise<string[]> => {
  const tokens = unitIds.map(() => randomBytes(20).toString('hex'));
  await db.user.createMany({
    data: unitIds.map((unitId) => ({
      id: `USR-${unitId}`,
      username: `editor.${unitId.toLowerCase()}`,
      displayName: unitId,
      passwordHash: '!',
      role: 'UNIT-EDITOR',
      unitId,
    })),
  });
  const expiresAt = new Date(Date.now() + SESSION_ABSOLUTE_MS);
  await db.session.createMany({
    data: unitIds.map((unitId, i) => ({ id: sessionIdOf(tokens[i]!), userId: `USR-${unitId}`, expiresAt })),
  });
  return tokens.map((token) => `${SESSION_COOKIE_NAME}=${token}`);
};

/** A live session of an existing user, past the authenticator step: for benchmarks that act as Culture or Home Affairs. */
export const createVerifiedSession = async (db: Db, userId: string): Promise<string> => {
  const token = randomBytes(20).toString('hex');
  await db.session.create({
    data: { id: sessionIdOf(token), userId, expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_MS), mfaVerified: true },
  });
  return `${SESSION_COOKIE_NAME}=${token}`;
};
