// The public API as the widgets read it: where it is, what it answers, and why a read failed.
import type { RouterOutputs } from '@thidua/api';

export type Targets = RouterOutputs['targets']['progress'];
export type Timeline = RouterOutputs['movement']['timeline'];
export type Completeness = Omit<RouterOutputs['reports']['completeness'], 'rows'>;
export type Awards = RouterOutputs['decisions']['published'];
export type Initiatives = RouterOutputs['initiatives']['publicList'];
export type Calendar = RouterOutputs['movement']['calendar'];
export type Nominees = RouterOutputs['nominations']['publicList'];
/** POST /api/public/nominees/{id}/comments: what a citizen sends (the contact is never published). */
export interface CommentInput {
  authorName: string;
  contact: string;
  body: string;
}
/** GET /api/public/leaderboard (JSON): the columns of the open-data CSV. */
export interface Leaderboard {
  year: number;
  kind: string;
  total: number;
  rows: Array<{
    position: number;
    rank: number;
    unit_id: string;
    unit_name: string;
    reported: boolean;
    eligibility: 'eligible' | 'not_eligible' | 'incomplete';
    score: number;
    criteria_met: number;
    criteria_not_met: number;
    criteria_missing: number;
  }>;
}

export type Failure = 'unreachable' | 'refused' | 'invalid' | 'failed';

export class PublicApiError extends Error {
  /** `serverMessage`: the API's own words for a refused write ("tiếng Việt | English"), when it gave them. */
  constructor(
    readonly failure: Failure,
    readonly serverMessage?: string,
  ) {
    super(failure);
  }
}

const TIMEOUT_MS = 10_000;

/** Where this script was loaded from: by default the API is behind the same origin (the widgets' host proxies it). */
const scriptOrigin = (() => {
  const src = typeof document !== 'undefined' ? (document.currentScript as HTMLScriptElement | null)?.src : undefined;
  try {
    return src ? new URL(src).origin : undefined;
  } catch {
    return undefined;
  }
})();

export const apiBase = (el: Element): string =>
  (el.getAttribute('api') ?? scriptOrigin ?? location.origin).replace(/\/+$/, '');

/** Whether our server answers, and refused this page: the ping holds no data, so it is readable from any page. A
 * proxy's own error page (an API down behind nginx) is not a 204, so it counts as down, not as refused. */
const refusesThisPage = async (base: string): Promise<boolean> => {
  try {
    const res = await fetch(`${base}/api/public/ping`, {
      credentials: 'omit',
      signal: timeoutSignal(TIMEOUT_MS).signal,
    });
    return res.status === 204;
  } catch {
    return false;
  }
};

/** AbortSignal.timeout/any are too new for some supported browsers (Safari 16.4, Chrome 111): one controller does both. */
const timeoutSignal = (
  ms: number,
  outer?: AbortSignal,
): { signal: AbortSignal; timedOut: () => boolean; done: () => void } => {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, ms);
  const stop = () => {
    clearTimeout(timer);
    controller.abort();
  };
  if (outer?.aborted) stop();
  else outer?.addEventListener('abort', stop, { once: true });
  return { signal: controller.signal, timedOut: () => timedOut, done: () => clearTimeout(timer) };
};

export const getJson = async <T>(base: string, path: string, signal?: AbortSignal): Promise<T> => {
  const timeout = timeoutSignal(TIMEOUT_MS, signal);
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      signal: timeout.signal,
      credentials: 'omit',
      headers: { accept: 'application/json' },
    });
  } catch (e) {
    if (signal?.aborted) throw e;
    if (timeout.timedOut()) throw new PublicApiError('unreachable');
    // A refused CORS read and a server that is down look the same to a page: the ping tells them apart.
    throw new PublicApiError((await refusesThisPage(base)) ? 'refused' : 'unreachable');
  }
  if (!res.ok) timeout.done();
  if (res.status === 403) throw new PublicApiError('refused');
  if (res.status === 400) throw new PublicApiError('invalid');
  if (res.status === 502 || res.status === 503 || res.status === 504) throw new PublicApiError('unreachable');
  if (!res.ok) throw new PublicApiError('failed');
  try {
    return (await res.json()) as T;
  } catch {
    throw new PublicApiError(timeout.timedOut() ? 'unreachable' : 'failed');
  } finally {
    timeout.done();
  }
};

const messageOf = (answer: unknown): string | undefined => {
  const message = (answer as { error?: { message?: unknown } } | undefined)?.error?.message;
  return typeof message === 'string' && message.trim() !== '' ? message : undefined;
};

/** The one write the public API takes (a comment on a nominee): JSON in, JSON out, no cookie. A refusal carries the
 * server's message; a lost connection is told apart from a page the API does not serve, as for reads. */
export const postJson = async <T>(base: string, path: string, body: unknown): Promise<T> => {
  const timeout = timeoutSignal(TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, {
      method: 'POST',
      signal: timeout.signal,
      credentials: 'omit',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    if (timeout.timedOut()) throw new PublicApiError('unreachable');
    throw new PublicApiError((await refusesThisPage(base)) ? 'refused' : 'unreachable');
  }
  try {
    // A proxy's error page is not JSON: the status alone then says what happened.
    const answer: unknown = await res.json().catch(() => undefined);
    if (res.ok) return answer as T;
    const failure: Failure =
      res.status === 403
        ? 'refused'
        : res.status === 400
          ? 'invalid'
          : res.status === 502 || res.status === 503 || res.status === 504
            ? 'unreachable'
            : 'failed';
    throw new PublicApiError(failure, messageOf(answer));
  } finally {
    timeout.done();
  }
};

/** The part of a "tiếng Việt | English" message for the reader's language (the whole text when it has one part). */
export const inLanguage = (message: string, lang: 'vi' | 'en'): string => {
  const at = message.indexOf(' | ');
  if (at < 0) return message;
  return lang === 'vi' ? message.slice(0, at) : message.slice(at + 3);
};

const calendars = new Map<string, Promise<Calendar>>();

/** The movement's calendar, read once per page and API: every widget without a year or review attribute shows its defaults. */
export const calendarOf = (base: string): Promise<Calendar> => {
  let calendar = calendars.get(base);
  if (!calendar) {
    // Shared by every widget of the page, so no one widget's abort cancels it: only the timeout does.
    calendar = getJson<Calendar>(base, '/api/public/calendar');
    calendars.set(base, calendar);
    calendar.catch(() => calendars.delete(base)); // a failed read is tried again on the next refresh
  }
  return calendar;
};

/** For the unit tests: each test starts with no calendar read. */
export const forgetCalendars = (): void => calendars.clear();
