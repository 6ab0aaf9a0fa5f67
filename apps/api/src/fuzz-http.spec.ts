// Hostile requests must never crash the HTTP routes outside tRPC (Excel, PDF documents, evidence, the public API, the
// health check): every route the server has gets 1,000 generated requests per database, spread over the public and
// every fixture user, and answers each with a success or a clean refusal (below 500) that leaks nothing; a refused
// request stores nothing (no audit entry, no issued document, no evidence file). tRPC procedures have their own fuzz
// test (packages/api/src/fuzz.spec.ts); this one shares its seed handling and its idea of a leak.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asStoredValues, COMMUNE_2025, FIXTURE_USERS, type FixtureUser } from '@thidua/api/testing';
import { testProviders } from '@thidua/db/testing';
import { ninhSonDx2021_2025 } from '@thidua/domain';
import ExcelJS from 'exceljs';
import type { HTTPMethods, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EVIDENCE_TYPES } from './http/evidence-routes.js';
import { SESSION_COOKIE } from './http/session-cookie.js';
import { BODY_LIMIT_BYTES } from './server.js';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';
import { serverRoutes } from './testing/server-routes.js';
import { signInOverHttp } from './testing/http-sign-in.js';
import { sheetXml, zipOf } from '@thidua/spreadsheets/testing';

