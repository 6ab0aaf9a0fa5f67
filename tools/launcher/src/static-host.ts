// A small static web server for one built app (what nginx would do in production): gzip, long caching for hashed
// files, no caching for manifests, SPA fallback for the shell, CORS for remotes, and a proxy to the API.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticHostOptions {
  root: string;
  port: number;
  host?: string;
  /** Unknown paths without an extension get index.html (client-side routes like /sector/S-HEALTH). */
  spa?: boolean;
  /** Requests under these prefixes go to the API, keeping the browser on one origin (cookies, CSRF). */
  proxy?: { target: string; prefixes: readonly string[] };
  /** Files served from memory instead of disk, e.g. this environment's /remotes.json. */
  overrides?: Readonly<Record<string, string>>;
  /** Any origin may load these files (a remote's chunks and manifest are read by the shell's origin). */
  cors?: boolean;
  /** Content-Security-Policy of HTML pages. */
  csp?: string;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;

export interface StaticHost {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Forwards to the API only: the target's origin with the request's path and query (never a host named in the request). */
const proxyTo = (
  target: string,
  pathname: string,
  search: string,
  req: IncomingMessage,
  res: ServerResponse,
  cors = false,
) => {
  const url = new URL(target);
  url.pathname = pathname;
  url.search = search;
  const upstream = request(
    url,
    { method: req.method, headers: { ...req.headers, 'x-forwarded-for': req.socket.remoteAddress ?? '' } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    // On a CORS host (the widgets') a page on another origin must be able to read that the API is down, not refused.
    if (!res.headersSent)
      res.writeHead(502, {
        'content-type': 'application/json; charset=utf-8',
        ...(cors ? { 'access-control-allow-origin': '*' } : {}),
      });
    res.end(
      JSON.stringify({
        error: { code: 'BAD_GATEWAY', message: 'Không kết nối được máy chủ API | The API server cannot be reached' },
      }),
    );
  });
  req.pipe(upstream);
};

export const startStaticHost = async (options: StaticHostOptions): Promise<StaticHost> => {
  const gzipped = new Map<string, Buffer>();
  const root = normalize(options.root);

  const send = async (req: IncomingMessage, res: ServerResponse, path: string, body?: Buffer) => {
    const ext = extname(path);
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control': HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      vary: 'accept-encoding',
    };
    if (options.cors) headers['access-control-allow-origin'] = '*';
    if (ext === '.html' && options.csp) headers['content-security-policy'] = options.csp;
    const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (!gzip && !body) {
      res.writeHead(200, headers);
      createReadStream(path).pipe(res);
      return;
    }
    let payload = body ?? (await readFile(path));
    if (gzip) {
      const key = body ? `mem:${path}` : path;
      let z = HASHED.test(path) ? gzipped.get(key) : undefined;
      if (!z) {
        z = gzipSync(payload);
        if (HASHED.test(path)) gzipped.set(key, z);
      }
      payload = z;
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, { ...headers, 'content-length': String(payload.length) });
    res.end(req.method === 'HEAD' ? undefined : payload);
  };

  const server = createServer((req, res) => {
    const raw = req.url ?? '/';
    let pathname: string;
    let search: string;
    try {
      // Only origin-form requests ("/path"): an absolute or "//host" target would make this an open proxy.
      if (!raw.startsWith('/') || raw.startsWith('//')) throw new Error('not a path');
      const parsed = new URL(raw, 'http://static.invalid');
      pathname = decodeURIComponent(parsed.pathname);
      search = parsed.search;
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      return res.end('Địa chỉ không hợp lệ / Bad request');
    }
    if (options.proxy && options.proxy.prefixes.some((p) => pathname === p || pathname.startsWith(`${p}/`)))
      return proxyTo(
        options.proxy.target,
        new URL(raw, 'http://static.invalid').pathname,
        search,
        req,
        res,
        options.cors,
      );
    if (req.method === 'OPTIONS' && options.cors) {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-methods': 'GET, HEAD',
        'access-control-max-age': '600',
      });
      return res.end();
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      return res.end();
    }
    const named = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    const override = options.overrides?.[named];
    if (override !== undefined) return void send(req, res, named, Buffer.from(override));
    const file = normalize(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(400);
      return res.end();
    }
    void stat(file)
      .then((s) => (s.isFile() ? file : join(file, 'index.html')))
      .then(async (path) => {
        await stat(path);
        return send(req, res, path);
      })
      .catch(async () => {
        if (options.spa && extname(pathname) === '') return send(req, res, join(root, 'index.html'));
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Không tìm thấy / Not found');
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

/** The shell's CSP: its own scripts and those of the configured sector modules, nothing else. */
export const shellCsp = (remoteOrigins: readonly string[]): string =>
  [
    "default-src 'self'",
    `script-src 'self' ${remoteOrigins.join(' ')}`.trim(),
    `connect-src 'self' ${remoteOrigins.join(' ')}`.trim(),
    `style-src 'self' 'unsafe-inline' ${remoteOrigins.join(' ')}`.trim(),
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

/** The widgets' host: its pages may be framed by the portals (iframe mode) and read the API it proxies, nothing else. */
export const widgetsCsp = (portalOrigins: readonly string[]): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "connect-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    `frame-ancestors 'self' ${portalOrigins.join(' ')}`.trim(),
  ].join('; ');
