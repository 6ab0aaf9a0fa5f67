// Vitest wiring for API tests: which databases to run on, and a harness created before a describe block's tests.
import { afterAll, beforeAll } from 'vitest';
import { createHarness, type Harness } from './api-harness.js';

export { testProviders } from '@thidua/db/testing';

/** A harness filled in before the enclosing describe's tests run, and destroyed after them. */
export const useHarness = (
  provider: 'sqlite' | 'postgresql',
  options: Parameters<typeof createHarness>[1] = {},
): Harness => {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await createHarness(provider, options));
  });
  afterAll(async () => {
    await h.destroy?.();
  });
  return h;
};
