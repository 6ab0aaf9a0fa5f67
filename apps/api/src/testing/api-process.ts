// The API exactly as deployed (`main.ts`), in a process of its own that a test can kill or run twice, listening on a
// port the system gives it (PORT=0) and read back from its first line.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const APP_ORIGIN = 'http://thidua.test.local';
const apiDir = fileURLToPath(new URL('../..', import.meta.url));

export interface ApiProcess {
  url: string;
  process: ChildProcess;
  /** Ends the process at once, as a power cut or the OOM killer would. */
  kill(): Promise<void>;
}

/** `dataDir` holds the evidence and the outbox, shared by every process started on it. */
export const startApiProcess = (
  databaseUrl: string,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ApiProcess> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=@thidua/source', 'src/main.ts'], {
      cwd: apiDir,
      env: {
        PATH: process.env['PATH'],
        HOME: process.env['HOME'],
        DATABASE_URL: databaseUrl,
        PORT: '0',
        LOG_LEVEL: 'warn',
        NOTIFY_EVERY_SECONDS: '0',
        SEED_ON_FIRST_RUN: 'false',
        APP_ORIGINS: APP_ORIGIN,
        EVIDENCE_DIR: join(dataDir, 'evidence'),
        OUTBOX_DIR: join(dataDir, 'outbox'),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const onExit = (code: number | null) => reject(new Error(`the API exited (${code}) before listening:\n${out}`));
    child.once('exit', onExit);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /thidua API: (http:\/\/\S+)/.exec(out)?.[1];
      if (!url) return;
      child.off('exit', onExit);
      resolve({
        url,
        process: child,
        kill: () =>
          new Promise((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGKILL');
          }),
      });
    });
  });
