import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript sources in tests, never to a stale dist/.
  resolve: { conditions: ['@thidua/source'] },
  ssr: { resolve: { conditions: ['@thidua/source'] } },
  test: {
    include: ['src/**/*.spec.ts'],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/**/*.spec.ts', 'src/testing/**'],
      reporter: ['text-summary', 'json-summary'],
      thresholds: { lines: 90, branches: 85, functions: 90 },
    },
  },
});
