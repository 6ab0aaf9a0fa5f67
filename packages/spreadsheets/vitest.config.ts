import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@thidua/source'] },
  ssr: { resolve: { conditions: ['@thidua/source'] } },
  test: { include: ['src/**/*.spec.ts'], testTimeout: 30_000 },
});