/** Reproduce a failure with the same seed; try others with FUZZ_SEED=<n>. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_251_121);
const RUNS = 1_000; // requests per route and database, spread over the public and every fixture user
const IN_FLIGHT = 10; // requests the server works on at once (inject: no network)
const MIN_ROUTES = 25;
/** What no answer may show a client: stack frames, the database or ORM, JavaScript errors, source files. */
const LEAKS = [
  /^\s*at .+:\d+:\d+\)?$/m,
  /\bat (?:async )?\S+ \(/,
  /prisma/i,
  /sqlite/i,
  /postgres/i,
  /Invalid `/,
  /node_modules/,
  /TypeError/,
  /ReferenceError/,
  /undefined is not/,
  /\.[cm]?[jt]sx?:\d+/,
  /(?:apps|packages)\/[\w-]+\/src\//,
];

const APP = 'https://thidua.ninhson.example';
const PORTAL = 'https://ninhson.ninhthuan.gov.vn';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MOVEMENT = ninhSonDx2021_2025.id;

// Routes ----------------------------------------------------------------------------------------------------
interface Route {
  /** "METHOD /path" as Fastify names it. */
  key: string;
  method: HTTPMethods;
  path: string;
  /** Its parameters in order: ":unitId" → "unitId", a wildcard → "*". */
  params: string[];
}

/** Every route but /trpc/* (fuzzed procedure by procedure in packages/api/src/fuzz.spec.ts); nothing else is left out. */
const ROUTES: Route[] = await (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-fuzz-http-routes-'));
  const h = await createHttpHarness('sqlite', { EVIDENCE_DIR: dir, LOG_LEVEL: 'silent' });
  try {
    return serverRoutes(h.app)
      .filter((r) => !/ \/trpc(\/|$)/.test(r))
      .sort()
      .map((key) => {
        const [method, path] = key.split(' ') as [HTTPMethods, string];
        return { key, method, path, params: [...path.matchAll(/:(\w+)|\*/g)].map((m) => m[1] ?? '*') };
      });
  } finally {
    await h.close();
    rmSync(dir, { recursive: true, force: true });
  }
})();

const isUpload = (route: Route) =>
  route.method === 'POST' && (route.path === '/api/evidence' || route.path.startsWith('/api/excel/'));
const isComment = (route: Route) => route.method === 'POST' && route.path.endsWith('/comments');
/** Who may send an upload route's files (evidence-routes.ts, excel-routes.ts), and of them the editors of the unit or
 * sector the fixture's sheets are for: most of its requests come from them, so most bodies get past the role check to
 * the reading of the file. Another upload route: every caller alike. */
const uploadersOf = (route: Route): FixtureUser[] => {
  const roles =
    route.path === '/api/evidence'
      ? ['UNIT-EDITOR', 'SECTOR-EDITOR']
      : route.path.startsWith('/api/excel/report/')
        ? ['UNIT-EDITOR']
        : route.path.startsWith('/api/excel/sector/')
          ? ['SECTOR-EDITOR']
          : route.path.startsWith('/api/excel/district/')
            ? ['ROLE-CULTURE']
            : [];
  const may = isUpload(route) ? FIXTURE_USERS.filter((u) => roles.includes(u.role)) : [];
  const own = route.params.length > 1 ? realFor(route, route.params[0]!)[0] : undefined;
  const owners = own === undefined ? [] : may.filter((u) => u.unitId === own || u.sectorId === own);
  return owners.length > 0 ? owners : may;
};
/** Each account may send 120 files an hour (LIMITS.uploadsPerAccount): an upload route's share for its uploaders is
 * spread over copies of them (same role, unit and sector), so no account sends more than about 100. */
const UPLOADER_SHARE = 2 / 3;
const FILES_PER_ACCOUNT = 90;

// Inputs ----------------------------------------------------------------------------------------------------
/** Ids the fixture creates in beforeAll, named in generated requests by a placeholder. */
const ids = { decision: '', code: '', evidence: '' };
const PLACEHOLDERS = new Map<string, () => string>([
  ['@decision', () => ids.decision],
  ['@code', () => ids.code],
  ['@code-lower', () => ids.code.toLowerCase()],
  ['@evidence', () => ids.evidence],
]);
const NOMINATIONS = ['N-FUZZ-LAMSON', 'N-FUZZ-MYSON'] as const;
const OPEN_NOMINATION = 'N-FUZZ-OPEN';

/** Real values per parameter name, so many requests reach the handlers' real work. */
const REAL: Record<string, string[]> = {
  unitId: ['U-LAM-SON', 'U-MY-SON', 'PHONG-Y-TE', 'PHONG-VHTT', 'PHONG-GD-DT'],
  sectorId: ['S-HEALTH', 'S-EDUCATION', 'S-LAND-ENV'],
  year: ['2025', '2025', '2025', '2024', '2026', '2021'],
  id: ['@decision', ...NOMINATIONS, OPEN_NOMINATION, 'R-FINAL', 'R-INTERIM', '@evidence', 'REPORT-LAM-SON-2024'],
  code: ['@code', '@code-lower', 'AAAAA-AAAAA', '00000-00000'],
  '*': ['leaderboard', 'open-data/values', `nominees/${OPEN_NOMINATION}/comments`, 'ping', 'a/b/c/d', ''],
};
const ANY_REAL = [...new Set(Object.values(REAL).flat())];
/** The ids a route's own parameter names (its :id is a decision, a nomination, a review, a file…), first the one the
 * fixture's sheets, decision and nominee are for. */
const OWN_IDS: Array<[prefix: string, ids: string[]]> = [
  ['/api/documents/award-decision/', ['@decision']],
  ['/api/documents/certificate/', [...NOMINATIONS]],
  ['/api/documents/review-report/', ['R-FINAL', 'R-INTERIM']],
  ['/api/evidence/', ['@evidence']],
  ['/api/public/nominees/', [OPEN_NOMINATION]],
  ['/api/excel/report/', ['U-LAM-SON']],
  ['/api/excel/sector/', ['S-HEALTH']],
];
const realFor = (route: Route, name: string): string[] => {
  const own = OWN_IDS.find(([prefix]) => route.path.startsWith(prefix))?.[1];
  return name === 'year' ? REAL['year']! : [...(own ?? []), ...(own ?? []), ...(REAL[name] ?? ANY_REAL)];
};

/** Path segments as they go on the wire (already percent-encoded, or deliberately not). */
const HOSTILE_SEGMENTS = [
  '%00',
  'U-LAM-SON%00',
  '2025%00',
  '%ED%A0%80',
  'U-LAM-SON%ED%B0%80',
  '%EF%BF%BF',
  '%E2%80%AE',
  '%C0%AF',
  '%FF',
  '%',
  '%zz',
  '%2',
  '%%',
  '..',
  '.',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2f',
  '..%5C..%5Cwindows',
  'a%2Fb',
  '%2F',
  '%27%20OR%20%271%27%3D%271',
  '%27%3B%20DROP%20TABLE%20%22AuditLog%22%3B%20--',
  '1%20OR%201%3D1',
  '%25',
  '_%25%5C',
  '%24%7B7*7%7D',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '__proto__',
  'constructor',
  'toString',
  'NaN',
  'Infinity',
  '-1',
  '0',
  '1e308',
  '0x7E9',
  '02025',
  '%2B2025',
  '2025.0',
  '%202025',
  '2025%20',
  '-2025',
  '99999',
  '%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95',
  '%D9%A2%D9%A0%D9%A2%D9%A5',
  'L%E1%BA%A0M',
  ';',
  ',',
  '~',
  '@',
  ':',
  '*',
  "'",
  '!',
  '$',
  '(',
  ')',
  'nul',
  'con',
  'A'.repeat(1_999),
  'A'.repeat(2_000),
  'A'.repeat(2_001),
  '%41'.repeat(667),
  'x'.repeat(10_000),
  encodeURIComponent('Ệ'.repeat(300)),
  encodeURIComponent('𝕏'.repeat(200)),
];

/** Percent-encodes a string for a path or a query, lone surrogates included (as the UTF-8 bytes of their code unit). */
const encodeSegment = (s: string): string => {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      out += encodeURIComponent(s.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += [0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(s[i]!);
    }
  }
  return out;
};

const randomText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.integer({ min: 1, max: 2_100 }).map((n) => 'Z'.repeat(n)),
  fc.integer({ min: -99_999, max: 99_999 }).map(String),
);
const SUFFIXES = ['%00', '%ED%A0%80', '%20', "'", '%0A', '%2F..', '.json', '?'];

const segmentFor = (route: Route, name: string): fc.Arbitrary<string> => {
  const real = fc.constantFrom(...realFor(route, name));
  return fc.oneof(
    { weight: 5, arbitrary: real },
    { weight: 1, arbitrary: fc.constantFrom(...ANY_REAL) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_SEGMENTS) },
    { weight: 2, arbitrary: randomText.map(encodeSegment) },
    { weight: 1, arbitrary: fc.tuple(real, fc.constantFrom(...SUFFIXES)).map(([a, b]) => a + b) },
  );
};

const QUERY_KEYS = [
  'year',
  'kind',
  'format',
  'offset',
  'limit',
  'review',
  'search',
  'sector',
  'unit',
  'item',
  'code',
  'id',
  'year[]',
  'year[0]',
  'a[b][c]',
  '__proto__',
  'constructor',
  '',
  '%00',
  '%ED%A0%80',
  'YEAR',
];
const QUERY_VALUES = [
  '2025',
  '2024',
  '2026',
  '2021',
  '1000',
  '9999',
  '10000',
  'NaN',
  '-1',
  '0',
  '1',
  '1e308',
  '-1e308',
  '1.5',
  '0x10',
  '500',
  '501',
  '1000',
  '1001',
  '100000',
  'Infinity',
  'xml',
  'csv',
  'xlsx',
  'json',
  'CSV',
  'json%00',
  'commune',
  'department',
  'enterprise',
  'individual',
  'R-FINAL',
  'R-INTERIM',
  'R-',
  'r-final',
  'S-HEALTH',
  'S-',
  'U-LAM-SON',
  'C-COMM-DOSSIERS',
  'I-',
  'C-',
  '',
  '%00',
  '%ED%A0%80',
  '%',
  '%zz',
  'true',
  '%5B%5D',
  '%7B%7D',
  '%27%20OR%201%3D1--',
  '%25%25',
  's%E1%BB%91',
  'A'.repeat(5_000),
  '9'.repeat(400),
  encodeURIComponent('Ệ'.repeat(200)),
];
/** Queries that the public routes accept, so their real work is reached too. */
const PLAUSIBLE_QUERIES = [
  '?year=2025',
  '?year=2025&kind=commune',
  '?year=2025&kind=department&format=csv',
  '?year=2025&kind=commune&offset=0&limit=500',
  '?year=2025&format=xlsx',
  '?year=2025&format=csv&unit=U-LAM-SON',
  '?year=2025&item=C-COMM-DOSSIERS',
  '?review=R-FINAL',
  '?review=R-INTERIM',
  '?search=s%E1%BB%91&sector=S-HEALTH',
  '?search=',
  '?format=xml',
  '?year=NaN',
  '?limit=-1',
  '?offset=1e308',
  '?year=2025&year=2024',
];
const RAW_QUERIES = [
  '?',
  '?&&&',
  '?=',
  '?==&=',
  '?year',
  '?year[]=2025&year[]=2026',
  '?year[a]=1',
  '?%',
  '?a=%zz',
  '?&year=2025&',
  '?year=2025%00',
  '?year=%ED%A0%80',
  '?;year=2025',
  '?year=2025#fragment',
  `?${'a=1&'.repeat(2_000)}`,
];

const queryArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_QUERIES) },
  {
    weight: 4,
    arbitrary: fc
      .array(
        fc.tuple(
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...QUERY_KEYS) },
            { weight: 1, arbitrary: randomText.map(encodeSegment) },
          ),
          fc.oneof(
            { weight: 4, arbitrary: fc.constantFrom(...QUERY_VALUES) },
            { weight: 1, arbitrary: randomText.map(encodeSegment) },
          ),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((pairs) => `?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...PLAUSIBLE_QUERIES), fc.constantFrom(...QUERY_KEYS), fc.constantFrom(...QUERY_VALUES))
      .map(([q, k, v]) => `${q}&${k}=${v}`),
  },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) },
);

