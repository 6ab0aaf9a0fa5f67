// The public API as the widgets read it: where it is, what it answers, and why a read failed.
import type { RouterOutputs } from '@thidua/api';

export type Targets = RouterOutputs['targets']['progress'];
export type Timeline = RouterOutputs['movement']['timeline'];
export type Completeness = Omit<RouterOutputs['reports']['completeness'], 'rows'>;
export type Awards = RouterOutputs['decisions']['published'];
/** GET /api/public/leaderboard (JSON): the columns of the open-data CSV. */
export interface Leaderboard {
  year: number;
  kind: string;
  total: number;
  rows: Array<{ position: number; rank: number; unit_id: string; unit_name: string; reported: boolean; eligibility: 'eligible' | 'not_eligible' | 'incomplete'; score: number; criteria_met: number; criteria_not_met: number; criteria_missing: number }>;
}

export type Failure = 'unreachable' | 'refused' | 'failed';

export class PublicApiError extends Error {
  constructor(readonly failure: Failure) {
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

export const apiBase = (el: Element): string => (el.getAttribute('api') ?? scriptOrigin ?? location.origin).replace(/\/+$/, '');

/** Whether the server answers at all (a no-cors request never fails on CORS; the ping has no body to block). */
const answers = async (base: string): Promise<boolean> => {
  try {
    await fetch(`${base}/api/public/ping`, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
    return true;
  } catch {
    return false;
  }
};

export const getJson = async <T>(base: string, path: string, signal?: AbortSignal): Promise<T> => {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let res: Response;
  try {
    res = await fetch(`${base}${path}`, { signal: signal ? AbortSignal.any([signal, timeout]) : timeout, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch (e) {
    if (signal?.aborted) throw e;
    if (timeout.aborted) throw new PublicApiError('unreachable');
    // A refused CORS read and a server that is down look the same to a page: an opaque request tells them apart.
    throw new PublicApiError((await answers(base)) ? 'refused' : 'unreachable');
  }
  if (res.status === 403) throw new PublicApiError('refused');
  if (res.status === 502 || res.status === 503 || res.status === 504) throw new PublicApiError('unreachable');
  if (!res.ok) throw new PublicApiError('failed');
  try {
    return (await res.json()) as T;
  } catch {
    throw new PublicApiError('failed');
  }
};
