// The first administrator of a real installation, created once from the server's command line (never over HTTP):
// a one-time password to change at first sign-in, where the second factor is enrolled too.
import type { Db, Provider } from '@thidua/db';
import { writeAudit } from '../audit/write-audit.js';
import { hashPassword } from '../auth/password.js';
import { usernameSchema } from '../auth/username.js';
import { oneTimePassword } from './one-time-password.js';

/** A refusal the command line prints as it is, in both languages. */
export class InstallError extends Error {
  constructor(readonly text: { vi: string; en: string }) {
    super(`${text.vi} | ${text.en}`);
  }
}

/** No account at all: a database never used (the demo data is seeded into it on first run when asked). */
export const hasNoAccount = async (db: Db): Promise<boolean> => (await db.user.count()) === 0;

/** Whether an administrator account exists (a disabled one counts: bootstrap is for an empty installation only). */
export const hasAdministrator = async (db: Db): Promise<boolean> =>
  (await db.user.count({ where: { role: 'ADMIN' } })) > 0;

export interface BootstrapInput {
  username: string;
  displayName?: string;
  now: Date;
}

export const bootstrapAdministrator = async (
  database: { db: Db; provider: Provider },
  input: BootstrapInput,
): Promise<{ username: string; password: string }> => {
  const name = usernameSchema.safeParse(input.username);
  if (!name.success)
    throw new InstallError({
      vi: name.error.issues[0]!.message.split(' / ')[0]!,
      en: name.error.issues[0]!.message.split(' / ')[1] ?? name.error.issues[0]!.message,
    });
  const username = name.data;
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  const refused = new InstallError({
    vi: 'Đã có tài khoản quản trị: lệnh khởi tạo chỉ chạy một lần trên cơ sở dữ liệu mới. Hãy nhờ một quản trị viên tạo hoặc mở lại tài khoản.',
    en: 'An administrator account exists: bootstrap runs once, on a new database. Ask an administrator to create or re-enable an account.',
  });
  await database.db.$transaction(async (tx) => {
    // Two bootstraps at once: SQLite's writer and PostgreSQL's lock on the audit chain let exactly one see no administrator.
    if (database.provider === 'postgresql') await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(7406)');
    if ((await tx.user.count({ where: { role: 'ADMIN' } })) > 0) throw refused;
    if (await tx.user.findUnique({ where: { username }, select: { id: true } }))
      throw new InstallError({ vi: `Tên đăng nhập ${username} đã có`, en: `The username ${username} exists` });
    const user = await tx.user.create({
      data: {
        username,
        displayName: input.displayName?.trim() || username,
        role: 'ADMIN',
        passwordHash,
        mustChangePassword: true,
        createdAt: input.now,
        passwordChangedAt: input.now,
      },
      select: { id: true },
    });
    await writeAudit(
      tx,
      { actor: null, requestId: 'cli:admin-bootstrap', now: () => input.now },
      { action: 'admin.bootstrap', entity: 'User', entityId: user.id, data: { username } },
      database.provider === 'postgresql',
    );
  });
  return { username, password };
};
