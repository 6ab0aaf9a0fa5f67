// Through the HTTP server, on SQLite and PostgreSQL: while a change is half-written and then fails, officials keep
// signing in, failing to sign in and using their sessions. None of that rides on the failing change: the sign-ins,
// the failure counters and the sessions are all there after it rolled back, and nobody saw its rows meanwhile.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';

const json = { 'content-type': 'application/json' };
const providers = await testProviders();

describe.each(providers)('sign-ins beside a failing change on %s', (provider) => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness(provider);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps every sign-in, failed attempt and session written while another change rolls back', async () => {
    const db = h.api.t.db;
    const [sessionsBefore, attemptsBefore] = [await db.session.count(), await db.loginAttempt.count()];
    let written!: () => void;
    const halfWay = new Promise<void>((resolve) => (written = resolve));
    let fail!: () => void;
    const failNow = new Promise<void>((resolve) => (fail = resolve));
    // A change that writes an org unit and a user's failure counter, then fails, as a mutation meeting a bad row would.
    const failing = db.$transaction(async (tx) => {
      await tx.orgUnit.create({
        data: { id: 'U-ROLLED-BACK', name: 'x', nameEn: 'x', kind: 'commune', validFrom: '2000-01-01' },
      });
      await tx.user.updateMany({ where: { username: 'xa.myson' }, data: { failedLogins: 99 } });
      written();
      await failNow;
      throw new Error('a bad row');
    });
    await halfWay;

    const signIns = Promise.all([
      h.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: json,
        payload: { username: 'xa.lamson', password: PASSWORD },
      }),
      h.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: json,
        payload: { username: 'yte', password: PASSWORD },
      }),
      h.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        headers: json,
        payload: { username: 'xa.myson', password: 'wrong password' },
      }),
    ]);
    // Reads meanwhile see only what was committed.
    expect(await db.orgUnit.count({ where: { id: 'U-ROLLED-BACK' } })).toBe(0);
    expect((await h.app.inject({ url: '/api/public/leaderboard?year=2025&kind=commune' })).statusCode).toBe(200);
    fail();
    await expect(failing).rejects.toThrow('a bad row');
    const [lamson, yte, myson] = await signIns;

    expect(lamson!.statusCode).toBe(200);
    expect(yte!.statusCode).toBe(200);
    expect(myson!.statusCode).toBe(401);
    const cookie = String(lamson!.headers['set-cookie']).split(';')[0]!;
    expect((await h.app.inject({ url: '/trpc/auth.me', headers: { cookie } })).statusCode).toBe(200);
    expect(await db.session.count()).toBe(sessionsBefore + 2);
    expect(await db.loginAttempt.count()).toBe(attemptsBefore + 3);
    // The wrong password counted once, on top of what was committed, not of the rolled-back 99.
    expect(
      (await db.user.findUniqueOrThrow({ where: { username: 'xa.myson' }, select: { failedLogins: true } }))
        .failedLogins,
    ).toBe(1);
    expect(await db.orgUnit.count({ where: { id: 'U-ROLLED-BACK' } })).toBe(0);
  });
});
