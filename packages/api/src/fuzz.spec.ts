// Hostile input must never crash the API: every procedure, called as the public and as every role on both databases,
// answers 1,000 generated inputs with a success or a clean refusal that leaks nothing and leaves no audit entry.
import fc from 'fast-check';
import { TRPCError } from '@trpc/server';
import { getErrorShape } from '@trpc/server/unstable-core-do-not-import';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testProviders } from '@thidua/db/testing';
import { unlimited } from './abuse/limiter.js';
import { actorFromToken, createSession } from './auth/session.js';
import type { Actor, Context } from './context.js';
import { appRouter } from './root.js';
import { createHarness, FIXTURE_USERS, type FixtureUser, type Harness } from './testing/api-harness.js';
import { createCallerFactory, type ProcedureMeta } from './trpc.js';

/** Reproduce a failure with the same seed; try others with FUZZ_SEED=<n>. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20_251_120);
const RUNS = 1_000; // inputs per procedure, spread over the public and every fixture user
const IN_FLIGHT = 20; // calls run concurrently

type AnyProcedure = { _def: { type: string; inputs: unknown[]; meta?: unknown } };
const PROCEDURES = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const PATHS = Object.keys(PROCEDURES).sort();
/** Refusals recorded on purpose: a wrong second-factor code is a security event (auth.router verifyTotp). */
const AUDITED_REFUSALS: Record<string, string[]> = { 'auth.verifyTotp': ['auth.mfa_failed'] };
/** What no refusal may show a client: stack frames, the database or ORM, JavaScript errors, source files. */
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
];

// Inputs ----------------------------------------------------------------------------------------------------
const HUGE = 'A'.repeat(100_000);
const TARGET_USER = { id: 'USER-FUZZ-TARGET', username: 'fuzz.target' }; // a user admin procedures may hit without harming the callers
const REAL_IDS = [
  'U-LAM-SON',
  'U-MY-SON',
  'PHONG-Y-TE',
  'PHONG-GD-DT',
  'PHONG-VHTT',
  'S-HEALTH',
  'S-EDUCATION',
  'S-LAND-ENV',
  'R-FINAL',
  'R-INTERIM',
  'C-COMM-DOSSIERS',
  'C-COL-LAUNCH',
  'T-G2-SECTOR-SHARE',
  'REPORT-LAM-SON-2024',
  'SECTOR-HEALTH-2024',
  TARGET_USER.id,
  TARGET_USER.username,
  'LEADER',
  'collective',
  '2025-11-20',
  '2099-01-01T00:00:00+07:00',
  'https://example.invalid/a.pdf',
  'AAAAA-AAAAA',
  '000000',
  'missing',
];
const NASTY_STRINGS = [
  '',
  ' ',
  '\u0000',
  'U-LAM-SON\u0000',
  HUGE,
  '𝕏'.repeat(50_000),
  '\uD800',
  '\u202Egnp.exe',
  'Ệ\u0323\u0301',
  "' OR '1'='1",
  `'; DROP TABLE "AuditLog"; --`,
  '%',
  '_%\\',
  '$1',
  '${7*7}',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e308',
  '2025-02-30',
  '0000-00-00',
  '99999-12-31T99:99:99Z',
];
/** Characters JSON may carry that a database or its driver may choke on: NUL, lone surrogates, a non-character, a bidi override. */
const BAD_CHARS = ['\u0000', '\uD800', '\uDFFF', '\uFFFF', '\u202E'];
const NASTY_NUMBERS = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  0,
  0.5,
  1e-300,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  Number.MAX_VALUE,
  -2025,
  99_999,
];
const PLAUSIBLE_NUMBERS = [2024, 2025, 2026, 1, 2, 0, 50, 100];
const POLLUTED = [
  JSON.parse('{"__proto__":{"role":"ADMIN","isAdmin":true}}'),
  { constructor: { prototype: { polluted: true } } },
  JSON.parse('{"toString":"x","valueOf":1,"hasOwnProperty":null}'),
];
const DEEP = JSON.parse('['.repeat(500) + ']'.repeat(500));
const COMMON_KEYS = [
  'unitId',
  'year',
  'reportId',
  'version',
  'id',
  'reviewId',
  'code',
  'values',
  'reason',
  'note',
  'definition',
  'username',
  'password',
  '__proto__',
  'constructor',
];

const hostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...NASTY_STRINGS, ...NASTY_NUMBERS, ...POLLUTED, DEEP, null, true, false, [], {}),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.constantFrom<unknown>(HUGE, NaN, null, [[[]]], '\u0000'), { maxLength: 5 }),
);
/** An object with keys procedures commonly read, holding hostile values (built by assignment, so "__proto__" is an own key). */
const commonKeys = fc.array(fc.tuple(fc.constantFrom(...COMMON_KEYS), hostile), { maxLength: 6 }).map((entries) => {
  const o: Record<string, unknown> = {};
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
});

type ZodDef = { type: string; [k: string]: unknown };
const defOf = (schema: unknown): ZodDef | undefined => (schema as { _zod?: { def: ZodDef } } | undefined)?._zod?.def;
const checksOf = (d: ZodDef) =>
  ((d['checks'] ?? []) as Array<{ _zod: { def: Record<string, unknown> } }>).map((c) => c._zod.def);

const stringFor = (d: ZodDef): fc.Arbitrary<unknown> => {
  const checks = checksOf(d);
  const min = (checks.find((c) => c['check'] === 'min_length')?.['minimum'] as number | undefined) ?? 0;
  const max = checks.find((c) => c['check'] === 'max_length')?.['maximum'] as number | undefined;
  const pattern = checks.find((c) => c['check'] === 'string_format')?.['pattern'] as RegExp | undefined;
  const options: fc.Arbitrary<unknown>[] = [
    fc.constantFrom(...REAL_IDS),
    fc.string({ unit: 'grapheme', minLength: min, maxLength: Math.max(min, Math.min(max ?? 60, 60)) }),
    fc.tuple(fc.constantFrom(...REAL_IDS), fc.constantFrom(...BAD_CHARS)).map(([id, ch]) => id + ch),
  ];
  if (max !== undefined)
    options.push(fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), 'ệ'.repeat(max), ' '.repeat(max + 1)));
  if (pattern) {
    try {
      options.push(fc.stringMatching(pattern));
    } catch {
      // a pattern fast-check cannot generate from: the other strings still try it
    }
  }
  return fc.oneof(...options);
};

const numberFor = (d: ZodDef): fc.Arbitrary<unknown> => {
  const bounds = checksOf(d).flatMap(({ value }) => (typeof value === 'number' ? [value - 1, value, value + 1] : []));
  return fc.oneof(fc.constantFrom(...PLAUSIBLE_NUMBERS, ...bounds), fc.integer({ min: -5, max: 3000 }));
};

/** Values of the schema's shape (keys, types, enums, bounds, patterns), each part now and then replaced by a hostile value. */
const fromSchema = (schema: unknown): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: typedFrom(defOf(schema)), weight: 6 }, { arbitrary: hostile, weight: 1 });
const typedFrom = (d: ZodDef | undefined): fc.Arbitrary<unknown> => {
  switch (d?.type) {
    case 'object': {
      const model = Object.fromEntries(
        Object.entries(d['shape'] as Record<string, unknown>).map(([k, v]) => [k, fromSchema(v)]),
      );
      const extra = fc.oneof(
        { arbitrary: fc.constant(null), weight: 4 },
        { arbitrary: fc.tuple(fc.constantFrom(...COMMON_KEYS), hostile), weight: 1 },
      );
      return fc
        .tuple(
          fc.oneof(
            { arbitrary: fc.record(model), weight: 4 },
            { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 },
          ),
          extra,
        )
        .map(([o, e]) => (e ? { ...o, [e[0]]: e[1] } : o));
    }
    case 'string':
      return stringFor(d);
    case 'number':
      return numberFor(d);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d['entries'] as object));
    case 'literal':
      return fc.constantFrom(...(d['values'] as unknown[]));
    case 'array':
      return fc.array(fromSchema(d['element']), { maxLength: 4 });
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(fromSchema(d['innerType']), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(fromSchema(d['innerType']), { nil: null, freq: 3 });
    case 'union':
      return fc.oneof(...(d['options'] as unknown[]).map(fromSchema));
    case 'pipe':
      return fromSchema(d['in']);
    default:
      return hostile;
  }
};

/** A procedure's inputs: mostly shaped by its input schema (none: `undefined`), the rest hostile values and objects. */
const inputsFor = (path: string): unknown[] => {
  const schemas = PROCEDURES[path]!._def.inputs;
  const shaped =
    schemas.length === 0
      ? fc.constant(undefined)
      : fc
          .tuple(...schemas.map(fromSchema))
          .map((parts) => (parts.length === 1 ? parts[0] : Object.assign({}, ...parts)));
  const arbitrary = fc.oneof(
    { arbitrary: shaped, weight: 6 },
    { arbitrary: hostile, weight: 1 },
    { arbitrary: commonKeys, weight: 1 },
  );
  return fc.sample(arbitrary, { seed: seedOf(path), numRuns: RUNS });
};
const seedOf = (path: string) => [...path].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, SEED);

