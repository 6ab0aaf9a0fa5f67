// Runs one load job in a separate process (see load-client.ts) and returns autocannon's result.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import type { LoadJob } from './load-client.ts';

export type { LoadJob };

export const runLoad = (job: LoadJob): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./load-client.ts', import.meta.url)), {
      execArgv: ['--import', 'tsx'],
      stdio: 'inherit',
    });
    child.once('message', (result) => resolve(result as autocannon.Result));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? undefined : reject(new Error(`load client exited with ${code}`))));
    child.send(job);
  });
