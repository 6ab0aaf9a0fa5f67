// The first page's data is requested while the JavaScript is still being parsed: on a slow office laptop that wait
// is most of the time to the first useful paint. No shared module is imported here (this runs before the async
// boundary); the results are handed to the query cache in bootstrap, and any failure falls back to the normal call.
const store = new Map<string, Promise<unknown>>();

const get = (path: string, input?: unknown): Promise<unknown> =>
  fetch(`/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`, { credentials: 'same-origin' }).then(async (res) => {
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    return ((await res.json()) as { result: { data: unknown } }).result.data;
  });

const start = (key: string, promise: Promise<unknown>) => {
  promise.catch(() => undefined); // a failure is handled later by the normal request
  store.set(key, promise);
};

/** Keys are the query keys the screens use, joined by '|'. */
export const startEarlyRequests = (pathname: string): void => {
  start('auth.me', get('auth.me'));
  start('remotes.json', fetch('/remotes.json', { cache: 'no-store' }).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`remotes.json: HTTP ${r.status}`)))));
  if (pathname !== '/') return;
  start('movement.get', get('movement.get'));
  start('movement.timeline', get('movement.timeline'));
  // The year the dashboard opens on is the movement's to say: the year's requests start as soon as its calendar
  // answers (a small request), before the screens that show them are even parsed.
  const calendar = get('movement.calendar') as Promise<{ defaultYear: number; reportingYears: number[] }>;
  start('movement.calendar', calendar);
  calendar.then(
    ({ defaultYear, reportingYears }) => {
      start(`targets.progress|${defaultYear}`, get('targets.progress', { year: defaultYear }));
      start(`leaderboard.get|${defaultYear}|commune`, get('leaderboard.get', { year: defaultYear, kind: 'commune', limit: 200 }));
      for (const year of reportingYears) start(`reports.completeness|${year}`, get('reports.completeness', { year }));
    },
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