// Headers
const FOREIGN_ORIGINS = [
  'https://evil.example',
  'null',
  'https://thidua.ninhson.example.evil.example',
  'http://thidua.ninhson.example',
  'https://THIDUA.ninhson.example',
  `${APP}/`,
  'http://localhost:80',
  'http://localhost',
  '',
];
const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'application/json; charset=utf-16le',
  XLSX,
  `${XLSX}; charset=binary`,
  XLSX.toUpperCase(),
  ...Object.keys(EVIDENCE_TYPES),
  ' application/pdf ',
  'text/plain',
  'text/html',
  'multipart/form-data; boundary=----x',
  'application/x-www-form-urlencoded',
  'application/octet-stream',
  'application/vnd.ms-excel',
  'a/b/c',
  ';;;',
  'image/svg+xml',
  '*/*',
];
const ACCEPTS = [
  'text/html',
  'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
  'application/x-ndjson',
  'application/x-ndjson, application/json',
  'application/json',
  '*/*',
  'text/csv',
  'application/xml',
  'garbage/%%',
  '',
];
const FILE_NAMES = [
  'b%C3%A1o-c%C3%A1o.pdf',
  'minh chung.pdf',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  '../../etc/passwd',
  'evil.html',
  'a'.repeat(1_000),
  '%0d%0aSet-Cookie:%20x=y',
  '%00.pdf',
  'CON',
  '',
];
const HOSTS = ['evil.example', 'thidua.ninhson.example', 'localhost:80', '[::1]', 'x'.repeat(300)];

/** The content type a route reads, so most of its requests get past the parser. */
const ownTypes = (route: Route): string[] =>
  route.path.startsWith('/api/excel/')
    ? [XLSX]
    : route.path === '/api/evidence'
      ? Object.keys(EVIDENCE_TYPES)
      : isComment(route)
        ? ['application/json']
        : [];

/** Where a browser request to the route comes from: the portal's pages for the public API, the app for the rest. */
const ownOrigin = (route: Route) => (route.path.startsWith('/api/public/') ? PORTAL : APP);

/** A header present now and then (`weight` to 1 against absent), from the given values. */
const sometimes = (values: readonly string[], absent: number, weight = 1): fc.Arbitrary<string | undefined> =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight, arbitrary: fc.constantFrom(...values) });

/** Most requests look like the app's own (its origin or none, no cross-site marker, the route's content type); the
 * rest carry foreign origins, odd types, a chosen Host, long or malformed values. */
const headersArb = (route: Route): fc.Arbitrary<Record<string, string>> =>
  fc
    .record({
      origin: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 4, arbitrary: fc.constant(ownOrigin(route)) },
        { weight: 2, arbitrary: fc.constantFrom(APP, PORTAL, ...FOREIGN_ORIGINS) },
      ),
      'sec-fetch-site': sometimes(['same-origin', 'cross-site', 'none', 'same-site', 'CROSS-SITE'], 6),
      accept: sometimes(ACCEPTS, 2),
      'content-type':
        route.method === 'GET' || ownTypes(route).length === 0
          ? sometimes(CONTENT_TYPES, route.method === 'GET' ? 6 : 3)
          : fc.oneof(
              { weight: 6, arbitrary: fc.constantFrom(...ownTypes(route)) },
              { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
              { weight: 1, arbitrary: fc.constant(undefined) },
            ),
      'x-file-name': sometimes(FILE_NAMES, 2),
      'user-agent': sometimes(['fuzz', 'x'.repeat(5_000), ''], 4),
      'accept-language': sometimes(['vi', 'en;q=0.1', '*', 'x'.repeat(500)], 6),
      host: sometimes(HOSTS, 8),
    })
    .map((h) => Object.fromEntries(Object.entries(h).filter((e): e is [string, string] => e[1] !== undefined)));

// Bodies: described here, made when sent (a million random bytes per request would not fit 1,000 requests in memory).
type SheetKind = 'report' | 'sector' | 'district';
type Damage = 'none' | 'truncate' | 'flip' | 'append' | 'prepend';
type BodySpec =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'bytes'; magic: string; size: number; seed: number }
  | { kind: 'zip'; parts: Array<{ name: string; text: string }> }
  | { kind: 'sheet'; sheet: SheetKind; edit: number; damage: Damage; at: number; seed: number };

/** First bytes of real file types (and of nothing in particular), in latin1. */
const MAGICS = [
  '',
  '%PDF-1.7\n',
  '%PDF-',
  '\x89PNG\r\n\x1a\n',
  '\xff\xd8\xff\xe0',
  'PK\x03\x04',
  'PK\x05\x06',
  '<html><script>',
  '\xef\xbb\xbf{',
  'MZ',
  '{"body":',
];
const EVIDENCE_MAGICS = ['%PDF-1.7\n', '\x89PNG\r\n\x1a\n', '\xff\xd8\xff\xe0', 'PK\x03\x04'];

