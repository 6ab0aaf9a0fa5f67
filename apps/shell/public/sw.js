/* global self, caches, fetch, Headers, Response */
// thidua's service worker: the shell opens without a network, so a commune with a bad link can open and fill its
// report; the API's last answers stand in while it cannot be reached. Writes (POST) always go to the network: the
// page keeps unsent input in its own drafts and resends it when the link is back.
const SHELL = 'thidua-shell-v1';
const DATA = 'thidua-data-v1';
// Built files carry their content's hash: a cached copy is always the right one.
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.add('/'))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((k) => k.startsWith('thidua-') && k !== SHELL && k !== DATA).map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

// Kept answers of the API stand in for as long as a session could still be alive (15 idle minutes), never longer:
// whoever opens the browser after that, without a network, sees no one else's data.
const DATA_MAX_AGE_MS = 15 * 60 * 1000;
const KEPT_AT = 'x-thidua-kept-at';

const isAppPage = (response) => (response.headers.get('content-type') ?? '').startsWith('text/html');

const stamped = async (response) => {
  const headers = new Headers(response.headers);
  headers.set(KEPT_AT, String(Date.now()));
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
};

/** The network's answer when there is one (kept for later if `keep` says so), else the last one kept, if fresh enough. */
const networkFirst = async (request, cacheName, key, keep = () => true, maxAgeMs = Infinity) => {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok && keep(response)) await cache.put(key ?? request, await stamped(response.clone()));
    return response;
  } catch (error) {
    const kept = await cache.match(key ?? request);
    if (kept && Date.now() - Number(kept.headers.get(KEPT_AT) ?? 0) <= maxAgeMs) return kept;
    throw error;
  }
};

const cacheFirst = async (request) => {
  const cache = await caches.open(SHELL);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // Files, documents and the public API are never kept, even when opened as a page (an evidence PDF in a new tab).
  if (url.pathname.startsWith('/api/')) return;
  // Every address of the app is the same page (client-side routes): only the app's own HTML is kept as it.
  if (request.mode === 'navigate') return event.respondWith(networkFirst(request, SHELL, '/', isAppPage));
  if (url.pathname.startsWith('/trpc/'))
    return event.respondWith(networkFirst(request, DATA, undefined, () => true, DATA_MAX_AGE_MS));
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request, SHELL));
});