// Reporting -------------------------------------------------------------------------------------------------
const short = (value: unknown, max = 300): string => {
  const text =
    JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      if (typeof v === 'string' && v.length > 40) return `${v.slice(0, 20)}…(${v.length} chars)`;
      return v;
    }) ?? String(value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
};

/** Where a server error came from: the failing statement and the first line of our source on its way. */
const originOf = (error: TRPCError): string => {
  const cause = error.cause as Error | undefined;
  const lines = String(cause?.message ?? error.message)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const source = `${cause?.message ?? ''}\n${cause?.stack ?? ''}`
    .split('\n')
    .find((l) => /packages\/\w+\/src\/.*\.ts:\d+/.test(l) && !l.includes('node_modules'));
  return `${lines.at(-1) ?? String(cause)}${source ? ` (at ${source.trim().replace(/^.*packages\//, '')})` : ''}`;
};

/** What is wrong with a refusal, or null when it is a clean one. */
const problemWith = (error: unknown, ctx: Context, path: string, input: unknown): string | null => {
  if (!(error instanceof TRPCError)) return `threw a non-tRPC error: ${String(error)}`;
  if (error.code === 'INTERNAL_SERVER_ERROR') return `INTERNAL_SERVER_ERROR: ${originOf(error)}`;
  const type = PROCEDURES[path]!._def.type as 'query' | 'mutation';
  const shown = getErrorShape({ config: appRouter._def._config, error, type, path, input, ctx }).message;
  for (const message of [error.message, shown]) {
    const leak = LEAKS.find((re) => re.test(message));
    if (leak) return `${error.code} message leaks ${leak}: ${JSON.stringify(message.slice(0, 400))}`;
  }
  return null;
};

// The run ---------------------------------------------------------------------------------------------------
const createCaller = createCallerFactory(appRouter);
const CALLERS: Array<FixtureUser | null> = [null, ...FIXTURE_USERS]; // null: the public

it('enumerates every procedure of the API', () => {
  expect(PATHS.length).toBeGreaterThanOrEqual(100);
});

describe.each(await testProviders())('fuzzing every procedure on %s', (provider) => {
  let h: Harness;
  const tokens = new Map<string, string>();
  const actors = new Map<string, Actor>();
  const userIds = new Map<string, string>();

  beforeAll(async () => {
    h = await createHarness(provider); // unlimited limiter, frozen clock
    const movementId = 'ninh-son-dx-2021-2025';
    await h.t.db.report.create({
      data: { id: 'REPORT-LAM-SON-2024', movementId, unitId: 'U-LAM-SON', year: 2024, status: 'approved' },
    });
    await h.t.db.sectorReport.create({
      data: { id: 'SECTOR-HEALTH-2024', movementId, sectorId: 'S-HEALTH', year: 2024, status: 'approved' },
    });
    await h.t.db.user.create({
      data: { ...TARGET_USER, displayName: 'Fuzz target', passwordHash: 'x', role: 'LEADER' },
    });
    for (const u of await h.t.db.user.findMany({ select: { id: true, username: true } })) userIds.set(u.username, u.id);
  });
  afterAll(async () => {
    await h?.destroy();
  });

  /** A new session of the user, as a completed sign-in (second factor included) gives. */
  const newSession = async (username: string) =>
    (
      await createSession(h.t.db, userIds.get(username)!, h.clock.now, {
        mfaVerified: true,
        ip: '127.0.0.1',
        userAgent: 'fuzz',
      })
    ).token;
  const signIn = async (username: string) => (await actorFromToken(h.t.db, await newSession(username), h.clock.now))!;
  /** Before each procedure every fixture user's session is read again, as the HTTP layer does for each request, and
   * replaced when an earlier procedure ended it. Within a procedure's calls the actor is reused (the caller stays fast). */
  const keepSignedIn = async () => {
    for (const u of FIXTURE_USERS) {
      if (!(await actorFromToken(h.t.db, tokens.get(u.username), h.clock.now)))
        tokens.set(u.username, await newSession(u.username));
      actors.set(u.username, (await actorFromToken(h.t.db, tokens.get(u.username), h.clock.now))!);
    }
  };

  /** One call with the context the HTTP layer would build; the request id ties audit entries to the call. A refusal or null. */
  const attempt = async (path: string, who: FixtureUser | null, input: unknown, requestId: string) => {
    // auth.logout ends the session it is called with: each call gets its own, so the others stay signed in.
    const actor = who ? (path === 'auth.logout' ? await signIn(who.username) : actors.get(who.username)!) : null;
    const ctx: Context = {
      db: h.t.db,
      provider: h.t.provider,
      actor,
      requestId,
      now: () => h.clock.now,
      ip: '127.0.0.1',
      userAgent: 'fuzz',
      limiter: unlimited,
      cookie: { set: () => undefined, clear: () => undefined },
    };
    const procedure = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], createCaller(ctx)) as (
      input: unknown,
    ) => Promise<unknown>;
    try {
      await procedure(input);
      return null;
    } catch (error) {
      return { error, ctx };
    }
  };

  it.each(PATHS)('%s', async (path) => {
    await keepSignedIn();
    const inputs = inputsFor(path);
    const head = () => h.t.db.auditLog.aggregate({ _max: { seq: true }, _count: { seq: true } });
    const before = await head();
    const succeeded = new Set<string>();
    const failures: Array<{ i: number; who: FixtureUser | null; input: unknown; problem: string }> = [];
    let refused = 0;
    for (let start = 0; start < inputs.length; start += IN_FLIGHT) {
      await Promise.all(
        inputs.slice(start, start + IN_FLIGHT).map(async (input, j) => {
          const i = start + j;
          const who = CALLERS[i % CALLERS.length]!;
          const refusal = await attempt(path, who, input, `fuzz:${path}#${i}`);
          if (!refusal) return void succeeded.add(`fuzz:${path}#${i}`);
          refused++;
          const problem = problemWith(refusal.error, refusal.ctx, path, input);
          if (problem) failures.push({ i, who, input, problem });
        }),
      );
    }

    // Every audit entry written meanwhile belongs to a call that succeeded (or is a refusal recorded on purpose).
    const written = await h.t.db.auditLog.findMany({
      where: { seq: { gt: before._max.seq ?? 0 } },
      select: { seq: true, action: true, requestId: true },
    });
    const recorded = AUDITED_REFUSALS[path] ?? [];
    const strays = written.filter((e) => !succeeded.has(e.requestId ?? '') && !recorded.includes(e.action));
    const grown =
      (await head())._count.seq - before._count.seq - written.filter((e) => recorded.includes(e.action)).length;

    // A server error can come from another call of the same batch (Prisma sends concurrent look-ups as one query):
    // the first ones are tried again alone, to say which input is the culprit.
    failures.sort((a, b) => a.i - b.i);
    for (const f of failures.filter((f) => f.problem.startsWith('INTERNAL')).slice(0, 20)) {
      const alone = await attempt(path, f.who, f.input, `fuzz:${path}#${f.i}:alone`);
      const again = alone && problemWith(alone.error, alone.ctx, path, f.input);
      f.problem = again
        ? `${again} [fails alone too]`
        : `${f.problem} [only alongside other calls; alone: ${alone ? (alone.error as TRPCError).code : 'success'}]`;
    }
    const problems = [
      ...failures
        .sort((a, b) => Number(b.problem.endsWith('alone too]')) - Number(a.problem.endsWith('alone too]')))
        .map((f) => `#${f.i} as ${f.who?.username ?? 'public'}, input ${short(f.input)} → ${f.problem}`),
      ...strays.map(
        (e) =>
          `audit entry ${e.seq} (${e.action}) written by ${e.requestId}, which was refused or is not a call of this run`,
      ),
    ];
    const context = `${path} on ${provider}, FUZZ_SEED=${SEED} (procedure seed ${seedOf(path)}): ${inputs.length} inputs, ${succeeded.size} succeeded, ${refused} refused`;
    expect(
      problems,
      `${context}\n${problems.slice(0, 20).join('\n')}${problems.length > 20 ? `\n… and ${problems.length - 20} more` : ''}\n`,
    ).toEqual([]);
    expect(grown, `${context}: audit entries beyond the successful calls`).toBeLessThanOrEqual(succeeded.size);
    // Only a public procedure without input has nothing to refuse.
    const canRefuse =
      (PROCEDURES[path]!._def.meta as ProcedureMeta).access.kind !== 'public' ||
      PROCEDURES[path]!._def.inputs.length > 0;
    if (canRefuse) expect(refused, `${context}: no input was refused, so nothing was tested`).toBeGreaterThan(0);
  });
});
