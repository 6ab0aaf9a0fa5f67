// Database sessions with an idle timeout and an absolute lifetime; logout and disabling end them on the server.
import type { Db } from '@thidua/db';
import { languageOf } from '@thidua/domain';
import type { Actor } from '../context.js';
import { isRole, MFA_ROLES } from '../roles.js';
import { newSessionToken, sessionIdOf } from './session-token.js';

export const SESSION_IDLE_MS = 15 * 60_000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60_000;
const TOUCH_EVERY_MS = 60_000;

export const createSession = async (
  db: Db,
  userId: string,
  now: Date,
  meta: { mfaVerified: boolean; ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> => {
  const token = newSessionToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.session.create({
    data: {
      id: sessionIdOf(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      mfaVerified: meta.mfaVerified,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
  });
  return { token, expiresAt };
};

/** A new token for a session that has just proved more (the second factor): the old token ends, the new one keeps the
 * role it acted in. Fixation defence: whatever token existed before sign-in completed is worth nothing after it. */
export const replaceSession = async (
  db: Pick<Db, 'session'>,
  sessionId: string,
  now: Date,
  meta: { mfaVerified: boolean; ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> => {
  const old = await db.session.findUniqueOrThrow({
    where: { id: sessionId },
    select: { userId: true, grantId: true, expiresAt: true },
  });
  const token = newSessionToken();
  await db.session.create({
    data: {
      id: sessionIdOf(token),
      userId: old.userId,
      grantId: old.grantId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: old.expiresAt,
      mfaVerified: meta.mfaVerified,
      ip: meta.ip,
      userAgent: meta.userAgent,
    },
  });
  await db.session.delete({ where: { id: sessionId } });
  return { token, expiresAt: old.expiresAt };
};

/** The actor behind a token, or null when the session is unknown, expired, idle too long, or its user disabled. */
export const actorFromToken = async (db: Db, token: string | undefined, now: Date): Promise<Actor | null> => {
  if (!token) return null;
  const id = sessionIdOf(token);
  const session = await db.session.findUnique({
    where: { id },
    select: {
      id: true,
      lastSeenAt: true,
      expiresAt: true,
      mfaVerified: true,
      grant: { select: { id: true, role: true, unitId: true, sectorId: true } },
      user: {
        select: {
          id: true,
          username: true,
          displayName: true,
          role: true,
          unitId: true,
          sectorId: true,
          disabledAt: true,
          mustChangePassword: true,
          language: true,
        },
      },
    },
  });
  if (!session) return null;
  const idle = now.getTime() - session.lastSeenAt.getTime() > SESSION_IDLE_MS;
  if (idle || now >= session.expiresAt || session.user.disabledAt || !isRole(session.user.role)) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.session.updateMany({ where: { id }, data: { lastSeenAt: now } });
  }
  const u = session.user;
  // A session acting in a further role of the account takes that role's unit and sector with it.
  const acting =
    session.grant && isRole(session.grant.role)
      ? session.grant
      : { id: null, role: u.role, unitId: u.unitId, sectorId: u.sectorId };
  return {
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    role: acting.role as Actor['role'],
    unitId: acting.unitId,
    sectorId: acting.sectorId,
    grantId: acting.id,
    sessionId: id,
    mfaVerified: session.mfaVerified,
    mustChangePassword: u.mustChangePassword,
    language: languageOf(u.language),
  };
};

/** The sign-in is finished: a one-time password was replaced and, for roles that need it, the second factor confirmed.
 * Routes outside tRPC (files, uploads) accept only such sessions, as every procedure does. */
export const signInComplete = (actor: Actor): boolean =>
  !actor.mustChangePassword && (!MFA_ROLES.has(actor.role) || actor.mfaVerified);

/** The actor behind a token whose sign-in is complete, or null (unknown, expired, or still half-way through signing in). */
export const signedInActor = async (db: Db, token: string | undefined, now: Date): Promise<Actor | null> => {
  const actor = await actorFromToken(db, token, now);
  return actor && signInComplete(actor) ? actor : null;
};

export const endSession = async (db: Db, sessionId: string): Promise<void> => {
  await db.session.deleteMany({ where: { id: sessionId } });
};

export const endAllSessions = async (db: Db, userId: string): Promise<void> => {
  await db.session.deleteMany({ where: { userId } });
};
