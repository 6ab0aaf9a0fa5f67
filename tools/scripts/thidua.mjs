// `pnpm thidua …`: one command line with two homes. `admin …` and `audit …` run from the
// API server's source, as the server does; every other command is the published @thidua/cli (pure domain).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);

// Build steps print to stderr: standard output stays the command's own (a one-time password, JSON, a plan).
const step = (command, commandArgs) => {
  const r = spawnSync(command, commandArgs, { cwd: root, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const run = (command, commandArgs) => {
  const r = spawnSync(command, commandArgs, { cwd: process.cwd(), stdio: 'inherit' });
  process.exit(r.status ?? 1);
};

const nx = join(root, 'node_modules/.bin/nx');
// The database client is generated once per schema change: regenerating it on every command would rewrite files that
// a running build or type check is reading.
const client = join(root, 'packages/db/src/generated/sqlite/client.ts');
const schema = join(root, 'packages/db/prisma/schema.prisma');
const clientIsStale = () => !existsSync(client) || statSync(schema).mtimeMs > statSync(client).mtimeMs;
if (args[0] === 'admin' || args[0] === 'audit') {
  // `audit verify <export>` checks an exported audit log offline, with the API's own verification code.
  if (clientIsStale()) step(nx, ['run', 'db:generate', '--outputStyle=static']);
  run(join(root, 'apps/api/node_modules/.bin/tsx'), [
    '--conditions=@thidua/source',
    join(root, `apps/api/src/admin/${args[0] === 'admin' ? 'main' : 'audit-main'}.ts`),
    ...args.slice(1),
  ]);
} else {
  if (!existsSync(join(root, 'packages/cli/dist/bin.js'))) step(nx, ['run', 'cli:build', '--outputStyle=static']);
  run(process.execPath, [join(root, 'packages/cli/dist/bin.js'), ...args]);
}
