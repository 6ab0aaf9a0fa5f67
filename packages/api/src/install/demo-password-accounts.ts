// Production refuses to start while any account still opens with the demo data's published password.
import type { Db } from '@thidua/db';
import { DEMO_PASSWORD } from '@thidua/db/seed';
import { verifyPassword } from '../auth/password.js';

/** Hash checks run four at a time (the password hasher's thread pool); about 40 ms each. */
const AT_ONCE = 4;

export const accountsWithDemoPassword = async (db: Db): Promise<string[]> => {
  const users = await db.user.findMany({
    select: { username: true, passwordHash: true },
    orderBy: { username: 'asc' },
  });
  const found: string[] = [];
  for (let i = 0; i < users.length; i += AT_ONCE) {
    const batch = users.slice(i, i + AT_ONCE);
    const hits = await Promise.all(batch.map((u) => verifyPassword(u.passwordHash, DEMO_PASSWORD)));
    batch.forEach((u, k) => hits[k] && found.push(u.username));
  }
  return found;
};
