import { gunzipSync, gzipSync } from 'node:zlib';
import { generateTOTP } from '@oslojs/otp';
import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { PASSWORD, TOTP_SECRET } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BATCH_SIZE } from './server.js';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';

const providers = await testProviders();
const json = { 'content-type': 'application/json' };

describe.each(providers)('HTTP API on %s', (provider) => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness(provider);
  });
  afterAll(async () => {
    await h?.close();
  });

  const login = async (username: string) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: json,
      payload: { username, password: PASSWORD },
    });
    const setCookie = String(res.headers['set-cookie'] ?? '');
    return { res, setCookie, cookie: setCookie.split(';')[0] ?? '' };
  };

  it('answers /healthz and sends security headers', async () => {
    const res = await h.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: provider });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'self' https://ninhson.ninhthuan.gov.vn");
    expect(res.headers['strict-transport-security']).toContain('max-age=31536000');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  it('gzips an answer for a browser that asks, and never inflates a compressed request', async () => {
    const plain = await h.app.inject({ url: '/trpc/movement.get' });
    const zipped = await h.app.inject({
      url: '/trpc/movement.get',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('accept-encoding');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    // A small answer is not worth it.
    expect(
      (await h.app.inject({ url: '/healthz', headers: { 'accept-encoding': 'gzip' } })).headers['content-encoding'],
    ).toBeUndefined();
    // A request body sent compressed is read as it came, never inflated: here it is not JSON, so nobody signs in.
    const packed = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ username: 'lanhdao', password: PASSWORD })),
    });
    expect(packed.statusCode).toBeGreaterThanOrEqual(400);
    expect(packed.statusCode).toBeLessThan(500);
    expect(packed.headers['set-cookie']).toBeUndefined();
  });

  it('signs in with a __Host- cookie that is Secure, HttpOnly and SameSite=Lax', async () => {
    const { res, setCookie } = await login('xa.lamson');
    expect(res.statusCode).toBe(200);
    expect(setCookie).toMatch(/^__Host-thidua_session=[a-z0-9]{32};/);
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain('Secure');
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).not.toContain('Domain=');
  });

  it('uses the cookie for later calls, and logout ends the session on the server', async () => {
    const { cookie } = await login('xa.lamson');
    const me = await h.app.inject({ url: '/trpc/auth.me', headers: { cookie } });
    expect(me.json().result.data.username).toBe('xa.lamson');
    await h.app.inject({ method: 'POST', url: '/trpc/auth.logout', headers: { ...json, cookie }, payload: {} });
    expect((await h.app.inject({ url: '/trpc/auth.me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses form posts, foreign origins, cross-site requests and mutations over GET', async () => {
    const form = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'username=a&password=b',
    });
    expect(form.statusCode).toBe(403);
    const foreign = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, origin: 'https://evil.example' },
      payload: { username: 'a', password: 'b' },
    });
    expect(foreign.statusCode).toBe(403);
    const crossSite = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, 'sec-fetch-site': 'cross-site' },
      payload: { username: 'a', password: 'b' },
    });
    expect(crossSite.statusCode).toBe(403);
    const allowed = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { ...json, origin: 'https://thidua.ninhson.example' },
      payload: { username: 'a', password: 'b' },
    });
    expect(allowed.statusCode).toBe(401);
    const getMutation = await h.app.inject({
      url: `/trpc/auth.login?input=${encodeURIComponent(JSON.stringify({ username: 'a', password: 'b' }))}`,
    });
    expect(getMutation.statusCode).toBe(405);
  });

  it('refuses batches above the limit and oversized bodies quickly with 4xx', async () => {
    const paths = Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'movement.timeline').join(',');
    const big = await h.app.inject({ url: `/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}` });
    expect(big.statusCode).toBe(400);
    const body = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: json,
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(body.statusCode).toBe(413);
  });

  it('hides internals: a failing database gives a generic message and a request id', async () => {
    const { cookie } = await login('xa.lamson');
    const bad = await h.app.inject({
      url: `/trpc/reports.get?input=${encodeURIComponent(JSON.stringify({ unitId: 'U-LAM-SON', year: 19999 }))}`,
      headers: { cookie },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.data.fieldErrors.year).toBeDefined();
    // A well-formed year the movement does not report in: refused in the domain's words, naming its years.
    const outside = await h.app.inject({
      url: `/trpc/reports.get?input=${encodeURIComponent(JSON.stringify({ unitId: 'U-LAM-SON', year: 1999 }))}`,
      headers: { cookie },
    });
    expect([outside.statusCode, outside.json().error.message]).toEqual([
      400,
      expect.stringContaining('Năm 1999 không phải năm báo cáo của phong trào (2022–2025)'),
    ]);
    const original = h.api.t.db.orgUnit.findUnique.bind(h.api.t.db.orgUnit);
    (h.api.t.db.orgUnit as { findUnique: unknown }).findUnique = () =>
      Promise.reject(new Error('SQLITE_CORRUPT: select * from "OrgUnit" secret detail'));
    try {
      const res = await h.app.inject({
        url: `/trpc/reports.get?input=${encodeURIComponent(JSON.stringify({ unitId: 'U-LAM-SON', year: 2025 }))}`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(500);
      const text = res.body;
      expect(text).not.toMatch(/SQLITE|select|secret|at \//);
      expect(res.json().error.message).toContain('mã yêu cầu');
      expect(res.json().error.data.requestId).toMatch(/[0-9a-f-]{36}/);
    } finally {
      (h.api.t.db.orgUnit as { findUnique: unknown }).findUnique = original;
    }
  });

  it('asks an approver for the TOTP code over HTTP, then lets them work', async () => {
    const { cookie, res } = await login('vhtt');
    expect(res.json().result.data.mfa).toBe('required');
    const before = await h.app.inject({
      url: `/trpc/reports.get?input=${encodeURIComponent(JSON.stringify({ unitId: 'U-LAM-SON', year: 2025 }))}`,
      headers: { cookie },
    });
    expect(before.statusCode).toBe(401);
    const code = generateTOTP(decodeBase32IgnorePadding(TOTP_SECRET), 30, 6);
    const verified = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.verifyTotp',
      headers: { ...json, cookie },
      payload: { code },
    });
    expect(verified.statusCode).toBe(200);
    // The second factor comes with a new session cookie; the one from before it is worth nothing now.
    const renewed = String(verified.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    expect(renewed).toMatch(/=.+/);
    expect(renewed).not.toBe(cookie);
    const reportGet = `/trpc/reports.get?input=${encodeURIComponent(JSON.stringify({ unitId: 'U-LAM-SON', year: 2025 }))}`;
    expect((await h.app.inject({ url: reportGet, headers: { cookie } })).statusCode).toBe(401);
    expect((await h.app.inject({ url: reportGet, headers: { cookie: renewed } })).statusCode).toBe(200);
  });

  it('publishes the leaderboard from approved data only, as JSON and CSV, without personal data', async () => {
    await h.api.t.db.report.create({
      data: {
        movementId: 'ninh-son-dx-2021-2025',
        unitId: 'U-MY-SON',
        year: 2025,
        status: 'submitted',
        values: { create: [{ key: 'C-COMM-DOSSIERS', numberValue: 99 }] },
      },
    });
    const res = await h.app.inject({ url: '/api/public/leaderboard?year=2025&kind=commune' });
    expect(res.statusCode).toBe(200);
    const mySon = res.json().rows.find((r: { unit_id: string }) => r.unit_id === 'U-MY-SON');
    expect(mySon).toMatchObject({ reported: false, criteria_met: 0 });
    const csv = await h.app.inject({ url: '/api/public/leaderboard?year=2025&kind=commune&format=csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      '\uFEFFposition,rank,unit_id,unit_name,reported,eligibility,score,criteria_met,criteria_not_met,criteria_missing',
    );
    const units = await h.app.inject({ url: '/api/public/units' });
    expect(units.body).not.toMatch(/email|phone|passwordHash|@/);
    expect((await h.app.inject({ url: '/api/public/leaderboard?year=1990&kind=commune' })).statusCode).toBe(400);
  });

  it('publishes reporting completeness and target progress', async () => {
    const deadlines = (await h.app.inject({ url: '/api/public/deadlines?year=2025' })).json();
    expect(deadlines.onTime + deadlines.late + deadlines.missing).toBe(deadlines.rows.length);
    const targets = (await h.app.inject({ url: '/api/public/targets' })).json();
    expect(targets.map((t: { targetId: string }) => t.targetId)).toContain('T-G3-EPAYMENT');
    expect((await h.app.inject({ url: '/api/public/deadlines?year=abc' })).statusCode).toBe(400);
  });

  it('logs who, what and when with a request id, and never a password, token or cookie', async () => {
    const { cookie } = await login('xa.lamson');
    const token = cookie.split('=')[1]!;
    await h.app.inject({
      url: '/trpc/auth.me',
      headers: { cookie, authorization: `Bearer ${token}`, 'user-agent': 'Điện thoại của xã' },
    });
    const lines = h.logs.join('\n');
    expect(lines).toContain('"reqId"');
    // The request's headers are logged for investigations (the client is there) with the credentials censored.
    const line = h.logs.find((l) => l.includes('Điện thoại của xã')) ?? '';
    expect(line).toContain('"cookie":"[ẩn]"');
    expect(line).toContain('"authorization":"[ẩn]"');
    expect(lines).toContain('"time":"20');
    expect(lines).not.toContain(PASSWORD);
    expect(lines).not.toContain(token);
    const failing = h.logs.filter((l) => l.includes('"level":50'));
    expect(failing.some((l) => l.includes('SQLITE_CORRUPT') || l.includes('procedure failed'))).toBe(true); // the detail stays in the server log
  });

  it('describes the public API in OpenAPI', async () => {
    const doc = (await h.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/public/leaderboard');
  });
});
