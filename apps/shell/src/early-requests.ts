// The first page's data is requested while the JavaScript is still being parsed: on a slow office laptop that wait
// is most of the time to the first useful paint. No shared module is imported here (this runs before the async
// boundary); the results are handed to the query cache in bootstrap, and any failure falls back to the normal call.
// The calls go as tRPC batches: on a link with half a second of round trip, a browser's six connections to one
// server are the limit, and the page's own scripts need them too.
import startup from './startup-calls.json' with { type: 'json' };

const store = new Map<string, Promise<unknown>>();

/** tRPC's own limit on calls in one request (MAX_BATCH_SIZE in apps/api). */
const MAX_CALLS = 10;

interface Call {
  /** The query key the screen uses. */
  key: readonly unknown[];
  path: string;
  input?: unknown;
  /** The part of the answer the screen keeps under its key. */
  pick?: (data: never) => unknown;
}

type BatchAnswer = Array<{ result?: { data: unknown } }>;

const start = (key: readonly unknown[], promise: Promise<unknown>) => {
  promise.catch(() => undefined); // a failure is handled later by the normal request
  store.set(key.join('|'), promise);
};

/** Sends the calls in as few requests as tRPC takes; each call's answer (or its own error) goes to its key. The
 * address is made as tools/frontend-build/trpc-batch-url.mjs makes the page's preload link. */
const batch = (calls: readonly Call[]): void => {
  for (let from = 0; from < calls.length; from += MAX_CALLS) {
    const part = calls.slice(from, from + MAX_CALLS);
    const inputs = Object.fromEntries(part.flatMap((c, i) => (c.input === undefined ? [] : [[i, c.input]])));
    const url = `/trpc/${part.map((c) => c.path).join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(inputs))}`;
    const answer = fetch(url, { credentials: 'same-origin' }).then((res) => res.json() as Promise<BatchAnswer>);
    part.forEach((call, i) =>
      start(
        call.key,
        answer.then((list) => {
          const item = Array.isArray(list) ? list[i] : undefined;
          if (!item?.result) throw new Error(`${call.path}: no answer`);
          return call.pick ? call.pick(item.result.data as never) : item.result.data;
        }),
      ),
    );
  }
};

/** useMovement()'s key (use-movement.ts) for the movement the screens open on: no year, no review. */
export const MOVEMENT_KEY = ['movement.get', null, null] as const;

interface CalendarAnswer {
  defaultYear: number;
  reportingYears: number[];
  reviews: Array<{ id: string }>;
}

/** What the screens keep of an answer, when not the whole of it (by procedure). */
const PICK: Record<string, Call['pick']> = { 'notifications.mine': (d: { unread: number }) => d.unread };
/** The query key a screen reads a startup call under, when not the procedure's name alone. */
const KEY: Record<string, readonly unknown[]> = {
  'notifications.mine': ['notifications.mine', 'count'],
  'movement.get': MOVEMENT_KEY,
};

/** Keys are the query keys the screens use, joined by '|'. */
export const startEarlyRequests = (pathname: string): void => {
  start(
    ['remotes.json'],
    fetch('/remotes.json', { cache: 'no-store' }).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(`remotes.json: HTTP ${r.status}`)),
    ),
  );
  // What every page's frame asks first (who is signed in, the instance, the bell, the movement and its calendar): the
  // same batch on every page, so the address the page's HTML preloads is the one asked for here.
  batch(startup.calls.map((c) => ({ ...c, key: KEY[c.path] ?? [c.path], pick: PICK[c.path] })));
  if (pathname !== '/') return;
  // The year the dashboard opens on is the movement's to say: the year's requests start as soon as its calendar and
  // the signed-in person are known, before the screens that show them are even parsed. Award quotas only for those
  // who may read every unit (the dashboard shows them only to them).
  const calendar = store.get('movement.calendar') as Promise<CalendarAnswer> | undefined;
  const me = store.get('auth.me') as Promise<{ capabilities: { readAllUnits: boolean } }> | undefined;
  if (!calendar || !me) return;
  Promise.all([calendar, me]).then(
    ([{ defaultYear, reportingYears, reviews }, { capabilities }]) =>
      batch([
        { key: ['targets.progress', defaultYear], path: 'targets.progress', input: { year: defaultYear } },
        {
          key: ['leaderboard.get', defaultYear, 'commune'],
          path: 'leaderboard.get',
          input: { year: defaultYear, kind: 'commune', limit: 200 },
        },
        ...reportingYears.map((year) => ({
          key: ['reports.completeness', year],
          path: 'reports.completeness',
          input: { year },
        })),
        ...(capabilities.readAllUnits
          ? reviews.map((r) => ({
              key: ['decisions.quotas', r.id],
              path: 'decisions.quotas',
              input: { reviewId: r.id },
            }))
          : []),
      ]),
    () => undefined,
  );
};

/** The early answer for a query key, once; undefined when none was started. */
export const takeEarly = (key: readonly unknown[]): Promise<unknown> | undefined => {
  const id = key.join('|');
  const promise = store.get(id);
  store.delete(id);
  return promise;
};
