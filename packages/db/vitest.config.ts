import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources in tests, never to a stale dist/.
  resolve: { conditions: ['@thidua/source'] },
  ssr: { resolve: { conditions: ['@thidua/source'] } },
  test: {
    include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
