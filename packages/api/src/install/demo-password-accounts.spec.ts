// Production's start check finds every account that still opens with the published demo password, whichever hash
// format it was stored in (the seed's scrypt, or argon2id after a sign-in re-hashed it).
import { DEMO_PASSWORD, scryptHash } from '@thidua/db/seed';
import { describe, expect, it } from 'vitest';
import { hashPassword } from '../auth/password.js';
import { useHarness } from '../testing/use-harness.js';
import { accountsWithDemoPassword } from './demo-password-accounts.js';

describe('accounts with the demo password', () => {
  const h = useHarness('sqlite');

  it('lists the accounts whose password is the demo one, and only those', async () => {
    expect(await accountsWithDemoPassword(h.t.db)).toEqual([]);
    await h.t.db.user.create({
      data: {
        username: 'demo.scrypt',
        displayName: 'x',
        role: 'LEADER',
        passwordHash: await scryptHash(DEMO_PASSWORD),
      },
    });
    await h.t.db.user.create({
      data: {
        username: 'demo.argon',
        displayName: 'x',
        role: 'ADMIN',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        disabledAt: h.clock.now,
      },
    });
    await h.t.db.user.create({
      data: {
        username: 'khac',
        displayName: 'x',
        role: 'LEADER',
        passwordHash: await hashPassword(`${DEMO_PASSWORD}!`),
      },
    });
    expect(await accountsWithDemoPassword(h.t.db)).toEqual(['demo.argon', 'demo.scrypt']);
  });
});
