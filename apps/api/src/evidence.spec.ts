// Evidence upload and download over HTTP, on a real database and a real folder.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PASSWORD } from '@thidua/api/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_MAX_BYTES } from './http/evidence-routes.js';
import { createHttpHarness, type HttpHarness } from './testing/http-harness.js';

const PDF = Buffer.from('%PDF-1.4\n% Biên bản nghiệm thu\n%%EOF\n');
const APP = 'https://thidua.ninhson.example';

describe('evidence files', () => {
  let h: HttpHarness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'thidua-evidence-'));
    h = await createHttpHarness('sqlite', { EVIDENCE_DIR: dir });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const cookieOf = async (username: string) => {
    const res = await h.app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      headers: { 'content-type': 'application/json' },
      payload: { username, password: PASSWORD },
    });
    return String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '';
  };
  const upload = (cookie: string, body: Buffer, type = 'application/pdf', extra: Record<string, string> = {}) =>
    h.app.inject({
      method: 'POST',
      url: '/api/evidence',
      headers: {
        cookie,
        'content-type': type,
        origin: APP,
        'x-file-name': encodeURIComponent('Kế hoạch số 12.pdf'),
        ...extra,
      },
      payload: body,
    });

  it('stores an editor’s PDF once by its content and gives it back with its name to signed-in users only', async () => {
    const editor = await cookieOf('xa.lamson');
    const first = await upload(editor, PDF);
    expect(first.statusCode).toBe(201);
    const { url, name, size } = first.json() as { url: string; name: string; size: number };
    expect(name).toBe('Kế hoạch số 12.pdf');
    expect(size).toBe(PDF.length);
    expect((await upload(editor, PDF, 'application/pdf', { 'x-file-name': 'trang.html' })).json()).toMatchObject({
      url,
    });
    expect(readdirSync(dir).filter((f) => f.endsWith('.pdf'))).toHaveLength(1);

    const reader = await cookieOf('lanhdao');
    const download = await h.app.inject({ url, headers: { cookie: reader } });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    // The first upload named it; the second ("trang.html") did not rename it.
    expect(download.headers['content-disposition']).toContain(encodeURIComponent('Kế hoạch số 12.pdf'));
    expect((await h.app.inject({ url })).statusCode).toBe(401);
  });

  it('refuses the public, roles that enter no data, other origins, other file types and files over 10 MB, in Vietnamese', async () => {
    const editor = await cookieOf('xa.lamson');
    expect((await upload('', PDF)).statusCode).toBe(401);
    // Refused from the headers alone: an 11 MB body from the public or a reader is never read (401/403, not 413).
    const huge = Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]);
    expect((await upload('', huge)).statusCode).toBe(401);
    expect((await upload(await cookieOf('lanhdao'), huge)).statusCode).toBe(403);
    expect((await upload(await cookieOf('lanhdao'), PDF)).statusCode).toBe(403);
    const foreign = await upload(editor, PDF, 'application/pdf', { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    const html = await upload(editor, Buffer.from('<script>alert(1)</script>'), 'text/html');
    expect(html.statusCode).toBe(415);
    const disguised = await upload(editor, Buffer.from('<html><script>alert(1)</script></html>'), 'application/pdf');
    expect(disguised.statusCode).toBe(415);
    expect(disguised.json().error.message).toContain('không khớp');
    const big = await upload(editor, Buffer.alloc(EVIDENCE_MAX_BYTES + 1, 1));
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toContain('quá lớn');
    expect(
      (await h.app.inject({ url: '/api/evidence/..%2f..%2fetc%2fpasswd', headers: { cookie: editor } })).statusCode,
    ).toBe(404);
  });
});
