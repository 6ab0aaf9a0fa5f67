import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@thidua/source'] },
  ssr: { resolve: { conditions: ['@thidua/source'] } },
  // A DOM with custom elements and shadow roots; the real browser runs in apps/shell-e2e.
  test: { include: ['src/**/*.spec.ts'], environment: 'happy-dom' },
});
