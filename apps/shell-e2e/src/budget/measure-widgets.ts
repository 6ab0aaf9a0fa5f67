// `nx run shell-e2e:widgets-budget`: the portal widgets' whole bundle (gzip) and how long after their script has
// loaded the first and the last widget show data on the demo portal, against a baseline measured in the same page:
// the same public API requests made with plain fetch. Writes docs/benchmarks.md; exits 1 over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeBenchmarkSection } from '@thidua/bench/benchmarks-doc';
import { appDist } from '@thidua/launcher/remotes';
import { launchBrowser, newUserContext } from '../browser.js';
import { startTestProduct } from '../support/test-product.js';

const KB = 1024;
const BUDGET = { bundleGzip: 50 * KB, firstRenderMs: 500 };
const RUNS = 7;
const WIDGETS = 6; // on the demo portal: targets, two leaderboards, deadlines, awards, showcase

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const dist = appDist('widgets');
const files = readdirSync(dist);
const bundle = files.reduce((a, f) => a + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

const product = await startTestProduct();
const browser = await launchBrowser();
try {
  const context = await newUserContext(browser);
  const runs: Array<{ first: number; last: number; baseline: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // Every widget announces its first data with a composed event; record when, on the page's clock.
    await page.addInitScript(() => {
      const w = window as unknown as { readyAt: number[] };
      w.readyAt = [];
      document.addEventListener('thidua-ready', () => w.readyAt.push(performance.now()));
    });
    await page.goto(product.portal.url);
    await page.waitForFunction((n) => (window as unknown as { readyAt: number[] }).readyAt.length >= n, WIDGETS, {
      timeout: 30_000,
    });
    const timing = await page.evaluate(async (widgetsOrigin) => {
      const script = performance
        .getEntriesByType('resource')
        .find((e) => e.name.endsWith('/thidua-widgets.js')) as PerformanceResourceTiming;
      const readyAt = (window as unknown as { readyAt: number[] }).readyAt;
      // Baseline: the same eight public reads the widgets make, in parallel, with plain fetch from this page.
      const paths = [
        '/api/public/targets?year=2025',
        '/api/public/leaderboard?year=2025&kind=commune&limit=500',
        '/api/public/leaderboard?year=2025&kind=enterprise&limit=500',
        '/api/public/timeline',
        ...[2022, 2023, 2024, 2025].map((y) => `/api/public/deadlines?year=${y}`),
        '/api/public/awards?review=R-INTERIM',
        '/api/public/initiatives?all=1',
      ];
      const t0 = performance.now();
      await Promise.all(
        paths.map((p) =>
          fetch(`${widgetsOrigin}${p}&nocache=${Math.random()}`.replace('/timeline&', '/timeline?')).then((r) =>
            r.json(),
          ),
        ),
      );
      return {
        first: Math.min(...readyAt) - script.responseEnd,
        last: Math.max(...readyAt) - script.responseEnd,
        baseline: performance.now() - t0,
      };
    }, product.widgets.url);
    runs.push(timing);
    await page.close();
  }
  const first = median(runs.map((r) => r.first));
  const last = median(runs.map((r) => r.last));
  const baseline = median(runs.map((r) => r.baseline));
  const ok = { bundle: bundle <= BUDGET.bundleGzip, first: first < BUDGET.firstRenderMs };
  const mark = (pass: boolean) => (pass ? 'within budget' : '**over budget**');
  const body = [
    `Measured by \`nx run shell-e2e:widgets-budget\` (${new Date().toISOString().slice(0, 10)}, Debian Chromium headless, the demo portal on its own origin, the widgets' host and the API on localhost, production build, gzip level 9, cache disabled, median of ${RUNS} page loads).`,
    '',
    '| What | Measured | Budget | |',
    '|---|---|---|---|',
    `| Whole widget bundle (${files.join(', ')}) | ${kb(bundle)} | ${kb(BUDGET.bundleGzip)} | ${mark(ok.bundle)} |`,
    `| First widget showing data, after the script has loaded (runs: ${runs.map((r) => Math.round(r.first)).join(', ')} ms) | ${Math.round(first)} ms | ${BUDGET.firstRenderMs} ms | ${mark(ok.first)} |`,
    `| All ${WIDGETS} widgets showing data, after the script has loaded | ${Math.round(last)} ms | | |`,
    `| Baseline in the same page: the same 10 public reads with plain fetch, in parallel | ${Math.round(baseline)} ms | | |`,
    `| Ratio: all widgets ready / baseline | ${(last / baseline).toFixed(2)} | | |`,
    '',
    'The ratio says how much the widgets add to the time the public API itself takes; it is the figure to compare between runs on a noisy machine.',
  ].join('\n');
  writeBenchmarkSection('Portal widgets budget', body);
  console.log(body);
  if (!Object.values(ok).every(Boolean)) process.exitCode = 1;
} finally {
  await browser.close();
  await product.dispose();
}
