// While one request's transaction is open, another request's statements stay outside it: they never see its
// uncommitted rows, never wait for it to finish reading, and are never rolled back with it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testProviders, type TestDatabase } from './testing/index.js';

const providers = await testProviders();

const attempt = (username: string) => ({ data: { username, success: false, reason: 'isolation test' } });

describe.each(providers)('isolation on %s', (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await t?.destroy();
  });

  it('a write outside a failing transaction survives it, and a read outside sees only committed rows at once', async () => {
    let inside!: () => void;
    const written = new Promise<void>((resolve) => (inside = resolve));
    let finish!: () => void;
    const release = new Promise<void>((resolve) => (finish = resolve));

    const failing = t.db.$transaction(async (tx) => {
      await tx.loginAttempt.create(attempt('inside-the-transaction'));
      inside();
      await release;
      throw new Error('the mutation fails after writing');
    });
    await written;

    // The read answers while the transaction is still open (it does not queue behind the writer)…
    const seen = await t.db.loginAttempt.findMany({ select: { username: true } });
    expect(seen.map((r) => r.username)).not.toContain('inside-the-transaction');
    // …and the outside write is sent now; on SQLite it waits for its turn, it does not join the open transaction.
    const outsideWrite = t.db.loginAttempt.create(attempt('outside-the-transaction'));

    finish();
    await expect(failing).rejects.toThrow('the mutation fails after writing');
    await outsideWrite;

    const after = (await t.db.loginAttempt.findMany({ select: { username: true } })).map((r) => r.username);
    expect(after).toContain('outside-the-transaction');
    expect(after).not.toContain('inside-the-transaction');
  });

  it('a committed transaction is visible to the next read outside it', async () => {
    await t.db.$transaction(async (tx) => {
      await tx.loginAttempt.create(attempt('committed'));
    });
    expect(await t.db.loginAttempt.count({ where: { username: 'committed' } })).toBe(1);
  });

  it('many outside writes during many failing transactions: every outside write is kept, no inside write is', async () => {
    const failures = Array.from({ length: 20 }, (_, i) =>
      t.db
        .$transaction(async (tx) => {
          await tx.loginAttempt.create(attempt(`rolled-back-${i}`));
          await new Promise((resolve) => setTimeout(resolve, 2));
          throw new Error('fails');
        })
        .catch(() => 'failed'),
    );
    const outside = Array.from({ length: 50 }, (_, i) => t.db.loginAttempt.create(attempt(`kept-${i}`)));
    expect(await Promise.all(failures)).toEqual(Array(20).fill('failed'));
    await Promise.all(outside);
    expect(await t.db.loginAttempt.count({ where: { username: { startsWith: 'kept-' } } })).toBe(50);
    expect(await t.db.loginAttempt.count({ where: { username: { startsWith: 'rolled-back-' } } })).toBe(0);
  });
});
