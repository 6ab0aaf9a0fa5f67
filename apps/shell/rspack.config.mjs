import { readFileSync } from 'node:fs';
import { frontendConfig } from '@thidua/frontend-build';
import { trpcBatchUrl } from '@thidua/frontend-build/trpc-batch-url';

// The frame's first calls (src/startup-calls.json) are preloaded by the page, so they start with the scripts.
const { calls } = JSON.parse(readFileSync(new URL('./src/startup-calls.json', import.meta.url), 'utf8'));

export default frontendConfig({
  dir: import.meta.dirname,
  name: 'shell',
  kind: 'host',
  port: 4200,
  preloadFetches: [trpcBatchUrl(calls)],
});
