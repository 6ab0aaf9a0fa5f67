// The sign-in limit over HTTP cannot be walked around: an encoded procedure name and a batch of calls each count, the
// client's address comes from X-Forwarded-For only through a trusted proxy, and with Redis two instances share it.
import { LIMITS } from '@thidua/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { redisAvailable } from './testing/redis.js';

const LIMIT = LIMITS.loginPerAddress.limit;
const WRONG = (i: number) => ({ username: `khong-co-${i}`, password: 'sai-mat-khau' });
const json = { 'content-type': 'application/json' };

/** The tRPC code of each call of a response (one call, or a batch). */
const codes = (body: string): string[] => {
  const parsed = JSON.parse(body) as unknown;
  return (Array.isArray(parsed) ? parsed : [parsed]).map(
    (r: { error?: { data?: { code?: string } } }) => r.error?.data?.code ?? 'OK',
  );
};

describe('sign-in limits over HTTP', () => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness('sqlite', { TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => h?.close());

  it('counts a procedure name spelled with %2E like any other', async () => {
    const seen: string[] = [];
    for (let i = 0; i < LIMIT + 3; i++) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/trpc/auth%2Elogin',
        headers: { ...json, 'x-forwarded-for': '198.51.100.1' },
        payload: WRONG(i),
      });
      seen.push(...codes(res.body));
    }
    expect(seen.slice(0, LIMIT).every((c) => c === 'UNAUTHORIZED')).toBe(true);
    expect(seen.slice(LIMIT)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });

  it('counts every call of a batch: three batches of 10 give 20 refusals for the password and 10 for the limit', async () => {
    const seen: string[] = [];
    for (let b = 0; b < 3; b++) {
      const payload = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i), WRONG(b * 10 + i)]));
      const res = await h.app.inject({
        method: 'POST',
        url: `/trpc/${Array(10).fill('auth.login').join(',')}?batch=1`,
        headers: { ...json, 'x-forwarded-for': '198.51.100.2' },
        payload,
      });
      seen.push(...codes(res.body));
    }
    expect(seen.filter((c) => c === 'UNAUTHORIZED')).toHaveLength(LIMIT);
    expect(seen.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(30 - LIMIT);
  });

  it('believes X-Forwarded-For from the trusted proxy only: a district behind one proxy is many clients, a direct caller cannot pick one', async () => {
    const other = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'x-forwarded-for': '198.51.100.3' },
      payload: WRONG(0),
    });
    expect(codes(other.body)).toEqual(['UNAUTHORIZED']);
    // From an address that is not the trusted proxy, the header is ignored: the connection's address counts.
    const direct = [];
    for (let i = 0; i < LIMIT + 1; i++) {
      const res = await h.app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        remoteAddress: '203.0.113.50',
        headers: { ...json, 'x-forwarded-for': `10.0.0.${i}` },
        payload: WRONG(i),
      });
      direct.push(...codes(res.body));
    }
    expect(direct.at(-1)).toBe('TOO_MANY_REQUESTS');
  });
});

describe('public read limit over HTTP', () => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness('sqlite', { TRUST_PROXY: '127.0.0.1' });
  });
  afterAll(async () => h?.close());
  const PUBLIC = LIMITS.publicPerAddress.limit;
  const from = (address: string) => ({ 'x-forwarded-for': address });

  it('counts every public read of an address, cached answers and encoded spellings included, then answers 429 with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC; i++) {
      // Alternate a cached REST read, the same route spelled with an encoded letter, and an anonymous tRPC call.
      const url = i % 3 === 0 ? '/api/public/units' : i % 3 === 1 ? '/api/public/unit%73' : '/trpc/movement.get';
      statuses.push((await h.app.inject({ url, headers: from('198.51.100.20') })).statusCode);
    }
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const refused = await h.app.inject({ url: '/api/public/units', headers: from('198.51.100.20') });
    expect([refused.statusCode, Number(refused.headers['retry-after']) > 0, refused.json().error.message]).toEqual([
      429,
      true,
      expect.stringContaining('Quá nhiều yêu cầu'),
    ]);
    const trpc = await h.app.inject({ url: '/trpc/movement.get', headers: from('198.51.100.20') });
    expect(codes(trpc.body)).toEqual(['TOO_MANY_REQUESTS']);
    // Another address, and a signed-in officer's work, are not held back by it.
    expect((await h.app.inject({ url: '/api/public/units', headers: from('198.51.100.21') })).statusCode).toBe(200);
  });
});

describe.runIf(await redisAvailable())('sign-in limits shared through Redis', () => {
  let a: HttpHarness;
  let b: HttpHarness;
  const url = 'redis://127.0.0.1:6379';
  beforeAll(async () => {
    a = await createHttpHarness('sqlite', { REDIS_URL: url });
    b = await createHttpHarness('sqlite', { REDIS_URL: url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('two instances count one limit: attempts spread over both are refused after the limit', async () => {
    // A fresh address per run: the Redis counters outlive the test.
    const ip = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const seen: string[] = [];
    for (let i = 0; i < LIMIT + 2; i++) {
      const res = await (i % 2 === 0 ? a : b).app.inject({
        method: 'POST',
        url: '/trpc/auth.login',
        remoteAddress: ip,
        headers: json,
        payload: { username: `redis-${Date.now()}-${i}`, password: 'x' },
      });
      seen.push(...codes(res.body));
    }
    expect(seen.slice(0, LIMIT).every((c) => c === 'UNAUTHORIZED')).toBe(true);
    expect(seen.slice(LIMIT)).toEqual(['TOO_MANY_REQUESTS', 'TOO_MANY_REQUESTS']);
  });
});
