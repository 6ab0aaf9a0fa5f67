// What every procedure knows about its call: the database, who is calling, and a request id for the logs.
import type { Limiter } from './abuse/limiter.js';
import type { Db, Provider } from '@thidua/db';
import type { Language } from '@thidua/domain';
import type { Role } from './roles.js';

/** What a long import is doing: creating the missing reports, then writing the values. */
export type ImportStep = 'reports' | 'values';

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  sectorId: string | null;
  /** The further role (UserGrant) this session acts in; null when it acts in the account's own role. */
  grantId: string | null;
  sessionId: string;
  mfaVerified: boolean;
  /** A one-time password (bootstrap, reset) must be replaced before anything but the sign-in flow is allowed. */
  mustChangePassword: boolean;
  /** The account's language (Vietnamese until chosen): files and e-mails made for it use it. */
  language: Language;
}

/** How the HTTP layer sets and clears the session cookie; tests pass a recorder. */
export interface SessionCookie {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  db: Db;
  provider: Provider;
  actor: Actor | null;
  requestId: string;
  now: () => Date;
  ip: string | null;
  userAgent: string | null;
  /** Where abuse limits are counted: shared by every instance (Redis) in apps/api when configured; this process's memory otherwise. */
  limiter?: Limiter;
  /** The key TOTP secrets are sealed with (TOTP_KEY in apps/api); absent: the public demo key. */
  totpKey?: Buffer;
  /** The key audit checkpoints are signed with (AUDIT_KEY in apps/api); absent: the public demo key. */
  auditKey?: Buffer;
  cookie: SessionCookie;
  /** This instance serves demo data (`pnpm start`): screens and documents say so. Production leaves it false. */
  demo?: boolean;
  /** The public HTTP route already counted this request against the public limit (its procedures do not count again). */
  publicCounted?: boolean;
  /** A long import reports how far it got (an HTTP route streams it to the browser); absent for ordinary calls. */
  progress?: (step: ImportStep, done: number, total: number) => void;
}