const sizeArb = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 4_096 }) },
  { weight: 3, arbitrary: fc.integer({ min: 4_097, max: 200_000 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(BODY_LIMIT_BYTES - 1, BODY_LIMIT_BYTES, BODY_LIMIT_BYTES + 1, 16 * 1024 + 1),
  },
);
const bytesArb = (magics: readonly string[]): fc.Arbitrary<BodySpec> =>
  fc.record({
    kind: fc.constant('bytes' as const),
    magic: fc.constantFrom(...magics),
    size: sizeArb,
    seed: fc.integer(),
  });

const JSON_GARBAGE = [
  '{',
  '}',
  '[',
  ']',
  'null',
  'true',
  '0',
  '-0',
  '1e999',
  '"',
  '""',
  '"\\u0000"',
  '"\\ud800"',
  '{"a":',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  `${'{"a":'.repeat(1_000)}1${'}'.repeat(1_000)}`,
  '\u0000',
  '\ufeff{}',
  'NaN',
  "{'a':1}",
  '{"body":"x","body":"y"}',
  '%PDF-1.4',
  'a=1&b=2',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY x SYSTEM "file:///etc/passwd">]><x>&x;</x>',
];
const HOSTILE_VALUES: unknown[] = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  '\u202Egnp.exe',
  "' OR '1'='1",
  `'; DROP TABLE "AuditLog"; --`,
  '<script>alert(1)</script>',
  '${7*7}',
  '__proto__',
  'x'.repeat(2_001),
  'ệ'.repeat(5_000),
  '𝕏'.repeat(3_000),
  null,
  true,
  0,
  -1,
  1e308,
  [],
  {},
  ['x'],
  { body: 'x' },
];
const COMMENT_TEXTS = [
  'Tôi đồng ý với đề nghị khen thưởng này.',
  'Người dân Lâm Sơn',
  '0900 000 000',
  'an@example.invalid',
];
const commentValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...COMMENT_TEXTS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
  { weight: 1, arbitrary: randomText },
);
/** A public comment: its three fields (sometimes missing, sometimes hostile) and now and then an extra key. */
const commentArb: fc.Arbitrary<BodySpec> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.record({ body: commentValue, authorName: commentValue, contact: commentValue }) },
      {
        weight: 1,
        arbitrary: fc.record(
          { body: commentValue, authorName: commentValue, contact: commentValue },
          { requiredKeys: [] },
        ),
      },
    ),
    fc.option(
      fc.tuple(fc.constantFrom('__proto__', 'constructor', 'nominationId', 'status', 'published'), commentValue),
      { freq: 4 },
    ),
  )
  .map(([o, extra]) => {
    const body: Record<string, unknown> = { ...o };
    if (extra)
      Object.defineProperty(body, extra[0], { value: extra[1], enumerable: true, writable: true, configurable: true });
    return { kind: 'text', text: JSON.stringify(body) };
  });

const ZIP_NAMES = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/worksheets/sheet1.xml',
  'xl/sharedStrings.xml',
  'xl/_rels/workbook.xml.rels',
  '_rels/.rels',
  '../../evil.xml',
  'xl/worksheets/../../x.xml',
  '',
];
const ZIP_TEXTS = [
  '<',
  '<?xml version="1.0"?><workbook/>',
  '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>99999</v></c></row></sheetData></worksheet>',
  '<c r="ZZZZ1"><v>1</v></c>',
  '\u0000\u0001\u0002',
  'x'.repeat(40_000),
  '<row>'.repeat(500),
];
const zipArb: fc.Arbitrary<BodySpec> = fc.record({
  kind: fc.constant('zip' as const),
  parts: fc.array(
    fc.record({
      name: fc.oneof(fc.constantFrom(...ZIP_NAMES), fc.string({ maxLength: 30 })),
      text: fc.oneof(fc.constantFrom(...ZIP_TEXTS), fc.string({ maxLength: 200 })),
    }),
    { maxLength: 6 },
  ),
});

/** Edits made to a downloaded sheet (edit 0 leaves it as downloaded): see `editSheet`. */
const EDITS = 17;
const sheetArb = (kinds: readonly SheetKind[]): fc.Arbitrary<BodySpec> =>
  fc.record({
    kind: fc.constant('sheet' as const),
    sheet: fc.constantFrom(...kinds),
    edit: fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 3, arbitrary: fc.integer({ min: 1, max: EDITS - 1 }) },
    ),
    damage: fc.oneof(
      { weight: 4, arbitrary: fc.constant<Damage>('none') },
      { weight: 3, arbitrary: fc.constantFrom<Damage>('truncate', 'flip', 'append', 'prepend') },
    ),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    seed: fc.integer(),
  });

const genericBodyArb: fc.Arbitrary<BodySpec> = fc.oneof(
  fc.constant<BodySpec>({ kind: 'empty' }),
  fc.constantFrom(...JSON_GARBAGE).map((text): BodySpec => ({ kind: 'text', text })),
  fc.jsonValue({ maxDepth: 3 }).map((v): BodySpec => ({ kind: 'text', text: JSON.stringify(v) ?? '' })),
  fc.string({ unit: 'binary', maxLength: 200 }).map((text): BodySpec => ({ kind: 'text', text })),
  bytesArb(MAGICS),
  zipArb,
  sheetArb(['report', 'sector', 'district']),
);

/** The first bytes each evidence type must start with (evidence-routes.ts). */
const MAGIC_OF: Record<string, string> = {
  pdf: '%PDF-1.7\n',
  png: '\x89PNG\r\n\x1a\n',
  jpg: '\xff\xd8\xff\xe0',
  xlsx: 'PK\x03\x04',
  docx: 'PK\x03\x04',
};
const sheetOf = (route: Route): SheetKind | null =>
  route.path.startsWith('/api/excel/report/')
    ? 'report'
    : route.path.startsWith('/api/excel/sector/')
      ? 'sector'
      : route.path.startsWith('/api/excel/district/')
        ? 'district'
        : null;

const ownBodyArb = (route: Route, type: string | undefined): fc.Arbitrary<BodySpec> => {
  const sheet = sheetOf(route);
  if (sheet)
    return fc.oneof(
      { weight: 5, arbitrary: sheetArb([sheet]) },
      { weight: 1, arbitrary: sheetArb(['report', 'sector', 'district']) },
      { weight: 2, arbitrary: zipArb },
      { weight: 2, arbitrary: bytesArb(['PK\x03\x04', 'PK\x05\x06', '']) },
    );
  if (route.path === '/api/evidence') {
    const magic = MAGIC_OF[EVIDENCE_TYPES[(type ?? '').split(';')[0]!.trim().toLowerCase()] ?? ''];
    return fc.oneof(
      { weight: magic ? 4 : 0, arbitrary: bytesArb(magic ? [magic] : EVIDENCE_MAGICS) },
      { weight: 1, arbitrary: bytesArb(EVIDENCE_MAGICS) },
      { weight: 1, arbitrary: sheetArb(['report']) },
      { weight: 1, arbitrary: bytesArb(MAGICS) },
    );
  }
  if (isComment(route)) return commentArb;
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant<BodySpec>({ kind: 'empty' }) },
    { weight: 1, arbitrary: fc.constant<BodySpec>({ kind: 'text', text: '{}' }) },
  );
};

