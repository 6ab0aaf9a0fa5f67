import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@thidua/source'] },
  ssr: { resolve: { conditions: ['@thidua/source'] } },
  test: {
    include: ['src/**/*.e2e.ts'],
    // One browser and one product at a time: the machine has two cores.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Pages settle at their own pace on a loaded machine: polls wait like Playwright's own waits do.
    expect: { poll: { timeout: 20_000, interval: 100 } },
  },
});
