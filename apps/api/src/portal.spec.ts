// What the district portal may read: CORS for configured portal origins only, and published award results that
// hold names and decisions, never contact data or what is not yet decided.
import { testProviders } from '@thidua/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from './env.js';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { ninhSonDx2021_2025 } from '@thidua/domain';

const NINH_SON = ninhSonDx2021_2025.id;

const providers = await testProviders();
const PORTAL = 'https://ninhson.ninhthuan.gov.vn';

describe('PORTAL_ORIGINS', () => {
  it('must be exact origins: a trailing slash, a path or capitals would never match a browser and are refused at start', () => {
    expect(
      readEnv({ PORTAL_ORIGINS: 'https://ninhson.ninhthuan.gov.vn, http://localhost:4290' }).PORTAL_ORIGINS,
    ).toEqual(['https://ninhson.ninhthuan.gov.vn', 'http://localhost:4290']);
    for (const bad of [
      'https://ninhson.ninhthuan.gov.vn/',
      'https://ninhson.ninhthuan.gov.vn/tin-tuc',
      'https://NinhSon.gov.vn',
      'ninhson.gov.vn',
    ]) {
      expect(() => readEnv({ PORTAL_ORIGINS: bad }), bad).toThrow(/không có dấu \/ ở cuối/);
    }
  });
});

describe.each(providers)('portal access on %s', (provider) => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness(provider);
    const db = h.api.t.db;
    await db.person.create({
      data: {
        id: 'P-PORTAL-1',
        fullName: 'Trần Thị Bích',
        unitId: 'U-LAM-SON',
        email: 'bich@example.invalid',
        phone: '0912 345 678',
      },
    });
    const base = {
      movementId: NINH_SON,
      reviewId: 'R-INTERIM',
      proposedByUnitId: 'U-LAM-SON',
      proposedBy: 'test',
      achievements: 'Thành tích xuất sắc trong chuyển đổi số năm 2023',
      eligibleSnapshot: true,
    };
    await db.nomination.createMany({
      data: [
        {
          ...base,
          id: 'N-AWARDED-UNIT',
          awardClass: 'collective',
          unitId: 'U-LAM-SON',
          status: 'awarded',
          scoreSnapshot: 90,
        },
        { ...base, id: 'N-AWARDED-PERSON', awardClass: 'individual', personId: 'P-PORTAL-1', status: 'awarded' },
        {
          ...base,
          id: 'N-VOTED-ONLY',
          awardClass: 'collective',
          unitId: 'U-MY-SON',
          status: 'voted',
          scoreSnapshot: 95,
        },
      ],
    });
    await db.awardDecision.create({
      data: {
        movementId: NINH_SON,
        reviewId: 'R-INTERIM',
        number: '77/QĐ-UBND',
        date: '2023-12-28',
        signer: 'Chủ tịch UBND huyện',
        createdBy: 'test',
        items: {
          create: [
            { nominationId: 'N-AWARDED-UNIT', awardClass: 'collective' },
            { nominationId: 'N-AWARDED-PERSON', awardClass: 'individual' },
          ],
        },
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('sends CORS headers to a configured portal origin, answers its preflight, and varies on Origin', async () => {
    const res = await h.app.inject({ url: '/api/public/timeline', headers: { origin: PORTAL } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(PORTAL);
    expect(res.headers.vary).toContain('Origin');
    const preflight = await h.app.inject({
      method: 'OPTIONS',
      url: '/api/public/leaderboard?year=2025&kind=commune',
      headers: { origin: PORTAL, 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-methods']).toContain('GET');
  });

  it('refuses another origin with a readable reason and no CORS header; servers and same-origin pages need none', async () => {
    const res = await h.app.inject({ url: '/api/public/timeline', headers: { origin: 'https://evil.example' } });
    expect(res.statusCode).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.json().error.message).toContain('PORTAL_ORIGINS');
    const preflight = await h.app.inject({
      method: 'OPTIONS',
      url: '/api/public/timeline',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(preflight.statusCode).toBe(403);
    const plain = await h.app.inject({ url: '/api/public/timeline' });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers['access-control-allow-origin']).toBeUndefined();
    // The ping lets a refused widget tell "not registered" from "down": empty, readable by no one, loadable by anyone.
    const ping = await h.app.inject({ url: '/api/public/ping', headers: { origin: 'https://evil.example' } });
    expect(ping.statusCode).toBe(204);
    expect(ping.body).toBe('');
    expect(ping.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(ping.headers['access-control-allow-origin']).toBe('*');
    // A percent-encoded path reaches the same handler: it meets the same guard.
    const encoded = await h.app.inject({ url: '/api/publi%63/timeline', headers: { origin: 'https://evil.example' } });
    expect(encoded.statusCode).toBe(403);
    // The signed-in API is not opened to portals by this.
    const trpc = await h.app.inject({ url: '/trpc/movement.timeline', headers: { origin: PORTAL } });
    expect(trpc.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('publishes decided awards with name, unit and decision, never contact data or undecided nominations', async () => {
    const res = await h.app.inject({ url: '/api/public/awards?review=R-INTERIM', headers: { origin: PORTAL } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.decisions).toEqual([
      { number: '77/QĐ-UBND', date: '2023-12-28', signer: 'Chủ tịch UBND huyện', awards: 2 },
    ]);
    expect(body.awards.map((a: { awardee: string; awardClass: string }) => [a.awardClass, a.awardee]).sort()).toEqual([
      ['collective', 'xã Lâm Sơn'],
      ['individual', 'Trần Thị Bích'],
    ]);
    expect(body.quotas).toEqual([
      { awardClass: 'collective', max: 5, awarded: 1 },
      { awardClass: 'individual', max: 5, awarded: 1 },
    ]);
    expect(res.body).not.toMatch(/example\.invalid|0912|U-MY-SON|achievements/);
    expect((await h.app.inject({ url: '/api/public/awards?review=R-FINAL' })).json().awards).toEqual([]);
    // A review id of the right shape the movement does not have is named as missing; a malformed one is refused.
    expect((await h.app.inject({ url: '/api/public/awards?review=R-OTHER' })).statusCode).toBe(404);
    expect((await h.app.inject({ url: '/api/public/awards?review=r-final' })).statusCode).toBe(400);
  });
});