type CookieMode = 'caller' | 'none' | 'garbage' | 'twice' | 'empty';
interface Probe {
  segments: string[];
  query: string;
  headers: Record<string, string>;
  cookie: CookieMode;
  /** Put before the request's own address in X-Forwarded-For (the server believes only the last hop after its proxy). */
  forwardedPrefix: string;
  body: BodySpec | null;
}

const probeArb = (route: Route): fc.Arbitrary<Probe> => {
  const sheet = sheetOf(route);
  const segments = fc.tuple(...route.params.map((name) => segmentFor(route, name)));
  // An import to the unit, sector or year the fixture's sheets are for, of a sheet as downloaded or with one edit: the
  // first clean one is saved, the rest meet its newer version (409) or their own problems (422).
  const canonical = fc.tuple(
    fc.constant(route.params.map((name) => realFor(route, name)[0]!)),
    sheetArb(sheet ? [sheet] : ['report']).map((b): BodySpec => (b.kind === 'sheet' ? { ...b, damage: 'none' } : b)),
  );
  return headersArb(route).chain((headers) =>
    fc
      .record({
        parts:
          sheet && route.method === 'POST'
            ? fc.oneof(
                { weight: 2, arbitrary: fc.tuple(segments, ownBodyArb(route, headers['content-type'])) },
                { weight: 1, arbitrary: canonical },
              )
            : fc.tuple(segments, ownBodyArb(route, headers['content-type'])),
        generic: genericBodyArb,
        useGeneric: fc.boolean().chain((b) => (b ? fc.boolean() : fc.constant(false))), // a quarter of bodies are any body at all
        query: queryArb,
        cookie: fc.oneof(
          { weight: 16, arbitrary: fc.constant<CookieMode>('caller') },
          { weight: 1, arbitrary: fc.constantFrom<CookieMode>('none', 'garbage', 'twice', 'empty') },
        ),
        forwardedPrefix: fc.constantFrom(
          '',
          '',
          '',
          'unknown, ',
          '127.0.0.1, ',
          '::1, ',
          '10.0.0.1, 10.0.0.2, ',
          'garbage%00, ',
        ),
      })
      .map(({ parts: [segs, own], generic, useGeneric, ...rest }): Probe => ({
        ...rest,
        headers,
        segments: segs,
        body: route.method === 'GET' ? null : useGeneric ? generic : own,
      })),
  );
};

const seedOf = (key: string) => [...key].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, SEED);
const probesFor = (route: Route): Probe[] => fc.sample(probeArb(route), { seed: seedOf(route.key), numRuns: RUNS });

/** Deterministic bytes: a block from a small generator, repeated to the size. */
const junk = (size: number, seed: number): Buffer => {
  let x = seed | 1;
  const block = Buffer.alloc(Math.min(size, 65_536));
  for (let i = 0; i < block.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    block[i] = x & 0xff;
  }
  return size <= block.length ? block : Buffer.alloc(size, block);
};

/** Downloaded sheets (index 0) and their edits, made in beforeAll per database. */
type SheetPool = Record<SheetKind, Buffer[]>;

const payloadOf = (spec: BodySpec, sheets: SheetPool): Buffer | string => {
  switch (spec.kind) {
    case 'empty':
      return '';
    case 'text':
      return spec.text;
    case 'bytes': {
      const magic = Buffer.from(spec.magic, 'latin1');
      return Buffer.concat([magic, junk(Math.max(0, spec.size - magic.length), spec.seed)]);
    }
    case 'zip':
      return zipOf(
        spec.parts.map((p) => ({
          name: p.name,
          data: p.text.startsWith('<row') ? sheetXml(p.text) : Buffer.from(p.text),
        })),
      );
    case 'sheet': {
      const file = sheets[spec.sheet][spec.edit % sheets[spec.sheet].length]!;
      const at = Math.floor(spec.at * file.length);
      switch (spec.damage) {
        case 'none':
          return file;
        case 'truncate':
          return file.subarray(0, at);
        case 'flip': {
          const copy = Buffer.from(file);
          const noise = junk(16, spec.seed);
          for (let k = 0; k < 1 + (noise[0]! % 8); k++) {
            const where = (at + noise[k + 1]! * 97) % copy.length;
            copy[where] = copy[where]! ^ (noise[k + 8]! | 1);
          }
          return copy;
        }
        case 'append':
          return Buffer.concat([file, junk(1 + (at % 5_000), spec.seed)]);
        case 'prepend':
          return Buffer.concat([junk(1 + (at % 5_000), spec.seed), file]);
      }
    }
  }
};

/** Where each sheet keeps its first value cell and its criterion id (see report-sheet.ts, sector-sheet.ts, district-sheet.ts). */
const SHEET_CELLS: Record<SheetKind, { row: number; value: number; id: number }> = {
  report: { row: 7, value: 5, id: 1 },
  sector: { row: 7, value: 7, id: 3 },
  district: { row: 2, value: 5, id: 3 },
};

/** A downloaded sheet with one edit, as a user (or an attacker) might return it. */
const editSheet = async (file: Buffer, kind: SheetKind, edit: number): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const data = book.worksheets[0]!;
  const meta = book.getWorksheet('_thidua');
  const { row, value, id } = SHEET_CELLS[kind];
  const cell = (r: number, c: number) => data.getRow(r).getCell(c);
  const setMeta = (key: string, v: ExcelJS.CellValue) =>
    meta?.eachRow((r) => {
      if (String(r.getCell(1).value) === key) r.getCell(2).value = v;
    });
  switch (edit) {
    case 1:
      cell(row, value).value = 50;
      break;
    case 2:
      cell(row, value).value = 'Có';
      break;
    case 3:
      cell(row, value).value = -5;
      break;
    case 4:
      cell(row, value).value = { formula: 'SUM(1,2)', result: 3 };
      break;
    case 5:
      cell(row, value).value = 'x'.repeat(40_000);
      break;
    case 6:
      cell(row, value).value = '=HYPERLINK("http://evil.example","x")';
      break;
    case 7:
      setMeta('version', 999);
      break;
    case 8:
      setMeta('version', 'abc');
      break;
    case 9:
      cell(row, id).value = 'C-NOT-A-CRITERION';
      break;
    case 10:
      cell(5_000, value).value = 1;
      break;
    case 11:
      cell(row, value + 1).value = 'javascript:alert(1)';
      break;
    case 12:
      cell(row + 1, id).value = cell(row, id).value;
      break;
    case 13:
      data.name = 'khong_phai';
      break;
    case 14:
      cell(row, value).value = 1e308;
      break;
    case 15:
      setMeta('year', 2024);
      break;
    case 16:
      cell(row, value).value = 'Không';
      break;
  }
  return Buffer.from(await book.xlsx.writeBuffer());
};

