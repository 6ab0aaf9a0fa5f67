// Every public read named in the OpenAPI document, in every text format, on a database holding unapproved values,
// undecided nominations and people's contact details: none of it may come out.
import { asStoredValues, COMMUNE_2025 } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from './public/openapi.js';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { serverRoutes } from './testing/server-routes.js';
import type { FastifyInstance } from 'fastify';
import { ninhSonDx2021_2025 } from '@thidua/domain';

const NINH_SON = ninhSonDx2021_2025.id;

const providers = await testProviders();
const MOVEMENT = 'ninh-son-dx-2021-2025';
/** Values and texts that exist only in unapproved or personal records. */
const SECRETS = [
  '77.77',
  '77,77',
  '88.88',
  '88,88',
  'secret@example.invalid',
  '0987 654 321',
  'Đề nghị chưa quyết định',
  'Ghi chú nội bộ',
  'Người góp ý Kín',
  'Ý kiến bị ẩn vì lộ số điện thoại',
];

const QUERY: Readonly<Record<string, string>> = { year: '2025', kind: 'commune', review: 'R-INTERIM' };
const FORMATS: Readonly<Record<string, readonly string[]>> = {
  '/api/public/leaderboard': ['json', 'csv'],
  '/api/public/open-data/values': ['json', 'csv'],
};

/** The public API's GET routes as OpenAPI writes their paths ("/api/public/documents/{code}"). */
const publicRoutes = (app: FastifyInstance): string[] =>
  serverRoutes(app)
    .filter((r) => r.startsWith('GET /api/public/'))
    .map((r) => r.slice('GET '.length).replace(/:(\w+)/g, '{$1}'));

