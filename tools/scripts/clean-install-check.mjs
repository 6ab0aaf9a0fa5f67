// Proves the README's install works from the registry alone with no environment prepared: the working tree is copied
// to an empty folder and installed with `env -i` (only PATH and an empty HOME, so no npm_config_*, no CI, no cached
// store), then the embedded database is created and migrated there. A dependency that needs a download outside the
// registry, a local build toolchain or a hidden variable fails here.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'thidua-clean-install-'));
const checkout = join(work, 'thidua');
const home = join(work, 'home');
mkdirSync(home);

// The node that runs this check, then the system's usual places: nothing else a user would not have.
const PATH = [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
const clean = (command, cwd) =>
  execFileSync('env', ['-i', `PATH=${PATH}`, `HOME=${home}`, 'bash', '-c', command], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });

try {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the working tree, not yet committed
    mkdirSync(dirname(join(checkout, file)), { recursive: true });
    cpSync(join(root, file), join(checkout, file));
  }
  console.log(`copied ${files.length} files; installing with: env -i PATH=${PATH} HOME=<empty>`);
  clean('pnpm install --frozen-lockfile', checkout);
  // The driver loads and the embedded database is created and migrated: the install is usable, not just finished.
  const out = clean('pnpm nx run db:migrate --outputStyle=static --skip-nx-cache', checkout);
  if (!existsSync(join(checkout, 'data', 'thidua.db'))) throw new Error(`no database was created:\n${out}`);
  console.log('clean install: pnpm install --frozen-lockfile and db:migrate passed with no environment set');
} catch (e) {
  console.error(`clean install FAILED:\n${e.stdout ?? ''}\n${e.stderr ?? ''}\n${e.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
