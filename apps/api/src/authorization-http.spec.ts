// Who may call each HTTP route that is not tRPC (Excel, PDF documents, evidence, the public API), as a matrix: a row per
// route, a column per caller (the public, every fixture role, and two half-finished sign-ins), a cell per id the caller
// owns and per id of another unit or sector. These routes call procedures or check roles themselves, so the tRPC matrix
// (packages/api/src/authorization-matrix.spec.ts) does not cover them. A refused cell must also leave no trace, and a
// route the server gains without a row here fails the completeness check.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asStoredValues, COMMUNE_2025, FIXTURE_USERS, PASSWORD } from '@thidua/api/testing';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { serverRoutes } from './testing/server-routes.js';
import { signInOverHttp } from './testing/http-sign-in.js';

const MOVEMENT = ninhSonDx2021_2025.id;
const APP = 'https://thidua.ninhson.example';
/** The public comment comes from the portal's pages (PORTAL_ORIGINS of the harness). */
const PORTAL = 'https://ninhson.ninhthuan.gov.vn';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);
/** Not a workbook: an import that got past authorization answers 409 (older than the saved report) or 422 (unreadable). */
const NOT_A_WORKBOOK = Buffer.from('PK\u0003\u0004 not really a workbook');
const COMMENT = {
  body: 'Tôi đồng ý với đề nghị khen thưởng này.',
  authorName: 'Người dân Lâm Sơn',
  contact: '0900 000 000',
};

type Role = (typeof FIXTURE_USERS)[number]['role'];
type Which = 'own' | 'other' | 'only';
type Pair = readonly [own: string, other: string];

/** A caller: its session (none, complete, or stopped half-way) and which ids are its own and another's. */
interface Column {
  label: string;
  username: string | null;
  role: Role | null;
  /** 'half': signed in with the password only (second factor pending, or a one-time password still to change). */
  session: 'none' | 'complete' | 'half';
  units: Pair;
  sectors: Pair;
  evidence: Pair;
  cookie: string;
  /** Each caller has its own network address, so the per-address public limit never decides a cell. */
  address: string;
}

type Scope = 'unit' | 'sector' | 'evidence' | 'nomination' | null;

interface Row {
  /** The route as Fastify names it, e.g. "GET /api/excel/report/:unitId/:year". */
  route: string;
  scope: Scope;
  /** The address of the cell's id (unused for routes without one). */
  url: (id: string) => string;
  body?: 'xlsx' | 'pdf' | 'comment';
  /** Refused from the headers by role before the body is read (see http/upload-guard.ts). */
  upload?: boolean;
  /** 'open': the same answer for everyone; 'signed-in': the public and half sessions are refused. */
  access: 'open' | 'signed-in';
  /** The intended status for a signed-in role (or for everyone when open). */
  rule: (role: Role | null, which: Which) => number;
}

// The intended rules, stated here rather than imported from the policy so a change to the policy must change this file.
const DISTRICT_READERS: ReadonlySet<Role> = new Set([
  'ROLE-CULTURE',
  'ROLE-HOME-AFFAIRS',
  'ROLE-COUNCIL',
  'ROLE-CHAIR',
  'LEADER',
  'ADMIN',
]);
const isEditor = (role: Role | null) => role === 'UNIT-EDITOR' || role === 'SECTOR-EDITOR';
const everyone = (status: number) => () => status;
const anySignedIn = (ok: number) => () => ok;
const only = (roles: readonly Role[], ok: number) => (role: Role | null) => (role && roles.includes(role) ? ok : 403);
/** District readers read any unit; an editor only its own (a sector editor: the units of its sector). */
const unitReaders = (ok: number) => (role: Role | null, which: Which) =>
  role && DISTRICT_READERS.has(role) ? ok : isEditor(role) && which === 'own' ? ok : 403;
/** District readers read any sector; a sector editor only its own. */
const sectorReaders = (ok: number) => (role: Role | null, which: Which) =>
  role && DISTRICT_READERS.has(role) ? ok : role === 'SECTOR-EDITOR' && which === 'own' ? ok : 403;