describe.each(providers)('the public API on %s', (provider) => {
  let h: HttpHarness;
  beforeAll(async () => {
    h = await createHttpHarness(provider);
    const db = h.api.t.db;
    await db.person.create({
      data: {
        id: 'P-SECRET',
        fullName: 'Lê Thị Kín',
        unitId: 'U-LAM-SON',
        email: 'secret@example.invalid',
        phone: '0987 654 321',
      },
    });
    await db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-LAM-SON',
        year: 2025,
        status: 'approved',
        approvedAt: new Date('2025-12-20T03:00:00Z'),
        values: { create: asStoredValues(COMMUNE_2025) },
      },
    });
    await db.report.create({
      data: {
        movementId: MOVEMENT,
        unitId: 'U-MY-SON',
        year: 2025,
        status: 'verified',
        values: { create: [{ key: 'C-COMM-DOSSIERS', numberValue: 77.77 }] },
      },
    });
    await db.sectorReport.create({
      data: {
        movementId: MOVEMENT,
        sectorId: 'S-HEALTH',
        year: 2025,
        status: 'submitted',
        values: {
          create: [{ unitId: 'U-LAM-SON', indicatorId: 'I-HEALTH-EMR', numberValue: 88.88, note: 'Ghi chú nội bộ' }],
        },
      },
    });
    await db.targetObservation.create({
      data: {
        movementId: MOVEMENT,
        targetId: 'T-G3-EPAYMENT',
        year: 2025,
        sectorId: '',
        value: 88.88,
        status: 'recorded',
        enteredBy: 'test',
        enteredAt: new Date('2025-12-01T03:00:00Z'),
      },
    });
    await db.nomination.create({
      data: {
        id: 'N-SECRET',
        movementId: NINH_SON,
        reviewId: 'R-INTERIM',
        awardClass: 'individual',
        personId: 'P-SECRET',
        proposedByUnitId: 'U-LAM-SON',
        proposedBy: 'test',
        achievements: 'Đề nghị chưa quyết định',
        status: 'voted',
        eligibleSnapshot: true,
      },
    });
    // A nominee open for comment, with a comment whose author and contact are never published, and a hidden one.
    await db.person.create({
      data: {
        id: 'P-OPEN',
        fullName: 'Lê Văn Mở',
        unitId: 'U-LAM-SON',
        email: 'secret@example.invalid',
        phone: '0987 654 321',
      },
    });
    await db.nomination.create({
      data: {
        id: 'N-OPEN',
        movementId: NINH_SON,
        reviewId: 'R-INTERIM',
        awardClass: 'individual',
        personId: 'P-OPEN',
        proposedByUnitId: 'U-LAM-SON',
        proposedBy: 'test',
        achievements: 'Tham mưu số hóa hồ sơ',
        status: 'in_comment',
        commentsUntil: new Date('2099-01-01T00:00:00Z'),
      },
    });
    await db.publicComment.create({
      data: { nominationId: 'N-OPEN', body: 'Đồng ý đề nghị', authorName: 'Người góp ý Kín', contact: '0987 654 321' },
    });
    await db.publicComment.create({
      data: {
        nominationId: 'N-OPEN',
        body: 'Ý kiến bị ẩn vì lộ số điện thoại',
        authorName: 'Người góp ý Kín',
        contact: 'secret@example.invalid',
        hidden: true,
        hiddenReason: 'Lộ thông tin cá nhân',
      },
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const paths = Object.entries(openApiDocument.paths as Record<string, { get?: unknown }>)
    .filter(([p, ops]) => p.startsWith('/api/public/') && ops.get)
    .map(([p]) => p);

  it('covers every public route the server has: each one is in the OpenAPI document', () => {
    expect(new Set(publicRoutes(h.app))).toEqual(new Set(paths));
  });

  it.each(paths)('%s shows nothing unapproved, undecided or personal', async (path) => {
    const params = (
      (openApiDocument.paths as Record<string, { get?: { parameters?: ReadonlyArray<{ name: string }> } }>)[path]?.get
        ?.parameters ?? []
    ).map((p) => p.name);
    const base = params.filter((p) => QUERY[p] !== undefined).map((p) => `${p}=${QUERY[p]}`);
    for (const format of FORMATS[path] ?? ['json']) {
      const query = [...base, ...(FORMATS[path] ? [`format=${format}`] : [])].join('&');
      const url = path.replace('{code}', 'AAAAA-AAAAA');
      const res = await h.app.inject({ url: query ? `${url}?${query}` : url });
      expect(res.statusCode, `${path} ${format}`).toBeLessThan(url === path ? 300 : 500);
      for (const secret of SECRETS) expect(res.body, `${path} ${format} shows ${secret}`).not.toContain(secret);
    }
  });

  it('shows the nominee open for comment with its comment counts, never who commented or how to reach them', async () => {
    const res = await h.app.inject({ url: '/api/public/nominees?review=R-INTERIM' });
    expect(res.json()).toEqual([
      expect.objectContaining({
        id: 'N-OPEN',
        person: { fullName: 'Lê Văn Mở', unit: { name: expect.any(String) } },
        comments: 2,
        hiddenComments: 1,
      }),
    ]);
  });

  it('takes a comment from a page and answers without echoing it; limits each network address', async () => {
    const post = (payload: object, headers: Record<string, string> = {}) =>
      h.app.inject({
        method: 'POST',
        url: '/api/public/nominees/N-OPEN/comments',
        headers: { 'content-type': 'application/json', ...headers },
        payload,
        remoteAddress: '203.0.113.7',
      });
    const made = await post({
      authorName: 'Trần Văn Dân',
      contact: 'dan@example.invalid',
      body: 'Tôi đồng ý với đề nghị này',
    });
    expect(made.statusCode).toBe(201);
    expect(made.body).not.toContain('dan@example.invalid');
    const missing = await post({ authorName: 'Trần Văn Dân', body: 'Tôi đồng ý với đề nghị này' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('contact');
    expect(
      (
        await post(
          { authorName: 'Trần Văn Dân', contact: 'dan@example.invalid', body: 'Tôi đồng ý' },
          { origin: 'https://evil.example' },
        )
      ).statusCode,
    ).toBe(403);
  });
});
