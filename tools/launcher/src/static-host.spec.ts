import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shellCsp, startStaticHost, widgetsCsp, type StaticHost } from './static-host.js';

const get = (url: string, headers: Record<string, string> = {}) => fetch(url, { headers });

describe('the static host of a built app', () => {
  let dir: string;
  let host: StaticHost;
  let api: Server;
  let apiUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'static-host-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Thi đua</title>');
    writeFileSync(join(dir, 'main.0123abcd.js'), 'console.log("xin chào");'.repeat(50));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'remotes.json'), '{"remotes":[]}');
    writeFileSync(join(tmpdir(), 'secret.txt'), 'not for the web');
    api = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'x-seen-host': String(req.headers.host) });
      res.end(JSON.stringify({ path: req.url, method: req.method }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const address = api.address();
    apiUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    host = await startStaticHost({
      root: dir,
      port: 0,
      spa: true,
      proxy: { target: apiUrl, prefixes: ['/trpc', '/api'] },
      overrides: { '/remotes.json': '{"remotes":[{"name":"health"}]}' },
      csp: shellCsp(['http://localhost:4201']),
    });
  });
  afterAll(async () => {
    await host.close();
    api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves hashed files gzipped and cached for a year, pages uncached with their CSP', async () => {
    const js = await get(`${host.url}/main.0123abcd.js`, { 'accept-encoding': 'gzip' });
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(js.headers.get('content-type')).toContain('text/javascript');
    expect(await js.text()).toContain('xin chào');
    const raw = await new Promise<Buffer>((resolve) => {
      void import('node:http').then(({ get: httpGet }) =>
        httpGet(`${host.url}/main.0123abcd.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve(Buffer.concat(chunks)));
        }),
      );
    });
    expect(gunzipSync(raw).toString()).toContain('xin chào');
    expect(raw.length).toBeLessThan(200);
    const page = await get(`${host.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self' http://localhost:4201");
  });

  it('answers client-side routes with the app page, but a missing file with 404', async () => {
    expect(await (await get(`${host.url}/sector/S-HEALTH`)).text()).toContain('<title>Thi đua</title>');
    expect((await get(`${host.url}/missing.0123abcd.js`)).status).toBe(404);
  });

  it('never serves a file outside its folder', async () => {
    const res = await get(`${host.url}/..%2f${'secret.txt'}`);
    expect(res.status).not.toBe(200);
    expect(await res.text()).not.toContain('not for the web');
  });

  it('serves this environment’s manifest instead of the built one', async () => {
    expect(await (await get(`${host.url}/remotes.json`)).json()).toEqual({ remotes: [{ name: 'health' }] });
  });

  it('forwards /trpc and /api to the API with the browser’s host (one origin for cookies and CSRF checks)', async () => {
    const res = await fetch(`${host.url}/trpc/auth.login?batch=1`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await res.json()).toEqual({ path: '/trpc/auth.login?batch=1', method: 'POST' });
    expect(res.headers.get('x-seen-host')).toBe(new URL(host.url).host);
    expect((await get(`${host.url}/apiary`)).status).toBe(200); // a prefix matches whole path segments only
  });

  it('answers a malformed address with 400 and keeps serving', async () => {
    const { request: httpRequest } = await import('node:http');
    const status = (path: string) =>
      new Promise<number>((resolve) => {
        const { hostname, port } = new URL(host.url);
        const req = httpRequest(
          { hostname: hostname === 'localhost' ? '127.0.0.1' : hostname, port, path, method: 'GET' },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.end();
      });
    expect(await status('/100%')).toBe(400);
    expect(await status('/%E0')).toBe(400);
    // An absolute or "//host" request target is never forwarded anywhere.
    expect(await status('http://10.0.0.5/api/x')).toBe(400);
    expect(await status('//evil.example/trpc/x')).toBe(400);
    expect((await get(`${host.url}/`)).status).toBe(200);
  });

  it('says so in Vietnamese and English when the API is down', async () => {
    const down = await startStaticHost({
      root: dir,
      port: 0,
      proxy: { target: 'http://127.0.0.1:9', prefixes: ['/trpc'] },
    });
    try {
      const res = await get(`${down.url}/trpc/auth.me`);
      expect(res.status).toBe(502);
      expect(JSON.stringify(await res.json())).toContain('Không kết nối được máy chủ API');
    } finally {
      await down.close();
    }
  });

  it('on the widgets’ host: a page on another origin can read that the API is down, the embed page may be framed by the portals only, and "/" can be a page of this environment', async () => {
    const widgets = await startStaticHost({
      root: dir,
      port: 0,
      cors: true,
      proxy: { target: 'http://127.0.0.1:9', prefixes: ['/api/public'] },
      overrides: { '/index.html': '<p>cổng</p>' },
      csp: widgetsCsp(['https://ninhson.ninhthuan.gov.vn']),
    });
    try {
      const res = await get(`${widgets.url}/api/public/targets`, { origin: 'https://ninhson.ninhthuan.gov.vn' });
      expect(res.status).toBe(502);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const page = await get(`${widgets.url}/`);
      expect(await page.text()).toBe('<p>cổng</p>');
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('content-security-policy')).toContain(
        "frame-ancestors 'self' https://ninhson.ninhthuan.gov.vn",
      );
    } finally {
      await widgets.close();
    }
  });
});