// Reporting -------------------------------------------------------------------------------------------------
const clip = (s: string, max = 200) => (s.length > max ? `${s.slice(0, max)}…(${s.length} chars)` : s);
const describeBody = (spec: BodySpec | null): string => {
  if (!spec) return 'none';
  if (spec.kind === 'text') return `text ${clip(JSON.stringify(spec.text), 120)}`;
  if (spec.kind === 'bytes') return `bytes ${JSON.stringify(spec.magic)}+junk, ${spec.size} B, seed ${spec.seed}`;
  if (spec.kind === 'zip') return `zip of ${clip(JSON.stringify(spec.parts.map((p) => p.name)), 120)}`;
  if (spec.kind === 'sheet')
    return `${spec.sheet} sheet, edit ${spec.edit}, damage ${spec.damage} at ${spec.at.toFixed(3)}`;
  return 'empty';
};

const TEXT_TYPES = /json|text|html|csv|xml|ndjson/;
const isNdjson = (res: LightMyRequestResponse) =>
  String(res.headers['content-type'] ?? '').startsWith('application/x-ndjson');

/** The answer's real status: an import streamed as NDJSON answers 200 at once and says its status in the last line. */
const outcomeStatus = (res: LightMyRequestResponse): number | null => {
  if (!isNdjson(res)) return res.statusCode;
  try {
    const last = JSON.parse(res.body.trim().split('\n').at(-1) ?? '') as { type?: unknown; status?: unknown };
    return last.type === 'result' && typeof last.status === 'number' ? last.status : null;
  } catch {
    return null;
  }
};

/** Said on purpose, so not a leak: the health check names the database it reached, for monitoring (server.ts). */
const INTENDED: Record<string, RegExp> = { 'GET /healthz': /"database":"(?:sqlite|postgresql)"/ };

/** What is wrong with an answer, or null. */
const problemWith = (route: Route, res: LightMyRequestResponse, status: number | null): string | null => {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (status === null) return 'an NDJSON answer without its result line';
  if (status >= 500) return `status 200 streamed, result ${status}`;
  const type = String(res.headers['content-type'] ?? '');
  const shown = [
    ...(type === '' || TEXT_TYPES.test(type) ? [res.body.replace(INTENDED[route.key] ?? /^\b$/, '')] : []),
    ...Object.entries(res.headers)
      .filter(([k]) => k !== 'set-cookie')
      .map(([k, v]) => `${k}: ${String(v)}`),
  ];
  for (const text of shown) {
    const leak = LEAKS.find((re) => re.test(text));
    if (leak)
      return `status ${res.statusCode}, leaks ${leak}: ${JSON.stringify(clip(text.slice(Math.max(0, (leak.exec(text)?.index ?? 0) - 100)), 300))}`;
  }
  return null;
};

/** Where a server error came from, from the server's error log: the message and the first line of our source. */
const originIn = (logs: readonly string[], requestId: string | undefined): string => {
  const line = logs.filter((l) => (requestId ? l.includes(requestId) : true) && /"level":(5|6)\d/.test(l)).at(-1);
  if (!line) return '(nothing in the error log)';
  const entry = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; stack?: string } };
  const at = (entry.err?.stack ?? '')
    .split('\n')
    .find((l) => /(apps|packages)\/[\w-]+\/src\/.*\.ts:\d+/.test(l) && !l.includes('node_modules'));
  // A Prisma error names the failing call on its first lines and the database's reason on its last.
  const lines = (entry.err?.message ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const message = lines.length > 1 ? `${lines[0]} … ${lines.at(-1)}` : (lines[0] ?? '');
  return `${entry.msg ?? ''}: ${entry.err?.type ?? ''} ${clip(message, 400)}${at ? ` (at ${at.trim().replace(/^.*?((apps|packages)\/)/, '$1')})` : ''}`;
};
const requestIdOf = (res: LightMyRequestResponse): string | undefined => /"requestId":"([^"]+)"/.exec(res.body)?.[1];

// The run ---------------------------------------------------------------------------------------------------
type Who = FixtureUser | null; // null: the public
const CALLERS: Who[] = [null, ...FIXTURE_USERS];

it(`finds at least ${MIN_ROUTES} HTTP routes outside tRPC to fuzz`, () => {
  expect(ROUTES.map((r) => r.key).length, ROUTES.map((r) => r.key).join('\n')).toBeGreaterThanOrEqual(MIN_ROUTES);
});

