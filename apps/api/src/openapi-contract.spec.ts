// The public API's description as a tool sees it: a standard linter accepts it, and a typed client generated from the
// served document compiles, refuses a wrong call and talks to the server (what the province's integration team does).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';

// Inside the app, so the generated client finds openapi-fetch as an integrator's project would; tmp/ is not committed.
const TMP_ROOT = new URL('../tmp/', import.meta.url).pathname;

const CLIENT = `import createClient from 'openapi-fetch';
import type { paths } from './thidua-api.js';

export const readCommuneBoard = async (baseUrl: string, limit: number) => {
  const client = createClient<paths>({ baseUrl });
  const { data, error, response } = await client.GET('/api/public/leaderboard', {
    params: { query: { year: 2025, kind: 'commune', limit } },
  });
  // The board comes as JSON or CSV (format=…): JSON unless asked, so a string means the server changed its default.
  if (typeof data === 'string') throw new Error('expected JSON, got CSV');
  return { status: response.status, kind: data?.kind, year: data?.year, rows: data?.rows?.length, error: error?.error.message };
};
`;

// Each line is a mistake the generated types must refuse: a kind the API does not have, a missing year, a wrong path.
const MISUSES = [
  `client.GET('/api/public/leaderboard', { params: { query: { year: 2025, kind: 'village' } } });`,
  `client.GET('/api/public/leaderboard', { params: { query: { kind: 'commune' } } });`,
  `client.GET('/api/public/leaderbord', {});`,
];

const compile = (file: string) => {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
    .filter(Boolean);
};

describe('the public API description', () => {
  let h: HttpHarness;
  let base: string;
  let dir: string;
  beforeAll(async () => {
    h = await createHttpHarness('sqlite');
    await h.app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    await mkdir(TMP_ROOT, { recursive: true });
    dir = await mkdtemp(join(TMP_ROOT, 'openapi-client-'));
  });
  afterAll(async () => {
    await h?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const source = await (await fetch(`${base}/api/openapi.json`)).text();
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: `${base}/api/openapi.json`, config });
    expect(problems.map((p) => `${p.severity} ${p.ruleId} ${p.location[0]?.pointer ?? ''}: ${p.message}`)).toEqual([]);
  });

  it('names this installation as its server when PUBLIC_URL is set, and where it is served from otherwise', async () => {
    const doc = (await h.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const other = await createHttpHarness('sqlite', { PUBLIC_URL: 'https://thidua.ninhson.example' });
    try {
      const named = (await other.app.inject({ url: '/api/openapi.json' })).json();
      expect(named.servers).toEqual([expect.objectContaining({ url: 'https://thidua.ninhson.example' })]);
    } finally {
      await other.close();
    }
  });

  it('gives a typed client that compiles, refuses wrong calls and reads the server', async () => {
    const types = astToString(await openapiTS(new URL(`${base}/api/openapi.json`)));
    await writeFile(join(dir, 'thidua-api.d.ts'), types);
    await writeFile(join(dir, 'client.ts'), CLIENT);
    expect(compile(join(dir, 'client.ts'))).toEqual([]);

    for (const [i, misuse] of MISUSES.entries()) {
      const file = join(dir, `misuse-${i}.ts`);
      await writeFile(
        file,
        `import createClient from 'openapi-fetch';\nimport type { paths } from './thidua-api.js';\nconst client = createClient<paths>({ baseUrl: '' });\n${misuse}\n`,
      );
      expect(compile(file), misuse).not.toEqual([]);
    }

    const { readCommuneBoard } = (await import(join(dir, 'client.ts'))) as {
      readCommuneBoard: (
        baseUrl: string,
        limit: number,
      ) => Promise<{ status: number; kind?: string; year?: number; rows?: number; error?: string }>;
    };
    expect(await readCommuneBoard(base, 50)).toEqual(
      expect.objectContaining({ status: 200, kind: 'commune', year: 2025, rows: expect.any(Number) }),
    );
    // The typed error answer: the message names the field.
    const refused = await readCommuneBoard(base, 0);
    expect(refused.status).toBe(400);
    expect(refused.error).toContain('limit');
  });
});
