// A real server on a real database for HTTP tests, driven with Fastify's inject (no network needed).
import { createHarness, PASSWORD, type Harness } from '@thidua/api/testing';
import { afterAll, beforeAll } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { readEnv } from '../env.js';
import { buildServer } from '../server.js';

export interface HttpHarness {
  api: Harness;
  app: FastifyInstance;
  /** Every log line the server wrote. */
  logs: string[];
  close(): Promise<void>;
}

export const createHttpHarness = async (
  provider: 'sqlite' | 'postgresql',
  env: Record<string, string> = {},
): Promise<HttpHarness> => {
  const api = await createHarness(provider);
  const logs: string[] = [];
  const app = await buildServer(
    api.t,
    readEnv({
      LOG_LEVEL: 'info',
      APP_ORIGINS: 'https://thidua.ninhson.example',
      PORTAL_ORIGINS: 'https://ninhson.ninhthuan.gov.vn',
      ...env,
    }),
    { write: (line) => void logs.push(line) },
  );
  return {
    api,
    app,
    logs,
    close: async () => {
      await app.close();
      await api.destroy();
    },
  };
};

/** Signs `username` in through the real sign-in route (a role without a second factor) and gives the session's cookie. */
export const sessionCookie = async (h: HttpHarness, username: string): Promise<string> => {
  const res = await h.app.inject({
    method: 'POST',
    url: '/trpc/auth.login',
    headers: { 'content-type': 'application/json' },
    payload: { username, password: PASSWORD },
  });
  return String(res.headers['set-cookie'] ?? '').split(';')[0] ?? '';
};

/** For one describe block: a server started before its tests and closed after, and `username` signed in on it. The
 * harness and cookie are read through the returned object once the block's tests run. */
export const useSignedInHttpHarness = (
  provider: 'sqlite' | 'postgresql',
  username: string,
): { readonly h: HttpHarness; readonly cookie: string } => {
  const state = { h: undefined as unknown as HttpHarness, cookie: '' };
  beforeAll(async () => {
    state.h = await createHttpHarness(provider);
    state.cookie = await sessionCookie(state.h, username);
  });
  afterAll(async () => {
    await state.h?.close();
  });
  return state;
};
