// `nx run shell-e2e:budget`: what the browser downloads for the dashboard (gzip), per origin, and the dashboard's
// largest contentful paint in Chromium with the CPU slowed 4×. Writes docs/benchmarks.md; exits 1 over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBenchmarkSection } from '@thidua/bench/benchmarks-doc';
import { appDist, readRemotes } from '@thidua/launcher/remotes';
import { launchBrowser, newUserContext } from '../browser.js';
import { signIn } from '../support/sign-in.js';
import { startTestProduct } from '../support/test-product.js';

const KB = 1024;
const BUDGET = { shellInitialJs: 200 * KB, remoteJs: 60 * KB, lcpMs: 2000 };
const RUNS = 5;
/** Only React's own module (and react-dom's) carries this name: a remote file with it would be a second React. */
const REACT_MARKER = '__CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE';

const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

const product = await startTestProduct();
const browser = await launchBrowser();
try {
  const context = await newUserContext(browser);
  const page = await context.newPage();
  await signIn(page, product.shell.url, 'lanhdao');

  // 1. Bytes: every script the dashboard loads, by origin, as gzip at level 9 (what a production server sends).
  const scripts: Array<{ origin: string; url: string; gzip: number }> = [];
  page.on('response', (res) => {
    if (res.request().resourceType() !== 'script') return;
    void res.body().then((body) => scripts.push({ origin: new URL(res.url()).origin, url: res.url(), gzip: gz(body) }), () => undefined);
  });
  await page.goto(`${product.shell.url}/`);
  await page.getByTestId('sector-widget-S-RESIDENTS').locator('[data-indicator]').first().waitFor({ timeout: 60_000 });
  await page.getByTestId('leaderboard').locator('tbody tr').first().waitFor();
  await page.waitForLoadState('networkidle');
  const shellOrigin = new URL(product.shell.url).origin;
  const shellInitial = scripts.filter((s) => s.origin === shellOrigin).reduce((a, s) => a + s.gzip, 0);

  // Each remote's own JavaScript: everything in its build folder, and whether any of it is a copy of React.
  const remotes = readRemotes().map((r) => {
    const dir = appDist(r.name);
    const files = readdirSync(dir).filter((f) => f.endsWith('.js'));
    const gzip = files.reduce((a, f) => a + gz(readFileSync(join(dir, f))), 0);
    const loaded = scripts.filter((s) => s.origin === product.remotes.get(r.name)?.url).reduce((a, s) => a + s.gzip, 0);
    const react = files.some((f) => readFileSync(join(dir, f), 'utf-8').includes(REACT_MARKER));
    return { name: r.name, files: files.length, gzip, loaded, react };
  });
  // Every federation instance (shell and remotes) sees the shared React; count the distinct providers that loaded one.
  const reactCopiesInBrowser = await page.evaluate(() => {
    type Shared = { loaded?: boolean; from?: string };
    const share = (globalThis as { __FEDERATION__?: { __SHARE__?: Record<string, Record<string, Record<string, Record<string, Shared>>>> } }).__FEDERATION__?.__SHARE__ ?? {};
    const providers = Object.values(share).flatMap((scopes) => Object.values(scopes['default']?.['react'] ?? {})).filter((v) => v.loaded).map((v) => v.from);
    return new Set(providers).size;
  });

  // 2. Largest contentful paint of the dashboard, signed in, CPU slowed 4×, cold cache each run.
  const lcps: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await context.newPage();
    const cdp = await context.newCDPSession(run);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await run.goto(`${product.shell.url}/`);
    await run.getByTestId('leaderboard').locator('tbody tr').first().waitFor({ timeout: 60_000 });
    await run.waitForTimeout(500);
    lcps.push(
      await run.evaluate(
        () =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list) => resolve(list.getEntries().at(-1)?.startTime ?? Number.NaN)).observe({ type: 'largest-contentful-paint', buffered: true });
          }),
      ),
    );
    await run.close();
  }
  const lcp = median(lcps);

  const ok = {
    shell: shellInitial <= BUDGET.shellInitialJs,
    remotes: remotes.every((r) => r.gzip <= BUDGET.remoteJs && !r.react),
    react: reactCopiesInBrowser === 1,
    lcp: lcp < BUDGET.lcpMs,
  };
  const mark = (pass: boolean) => (pass ? 'within budget' : '**over budget**');
  const body = [
    `Measured by \`nx run shell-e2e:budget\` (${new Date().toISOString().slice(0, 10)}, Debian Chromium headless, localhost, production builds, gzip level 9).`,
    '',
    '| What | Measured | Budget | |',
    '|---|---|---|---|',
    `| Shell: JavaScript loaded from its origin for the signed-in dashboard (${scripts.filter((s) => s.origin === shellOrigin).length} files, lazy chunks included) | ${kb(shellInitial)} | ${kb(BUDGET.shellInitialJs)} | ${mark(ok.shell)} |`,
    ...remotes.map((r) => `| Remote \`${r.name}\`: all its JavaScript (${r.files} files; ${kb(r.loaded)} loaded by the dashboard) | ${kb(r.gzip)} | ${kb(BUDGET.remoteJs)} | ${mark(r.gzip <= BUDGET.remoteJs)}${r.react ? ', **contains React**' : ', no React inside'} |`),
    `| Copies of React loaded in the page (federation share scope) | ${reactCopiesInBrowser} | 1 | ${mark(ok.react)} |`,
    `| Dashboard largest contentful paint, CPU 4× slower, cold cache (median of ${RUNS}: ${lcps.map((x) => Math.round(x)).join(', ')} ms) | ${Math.round(lcp)} ms | ${BUDGET.lcpMs} ms | ${mark(ok.lcp)} |`,
    '',
    'The baseline in the same run is the budget itself; the remote figure counts every file of its build (the Module Federation runtime in `remoteEntry.js` is most of it), so it is an upper bound on what the shell downloads for it.',
  ].join('\n');
  writeBenchmarkSection('Frontend budgets (shell and sector modules)', body);
  console.log(body);
  if (!Object.values(ok).every(Boolean)) process.exitCode = 1;
} finally {
  await browser.close();
  await product.dispose();
}