const ownEditor = (editor: Role, ok: number) => (role: Role | null, which: Which) =>
  role === editor && which === 'own' ? ok : 403;

const AWARD_READERS: Role[] = ['ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'];
const REPORT_READERS: Role[] = ['ROLE-CULTURE', 'ROLE-HOME-AFFAIRS', 'ROLE-CHAIR', 'LEADER'];

/** Ids filled in by beforeAll: the decision, the nominations and a verification code the fixture produced. */
const ids = { decision: '', nominations: ['N-AUTHZ-LAMSON', 'N-AUTHZ-MYSON'] as Pair, code: '' };

const DOCUMENT_PATHS = [
  'award-decision/:id',
  'certificate/:id',
  'review-report/:id',
  'unit-year-report/:unitId/:year',
  'district-year-report/:year',
];

const ROWS: Row[] = [
  // Excel: the unit's report, the sector's figures and the district sheet; downloads read, imports edit.
  {
    route: 'GET /api/excel/report/:unitId/:year',
    scope: 'unit',
    url: (u) => `/api/excel/report/${u}/2025`,
    access: 'signed-in',
    rule: unitReaders(200),
  },
  {
    route: 'POST /api/excel/report/:unitId/:year',
    scope: 'unit',
    url: (u) => `/api/excel/report/${u}/2025`,
    body: 'xlsx',
    upload: true,
    access: 'signed-in',
    rule: ownEditor('UNIT-EDITOR', 409),
  },
  {
    route: 'GET /api/excel/sector/:sectorId/:year',
    scope: 'sector',
    url: (s) => `/api/excel/sector/${s}/2025`,
    access: 'signed-in',
    rule: sectorReaders(200),
  },
  {
    route: 'POST /api/excel/sector/:sectorId/:year',
    scope: 'sector',
    url: (s) => `/api/excel/sector/${s}/2025`,
    body: 'xlsx',
    upload: true,
    access: 'signed-in',
    rule: ownEditor('SECTOR-EDITOR', 409),
  },
  // The district sheet is Culture's fill-in template (reports.districtValues and importDistrict: Culture only).
  {
    route: 'GET /api/excel/district/:year',
    scope: null,
    url: () => '/api/excel/district/2025',
    access: 'signed-in',
    rule: only(['ROLE-CULTURE'], 200),
  },
  {
    route: 'POST /api/excel/district/:year',
    scope: null,
    url: () => '/api/excel/district/2025',
    body: 'xlsx',
    upload: true,
    access: 'signed-in',
    rule: only(['ROLE-CULTURE'], 422),
  },

  // PDF documents: produced by POST (each registers a verification code); the roles are the procedures' meta.
  {
    route: 'POST /api/documents/award-decision/:id',
    scope: null,
    url: () => `/api/documents/award-decision/${ids.decision}`,
    access: 'signed-in',
    rule: only(AWARD_READERS, 200),
  },
  {
    route: 'POST /api/documents/certificate/:id',
    scope: 'nomination',
    url: (n) => `/api/documents/certificate/${n}`,
    access: 'signed-in',
    rule: only(AWARD_READERS, 200),
  },
  {
    route: 'POST /api/documents/review-report/:id',
    scope: null,
    url: () => '/api/documents/review-report/R-FINAL',
    access: 'signed-in',
    rule: only(REPORT_READERS, 200),
  },
  {
    route: 'POST /api/documents/unit-year-report/:unitId/:year',
    scope: 'unit',
    url: (u) => `/api/documents/unit-year-report/${u}/2025`,
    access: 'signed-in',
    rule: unitReaders(200),
  },
  {
    route: 'POST /api/documents/district-year-report/:year',
    scope: null,
    url: () => '/api/documents/district-year-report/2025',
    access: 'signed-in',
    rule: only(REPORT_READERS, 200),
  },
  // A GET (a link, a prefetch, a crawler) never issues a document, whoever follows it.
  ...DOCUMENT_PATHS.map((path): Row => ({
    route: `GET /api/documents/${path}`,
    scope: null,
    url: () =>
      `/api/documents/${path
        .replace(
          ':id',
          path.startsWith('award') ? ids.decision : path.startsWith('certificate') ? ids.nominations[0] : 'R-FINAL',
        )
        .replace(':unitId', 'U-LAM-SON')
        .replace(':year', '2025')}`,
    access: 'open',
    rule: everyone(405),
  })),

  // Evidence: editors upload; any signed-in user downloads any file (evidence-routes.ts, and the district sheet's
  // note in excel-routes.ts). "Own" is a file the caller's unit or sector uploaded, "other" another unit's or sector's.
  {
    route: 'POST /api/evidence',
    scope: null,
    url: () => '/api/evidence',
    body: 'pdf',
    upload: true,
    access: 'signed-in',
    rule: only(['UNIT-EDITOR', 'SECTOR-EDITOR', 'ROLE-CULTURE'], 201),
  },
  {
    route: 'GET /api/evidence/:id',
    scope: 'evidence',
    url: (id) => `/api/evidence/${id}`,
    access: 'signed-in',
    rule: anySignedIn(200),
  },

  // The public API: the same answer for everyone, signed in or not.
  {
    route: 'GET /api/public/open-data',
    scope: null,
    url: () => '/api/public/open-data',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/open-data/values',
    scope: null,
    url: () => '/api/public/open-data/values?year=2025',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/leaderboard',
    scope: null,
    url: () => '/api/public/leaderboard?year=2025&kind=commune',
    access: 'open',
    rule: everyone(200),
  },
  { route: 'GET /api/public/units', scope: null, url: () => '/api/public/units', access: 'open', rule: everyone(200) },
  {
    route: 'GET /api/public/nominees',
    scope: null,
    url: () => '/api/public/nominees',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/deadlines',
    scope: null,
    url: () => '/api/public/deadlines?year=2025',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/targets',
    scope: null,
    url: () => '/api/public/targets?year=2025',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/timeline',
    scope: null,
    url: () => '/api/public/timeline',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/calendar',
    scope: null,
    url: () => '/api/public/calendar',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/awards',
    scope: null,
    url: () => '/api/public/awards?review=R-FINAL',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/initiatives',
    scope: null,
    url: () => '/api/public/initiatives',
    access: 'open',
    rule: everyone(200),
  },
  {
    route: 'GET /api/public/documents/:code',
    scope: null,
    url: () => `/api/public/documents/${ids.code}`,
    access: 'open',
    rule: everyone(200),
  },
  { route: 'GET /api/public/ping', scope: null, url: () => '/api/public/ping', access: 'open', rule: everyone(204) },
  {
    route: 'OPTIONS /api/public/*',
    scope: null,
    url: () => '/api/public/leaderboard',
    access: 'open',
    rule: everyone(204),
  },
  // The one public write: a comment on a nominee open for comment (each caller from its own address, under its limit).
  {
    route: 'POST /api/public/nominees/:id/comments',
    scope: null,
    url: () => '/api/public/nominees/N-AUTHZ-OPEN/comments',
    body: 'comment',
    access: 'open',
    rule: everyone(201),
  },
];

