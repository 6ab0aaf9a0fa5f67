// A fake public API behind fetch (by path) and a way to put a widget on the page and wait until it has settled.
import { vi } from 'vitest';
import '../index.js';
import { forgetCalendars } from '../api/public-api.js';
import { CALENDAR } from './fixtures.js';

export const API = 'https://thidua.test';

export type Answer = unknown | { status: number; body?: unknown } | 'down' | (() => Promise<Response>);

export interface FakeRequest {
  method: string;
  path: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
}

export interface FakeApi {
  answers: Map<string, Answer>;
  /** GET paths as they are; other methods as "POST /api/public/…" (the key of their answer too). */
  calls: string[];
  requests: FakeRequest[];
}

const isStatus = (a: unknown): a is { status: number; body?: unknown } =>
  typeof a === 'object' && a !== null && 'status' in a && typeof (a as { status: unknown }).status === 'number';

/** Routes by path and query; 'down' fails like a server that does not answer or a read the browser blocks (CORS).
 * The ping and the movement's calendar answer unless set otherwise. A new fake API is a new page: no calendar read yet. */
export const fakeApi = (routes: Record<string, Answer>): FakeApi => {
  forgetCalendars();
  const api: FakeApi = {
    answers: new Map(Object.entries({ '/api/public/calendar': CALENDAR, ...routes })),
    calls: [],
    requests: [],
  };
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const path = url.startsWith(API) ? url.slice(API.length) : url;
    const method = init.method ?? 'GET';
    const key = method === 'GET' ? path : `${method} ${path}`;
    api.calls.push(key);
    api.requests.push({
      method,
      path,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
      credentials: init.credentials,
    });
    const answer = api.answers.get(key);
    if (answer === undefined && path === '/api/public/ping') return new Response(null, { status: 204 });
    if (answer === undefined) return new Response(JSON.stringify({ error: { code: 'NOT_FOUND' } }), { status: 404 });
    if (answer === 'down') throw new TypeError('Failed to fetch');
    if (typeof answer === 'function') return (answer as () => Promise<Response>)();
    if (isStatus(answer)) return new Response(JSON.stringify(answer.body ?? {}), { status: answer.status });
    return new Response(JSON.stringify(answer), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  return api;
};

export interface Mounted {
  el: HTMLElement & { load(): Promise<void>; state: string };
  root: ShadowRoot;
  text(): string;
  settled(): Promise<void>;
}

/** Puts `<tag api=… …attrs>` in the page and resolves once it shows data or an error. */
export const mount = async (tag: string, attrs: Record<string, string> = {}): Promise<Mounted> => {
  const el = document.createElement(tag) as Mounted['el'];
  el.setAttribute('api', API);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const settled = () =>
    new Promise<void>((resolve) => {
      el.addEventListener('thidua-ready', () => resolve(), { once: true });
      el.addEventListener('thidua-error', () => resolve(), { once: true });
    });
  const first = settled();
  document.body.append(el);
  await first;
  const root = el.shadowRoot!;
  return { el, root, text: () => root.textContent ?? '', settled };
};
