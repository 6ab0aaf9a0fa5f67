// Proves @thidua/domain works for a developer outside this workspace: pack the tarball, install it with npm
// in an empty folder (zod comes from the registry), run it as ESM, and typecheck a consumer against its .d.ts.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const pkgDir = process.cwd();
const tsc = resolve(pkgDir, '../../node_modules/typescript/bin/tsc');
const work = mkdtempSync(join(tmpdir(), 'thidua-pack-'));
const run = (cmd, args, cwd) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

try {
  run('pnpm', ['pack', '--pack-destination', work], pkgDir);
  const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('pnpm pack produced no tarball');
  const listing = run('tar', ['-tzf', join(work, tarball)], work);
  for (const forbidden of ['src/', '.spec.', 'testing/synthetic-participants.ts', '.tsbuildinfo']) {
    if (listing.includes(forbidden)) throw new Error(`the tarball ships ${forbidden}:\n${listing}`);
  }
  const app = join(work, 'consumer');
  run('mkdir', ['-p', app], work);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', join(work, tarball)], app);
  writeFileSync(
    join(app, 'check.ts'),
    `import { ninhSonDx2021_2025 as plan, evaluateParticipant, deadlineStatus, allocateAwards, parseMovement, type ParticipantEvaluation } from '@thidua/domain';
const e: ParticipantEvaluation = evaluateParticipant(plan, { id: 'U-LAM-SON', kind: 'commune', registered: true }, { 'C-COMM-DOSSIERS': 64.99 });
const parsed = parseMovement(JSON.parse(JSON.stringify(plan)));
const due = deadlineStatus(plan, 'D-UNIT-PLAN', { submittedAt: '2022-09-19T23:59:59+07:00' });
const awards = allocateAwards(plan, 'R-INTERIM', [{ id: 'a', kind: 'collective', eligible: true, score: 90 }]);
const dossiers = e.criteria.find((c) => c.criterionId === 'C-COMM-DOSSIERS');
if (!parsed.ok || due.status !== 'on_time' || awards.awarded.length !== 1 || dossiers?.status !== 'not_met') throw new Error('unexpected results');
console.log(JSON.stringify({ ok: true, dossiers: dossiers.explanation.vi, due: due.lastOnTimeLocal }));
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        target: 'ES2022',
        strict: true,
        outDir: 'out',
        skipLibCheck: false,
        types: [],
      },
      include: ['check.ts'],
    }),
  );
  run('node', [tsc, '-p', 'tsconfig.json'], app);
  const out = run('node', ['out/check.js'], app).trim();
  const result = JSON.parse(out);
  if (!result.ok || !result.dossiers.includes('64,99%')) throw new Error(`unexpected output: ${out}`);
  console.log(`pack-check: ${tarball} installs with npm outside the workspace, typechecks and runs: ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