/** The answer the product intends for a cell. */
const intended = (row: Row, column: Column, which: Which): number => {
  if (row.access === 'open') return row.rule(column.role, which);
  if (column.session === 'none') return 401;
  // A session half-way through signing in (second factor, one-time password) is not signed in yet, for files too.
  if (column.session === 'half') return 401;
  return row.rule(column.role, which);
};

/** Not in the matrix: the health check and the OpenAPI document hold no data; tRPC has its own matrix. */
const EXCLUDED = new Set(['GET /healthz', 'GET /api/openapi.json']);
const isTrpc = (route: string) => / \/trpc(\/|$)/.test(route);

describe('authorization of the HTTP routes outside tRPC', () => {
  let h: HttpHarness;
  let dir: string;
  let columns: Column[] = [];

  /** What a refused cell must not change: the audit log, the issued documents and the stored files. */
  const footprint = async () => ({
    audit: await h.api.t.db.auditLog.count(),
    issued: await h.api.t.db.issuedDocument.count(),
    files: readdirSync(dir).length,
  });

  const send = (row: Row, column: Column, id: string) => {
    const method = row.route.split(' ')[0];
    const type =
      row.body === 'xlsx'
        ? XLSX
        : row.body === 'pdf'
          ? 'application/pdf'
          : row.body === 'comment'
            ? 'application/json'
            : undefined;
    const payload =
      row.body === 'xlsx'
        ? NOT_A_WORKBOOK
        : row.body === 'pdf'
          ? PDF(`minh chứng của ${column.label}`)
          : row.body === 'comment'
            ? JSON.stringify(COMMENT)
            : undefined;
    return h.app.inject({
      method: method as 'GET' | 'POST' | 'OPTIONS',
      url: row.url(id),
      remoteAddress: column.address,
      headers: {
        ...(column.cookie ? { cookie: column.cookie } : {}),
        ...(method === 'POST' ? { origin: row.route.includes('/api/public/') ? PORTAL : APP } : {}),
        ...(type ? { 'content-type': type } : {}),
      },
      ...(payload === undefined ? {} : { payload }),
    });
  };

  /** The cells of a row for a caller: its own and another's id, or the single id of a route without scope. */
  const targetsOf = (row: Row, column: Column): Array<[Which, string]> => {
    const pair =
      row.scope === 'unit'
        ? column.units
        : row.scope === 'sector'
          ? column.sectors
          : row.scope === 'evidence'
            ? column.evidence
            : row.scope === 'nomination'
              ? ids.nominations
              : null;
    return pair
      ? [
          ['own', pair[0]],
          ['other', pair[1]],
        ]
      : [['only', '']];
  };

  const upload = async (username: string) => {
    const cookie = await signInOverHttp(h.app, username);
    const res = await h.app.inject({
      method: 'POST',
      url: '/api/evidence',
      headers: { cookie, origin: APP, 'content-type': 'application/pdf' },
      payload: PDF(`minh chứng của ${username}`),
    });
    return (res.json() as { id: string }).id;
  };

  /** The login alone, without the second factor or the password change it asks for next. */
  const halfSignIn = async (username: string) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: { username, password: PASSWORD },
    });
    return String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-authz-'));
    h = await createHttpHarness('sqlite', { EVIDENCE_DIR: dir });
    const db = h.api.t.db;
    // Draft reports of 2025 for both communes and both sectors: downloads carry real figures, imports meet a version.
    for (const unitId of ['U-LAM-SON', 'U-MY-SON'])
      await db.report.create({
        data: {
          movementId: MOVEMENT,
          unitId,
          year: 2025,
          status: 'draft',
          values: { create: asStoredValues(COMMUNE_2025) },
        },
      });
    for (const sectorId of ['S-HEALTH', 'S-EDUCATION'])
      await db.sectorReport.create({ data: { movementId: MOVEMENT, sectorId, year: 2025, status: 'draft' } });
    // One voted nominee of each commune in a signed decision (the certificates), and a nominee open for comment.
    const nominee = {
      movementId: MOVEMENT,
      reviewId: 'R-FINAL',
      awardClass: 'individual',
      proposedBy: 'test',
      achievements: 'Số hóa hồ sơ',
      status: 'voted',
      eligibleSnapshot: true,
    };
    await db.nomination.create({
      data: { ...nominee, id: ids.nominations[0], personId: 'P-NGUYEN-VAN-AN', proposedByUnitId: 'U-LAM-SON' },
    });
    await db.nomination.create({
      data: { ...nominee, id: ids.nominations[1], personId: 'P-TRAN-THI-BINH', proposedByUnitId: 'U-MY-SON' },
    });
    await db.person.create({ data: { id: 'P-AUTHZ-OPEN', fullName: 'Lê Văn Mở', unitId: 'U-LAM-SON' } });
    await db.nomination.create({
      data: {
        ...nominee,
        id: 'N-AUTHZ-OPEN',
        reviewId: 'R-INTERIM',
        personId: 'P-AUTHZ-OPEN',
        proposedByUnitId: 'U-LAM-SON',
        status: 'in_comment',
        commentsUntil: new Date('2099-01-01T00:00:00Z'),
      },
    });
    // The decision is recorded once signed: the harness clock is on its date.
    h.api.clock.now = new Date('2026-01-05T03:00:00Z');
    ids.decision = (
      await (
        await h.api.as('chutich')
      ).decisions.create({
        reviewId: 'R-FINAL',
        number: '77/QĐ-UBND',
        date: '2026-01-05',
        signer: 'Đặng Quốc Bảo',
        nominationIds: [...ids.nominations],
      })
    ).decisionId;
    ids.code = (await (await h.api.as('lanhdao')).documents.reviewReport({ reviewId: 'R-FINAL' })).code;

    const evidence = {
      lamson: await upload('xa.lamson'),
      myson: await upload('xa.myson'),
      yte: await upload('yte'),
      giaoduc: await upload('giaoduc'),
    };
    // A unit editor whose account still has its one-time password.
    await db.user.update({ where: { username: 'phong.yte' }, data: { mustChangePassword: true } });

    const communes: Pair = ['U-LAM-SON', 'U-MY-SON'];
    const sectors: Pair = ['S-HEALTH', 'S-EDUCATION'];
    const communeFiles: Pair = [evidence.lamson, evidence.myson];
    // One column per fixture role, as its first fixture user: xa.lamson (U-LAM-SON) and yte (S-HEALTH) are the editors.
    const seen = new Set<Role>();
    const roleColumns = FIXTURE_USERS.filter((u) => !seen.has(u.role) && seen.add(u.role)).map((u) => ({
      label: u.role,
      username: u.username,
      role: u.role,
      session: 'complete' as const,
      // A sector editor's own units are its sector's (the health office), the other's the education office.
      units: u.role === 'SECTOR-EDITOR' ? (['PHONG-Y-TE', 'PHONG-GD-DT'] as const) : communes,
      sectors,
      evidence: u.role === 'SECTOR-EDITOR' ? ([evidence.yte, evidence.giaoduc] as const) : communeFiles,
    }));
    const specs = [
      {
        label: 'public',
        username: null,
        role: null,
        session: 'none' as const,
        units: communes,
        sectors,
        evidence: communeFiles,
      },
      ...roleColumns,
      {
        label: 'ROLE-CULTURE (TOTP pending)',
        username: 'vhtt',
        role: 'ROLE-CULTURE' as const,
        session: 'half' as const,
        units: communes,
        sectors,
        evidence: communeFiles,
      },
      {
        label: 'UNIT-EDITOR (one-time password)',
        username: 'phong.yte',
        role: 'UNIT-EDITOR' as const,
        session: 'half' as const,
        units: ['PHONG-Y-TE', 'U-MY-SON'] as const,
        sectors,
        evidence: communeFiles,
      },
    ];
    columns = [];
    for (const [i, spec] of specs.entries()) {
      const cookie =
        spec.username === null
          ? ''
          : spec.session === 'half'
            ? await halfSignIn(spec.username)
            : await signInOverHttp(h.app, spec.username);
      columns.push({ ...spec, cookie, address: `10.0.1.${i + 1}` });
    }
    expect(new Set(columns.map((c) => c.role))).toEqual(new Set([null, ...FIXTURE_USERS.map((u) => u.role)]));
  });

  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has a row for every route under /api/ outside tRPC, and no row for a route the server lacks', () => {
    const routes = serverRoutes(h.app).filter((r) => !isTrpc(r) && !EXCLUDED.has(r));
    expect(new Set(routes)).toEqual(new Set(ROWS.map((r) => r.route)));
  });

  it.each(ROWS.map((row) => [row.route, row] as const))('%s', async (_route, row) => {
    const actual: Record<string, number> = {};
    const expected: Record<string, number> = {};
    for (const column of columns) {
      for (const [which, id] of targetsOf(row, column)) {
        const key = `${column.label} | ${which} ${id}`.trim();
        const want = intended(row, column, which);
        const before = await footprint();
        const res = await send(row, column, id);
        actual[key] = res.statusCode;
        expected[key] = want;
        // Nothing refused (nor an import that stopped at the file) leaves a trace.
        if (want >= 400) expect(await footprint(), `${key} changed data`).toEqual(before);
      }
    }
    expect(actual).toEqual(expected);
  });
});
