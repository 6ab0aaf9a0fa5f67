/* global self, caches, fetch */
// thidua's service worker: the shell opens without a network, so a commune with a bad link can open and fill its
// report; the API's last answers stand in while it cannot be reached. Writes (POST) always go to the network: the
// page keeps unsent input in its own drafts and resends it when the link is back.
const SHELL = 'thidua-shell-v1';
const DATA = 'thidua-data-v1';
// Built files carry their content's hash: a cached copy is always the right one.
const HASHED = /\.[0-9a-f]{8}\.(js|css)$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL).then((cache) => cache.add('/')).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('thidua-') && k !== SHELL && k !== DATA).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** The network's answer when there is one (kept for later), else the last one kept. */
const networkFirst = async (request, cacheName, key) => {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key ?? request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(key ?? request);
    if (kept) return kept;
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
  // Every address of the app is the same page (client-side routes).
  if (request.mode === 'navigate') return event.respondWith(networkFirst(request, SHELL, '/'));
  if (url.pathname.startsWith('/trpc/')) return event.respondWith(networkFirst(request, DATA));
  // Files, documents and the public API are not kept: they are large, or must be current.
  if (url.pathname.startsWith('/api/')) return;
  event.respondWith(HASHED.test(url.pathname) ? cacheFirst(request) : networkFirst(request, SHELL));
});
