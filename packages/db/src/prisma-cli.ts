// Runs the Prisma CLI of this package against one database (offline: JS schema engine through driver adapters).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
const cli = fileURLToPath(import.meta.resolve('prisma/build/index.js'));

/** Output of a command; exit code 2 is returned, not thrown, when asked (migrate diff --exit-code: "differs"). */
export const runPrisma = (
  url: string,
  args: string[],
  options: { allowExit2?: boolean } = {},
): { code: number; out: string } => {
  try {
    const out = execFileSync(process.execPath, [cli, ...args], {
      cwd: packageDir,
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, out };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    if (options.allowExit2 && err.status === 2) return { code: 2, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    throw new Error(`prisma ${args.join(' ')} failed:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
};

/** Applies the migrations to a scratch database and writes the schema read back from it to a temporary file. */
export const migratedSchemaFile = (scratchUrl: string): string => {
  runPrisma(scratchUrl, ['migrate', 'deploy']);
  const pulled = runPrisma(scratchUrl, ['db', 'pull', '--print']).out;
  const start = pulled.indexOf('generator client');
  if (start < 0) throw new Error(`db pull printed no schema:\n${pulled}`);
  const file = join(mkdtempSync(join(tmpdir(), 'thidua-pulled-')), 'pulled.prisma');
  writeFileSync(file, pulled.slice(start));
  return file;
};