describe.each(await testProviders())('fuzzing every HTTP route outside tRPC on %s', (provider) => {
  let h: HttpHarness;
  let dir: string;
  const cookies = new Map<string, string>();
  /** Per upload route, the copies of its uploaders that send its uploaders' share of the requests. */
  const pools = new Map<string, FixtureUser[]>();
  /** Request i's caller: every fixture user and the public in turn; for an upload route, two in three are its uploaders' copies. */
  const callerOf = (route: Route, i: number): Who => {
    const pool = pools.get(route.key);
    return pool && i % 3 !== 0 ? pool[Math.floor((2 * i) / 3) % pool.length]! : CALLERS[i % CALLERS.length]!;
  };
  const sheets: SheetPool = { report: [], sector: [], district: [] };
  const summary: string[] = [];
  let sent = 0; // every request gets its own client address: the per-address public limit must not be what answers
  let started = 0;
  let setupMs = 0;

  beforeAll(async () => {
    const t0 = Date.now();
    dir = mkdtempSync(join(tmpdir(), 'thidua-fuzz-http-'));
    // Errors only in the log: the origin of a server error is read from it.
    h = await createHttpHarness(provider, { TRUST_PROXY: '127.0.0.1', EVIDENCE_DIR: dir, LOG_LEVEL: 'error' });
    const db = h.api.t.db;
    // Draft reports of 2025 for both communes and two sectors (downloads carry figures, imports meet a version), voted
    // nominees in a signed decision (certificates, the decision), a nominee open for comment, an issued document's code.
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
      data: { ...nominee, id: NOMINATIONS[0], personId: 'P-NGUYEN-VAN-AN', proposedByUnitId: 'U-LAM-SON' },
    });
    await db.nomination.create({
      data: { ...nominee, id: NOMINATIONS[1], personId: 'P-TRAN-THI-BINH', proposedByUnitId: 'U-MY-SON' },
    });
    await db.person.create({ data: { id: 'P-FUZZ-OPEN', fullName: 'Lê Văn Mở', unitId: 'U-LAM-SON' } });
    await db.nomination.create({
      data: {
        ...nominee,
        id: OPEN_NOMINATION,
        reviewId: 'R-INTERIM',
        personId: 'P-FUZZ-OPEN',
        proposedByUnitId: 'U-LAM-SON',
        status: 'in_comment',
        commentsUntil: new Date('2099-01-01T00:00:00Z'),
      },
    });
    h.api.clock.now = new Date('2026-01-05T03:00:00Z');
    ids.decision = (
      await (
        await h.api.as('chutich')
      ).decisions.create({
        reviewId: 'R-FINAL',
        number: '77/QĐ-UBND',
        date: '2026-01-05',
        signer: 'Đặng Quốc Bảo',
        nominationIds: [...NOMINATIONS],
      })
    ).decisionId;
    ids.code = (await (await h.api.as('lanhdao')).documents.reviewReport({ reviewId: 'R-FINAL' })).code;

    for (const u of FIXTURE_USERS) cookies.set(u.username, await signInOverHttp(h.app, u.username));
    // The copies of each upload route's uploaders (the same password, second factor, role, unit and sector).
    for (const [r, route] of ROUTES.entries()) {
      const uploaders = uploadersOf(route);
      if (uploaders.length === 0) continue;
      const copies = Math.ceil((RUNS * UPLOADER_SHARE) / FILES_PER_ACCOUNT / uploaders.length);
      const pool: FixtureUser[] = [];
      for (let k = 1; k <= copies; k++) {
        for (const u of uploaders) {
          const same = await db.user.findUniqueOrThrow({
            where: { username: u.username },
            select: {
              passwordHash: true,
              role: true,
              unitId: true,
              sectorId: true,
              totpSecret: true,
              totpEnabledAt: true,
            },
          });
          const copy = { ...u, username: `${u.username}.fuzz${r}.${k}` };
          await db.user.create({ data: { ...same, username: copy.username, displayName: copy.username } });
          cookies.set(copy.username, await signInOverHttp(h.app, copy.username));
          pool.push(copy);
        }
      }
      pools.set(route.key, pool);
    }
    const upload = await h.app.inject({
      method: 'POST',
      url: '/api/evidence',
      headers: { cookie: cookies.get('xa.lamson')!, origin: APP, 'content-type': 'application/pdf' },
      payload: Buffer.from('%PDF-1.4\n% minh chứng\n%%EOF\n'),
    });
    ids.evidence = (upload.json() as { id: string }).id;
    for (const kind of ['report', 'sector', 'district'] as const) await downloadSheets(kind);
    started = Date.now();
    setupMs = started - t0;
  });

  afterAll(async () => {
    console.log(
      `fuzz-http on ${provider}: ${ROUTES.length} routes × ${RUNS} requests over ${CALLERS.length} callers (and ${[...pools.values()].flat().length} copies of uploaders) in ${((Date.now() - started) / 1000).toFixed(1)} s after ${(setupMs / 1000).toFixed(1)} s of setup (FUZZ_SEED=${SEED})\n${summary.join('\n')}`,
    );
    await h?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The sheet as its owner downloads it now (so it carries the saved version), and its edits. */
  const DOWNLOADS: Record<SheetKind, [url: string, username: string]> = {
    report: ['/api/excel/report/U-LAM-SON/2025', 'xa.lamson'],
    sector: ['/api/excel/sector/S-HEALTH/2025', 'yte'],
    district: ['/api/excel/district/2025', 'vhtt'],
  };
  const downloadSheets = async (kind: SheetKind) => {
    const [url, username] = DOWNLOADS[kind];
    const res = await h.app.inject({ method: 'GET', url, headers: { cookie: cookies.get(username)! } });
    expect(res.statusCode, `${url}: ${res.body.slice(0, 300)}`).toBe(200);
    sheets[kind] = [res.rawPayload];
    for (let edit = 1; edit < EDITS; edit++) sheets[kind].push(await editSheet(res.rawPayload, kind, edit));
  };

  const cookieFor = (mode: CookieMode, who: Who): string | undefined => {
    const own = who ? cookies.get(who.username) : undefined;
    switch (mode) {
      case 'caller':
        return own;
      case 'none':
        return undefined;
      case 'garbage':
        return `${SESSION_COOKIE}=garbage%00${'x'.repeat(100)}`;
      case 'twice':
        return `${own ?? `${SESSION_COOKIE}=x`}; ${SESSION_COOKIE}=y`;
      case 'empty':
        return `${SESSION_COOKIE}=`;
    }
  };

  const urlOf = (route: Route, probe: Probe) => {
    let k = 0;
    const path = route.path.replace(/:\w+|\*/g, () => {
      const segment = probe.segments[k++] ?? '';
      return PLACEHOLDERS.get(segment)?.() ?? segment;
    });
    return path + probe.query;
  };

  const send = (route: Route, probe: Probe, who: Who, stored?: (file: string) => void) => {
    const n = ++sent;
    const headers: Record<string, string> = {
      ...probe.headers,
      'x-forwarded-for': `${probe.forwardedPrefix}10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    };
    const cookie = cookieFor(probe.cookie, who);
    if (cookie) headers['cookie'] = cookie;
    const payload = probe.body ? payloadOf(probe.body, sheets) : undefined;
    // Evidence is stored under the first 40 hex digits of its SHA-256 (evidence-store.ts): the name it would get.
    if (stored && payload !== undefined) stored(createHash('sha256').update(payload).digest('hex').slice(0, 40));
    return h.app.inject({
      method: route.method,
      url: urlOf(route, probe),
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
  };

  const footprint = async () => ({
    audit: await h.api.t.db.auditLog.count(),
    issued: await h.api.t.db.issuedDocument.count(),
    files: readdirSync(dir),
  });

  it.each(ROUTES.map((r) => [r.key, r] as const))('%s', { timeout: 180_000 }, async (_key, route) => {
    const probes = probesFor(route);
    // An import meets the version saved now, whatever an earlier route saved.
    const sheet = sheetOf(route);
    if (sheet && route.method === 'POST') await downloadSheets(sheet);
    const t0 = Date.now();
    const before = await footprint();
    h.logs.length = 0;
    const statuses = new Map<number, number>();
    const failures: Array<{ i: number; problem: string; requestId: string | undefined }> = [];
    let written = 0; // non-GET requests answered 2xx: each may write an audit entry, issue a document, store a file
    /** Per stored name an upload's body would get, the requests that sent it and how they were answered. */
    const senders = new Map<string, Array<{ i: number; status: number | null }>>();
    let next = 0;
    const worker = async () => {
      while (next < probes.length) {
        const i = next++;
        const probe = probes[i]!;
        let res: LightMyRequestResponse;
        let file: string | undefined;
        try {
          res = await send(
            route,
            probe,
            callerOf(route, i),
            isUpload(route) ? (name) => void (file = name) : undefined,
          );
        } catch (e) {
          failures.push({ i, problem: `could not be sent: ${String(e)}`, requestId: undefined });
          continue;
        }
        const status = outcomeStatus(res);
        if (file) senders.set(file, [...(senders.get(file) ?? []), { i, status }]);
        statuses.set(status ?? -1, (statuses.get(status ?? -1) ?? 0) + 1);
        if (route.method !== 'GET' && status !== null && status >= 200 && status < 300) written++;
        const problem = problemWith(route, res, status);
        if (problem)
          failures.push({
            i,
            problem: `${problem}: ${clip(res.body.replace(/\s+/g, ' '), 300)}`,
            requestId: requestIdOf(res),
          });
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const after = await footprint();
    const elapsed = Date.now() - t0;

    // A server error is tried again alone, to tell whether it needs the other requests of the batch.
    failures.sort((a, b) => a.i - b.i);
    for (const f of failures.filter((x) => /^status (5|200 streamed)/.test(x.problem)).slice(0, 10)) {
      f.problem += ` [log: ${originIn(h.logs, f.requestId)}]`;
      const again = await send(route, probes[f.i]!, callerOf(route, f.i)).catch(() => null);
      f.problem += again
        ? problemWith(route, again, outcomeStatus(again))
          ? ' [fails alone too]'
          : ` [only alongside others; alone: ${again.statusCode}]`
        : '';
    }
    h.logs.length = 0;

    const newFiles = after.files.filter((f) => !before.files.includes(f));
    // Each new file (and its description, <name>.json) must be the body of a request answered 2xx.
    const ok = (s: number | null) => s !== null && s >= 200 && s < 300;
    const strays = newFiles.flatMap((f) => {
      const from = senders.get(f.split('.')[0]!) ?? [];
      if (f.endsWith('.json') || from.some((x) => ok(x.status))) return [];
      const shown = from.filter((x) => x.status !== 401 && x.status !== 403).slice(0, 3);
      const list = shown.map(
        (x) =>
          `#${x.i} answered ${x.status} as ${callerOf(route, x.i)?.username ?? 'public'}: ${route.method} ${clip(urlOf(route, probes[x.i]!), 100)}, body ${describeBody(probes[x.i]!.body)}`,
      );
      return [
        `${f} holds the body of ${from.length === 0 ? 'no request of this batch' : `${from.length} refused requests, e.g. ${list.join('; ')}`}`,
      ];
    });
    const histogram = [...statuses]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    summary.push(`${route.key.padEnd(50)} ${String(elapsed).padStart(6)} ms  ${histogram}`);
    const context = `${route.key} on ${provider}, FUZZ_SEED=${SEED} (route seed ${seedOf(route.key)}): ${probes.length} requests in ${elapsed} ms, statuses ${histogram}`;
    const shown = failures.slice(0, 15).map((f) => {
      const probe = probes[f.i]!;
      return `#${f.i} as ${callerOf(route, f.i)?.username ?? 'public'} (cookie ${probe.cookie}): ${route.method} ${clip(urlOf(route, probe), 160)} headers ${clip(JSON.stringify(probe.headers), 200)} body ${describeBody(probe.body)}\n    → ${f.problem}`;
    });
    expect(
      failures.length,
      `${context}\n${shown.join('\n')}${failures.length > 15 ? `\n… and ${failures.length - 15} more` : ''}\n`,
    ).toBe(0);
    // Nothing stored by a refused request: at most one audit entry and one issued document per non-GET success, and
    // files (an upload and its description) only from successful uploads; no half-written file left behind.
    expect(
      after.audit - before.audit,
      `${context}: audit entries beyond the ${written} successful writes`,
    ).toBeLessThanOrEqual(written);
    expect(
      after.issued - before.issued,
      `${context}: documents issued beyond the ${written} successful writes`,
    ).toBeLessThanOrEqual(written);
    expect(strays, `${context}: evidence files stored by refused requests`).toEqual([]);
    expect(
      newFiles.length,
      `${context}: evidence files beyond the ${written} successful uploads: ${newFiles.slice(0, 10).join(', ')}`,
    ).toBeLessThanOrEqual(isUpload(route) ? 2 * written : 0);
    expect(
      newFiles.filter((f) => f.endsWith('.part')),
      `${context}: half-written files`,
    ).toEqual([]);
    // Every client has its own address and no account exceeds its upload quota: a 429 would mean the limits, not
    // the inputs, answered.
    expect(statuses.get(429) ?? 0, `${context}: requests refused by a rate limit`).toBeLessThanOrEqual(RUNS * 0.05);
    // Many uploads get to the file: saved, or refused for what it is (its year, type, size, content or version); the
    // rest are refused from their headers (no session, a role that may not send it, no stated length: 411).
    const read = [...statuses]
      .filter(([st]) => (st >= 200 && st < 300) || [400, 409, 413, 415, 422].includes(st))
      .reduce((n, [, k]) => n + k, 0);
    if (isUpload(route)) expect(read, `${context}: uploads whose file was read`).toBeGreaterThan(RUNS * 0.4);
  });
});
