// A sector module is released alone: built at a new version and deployed to its own origin, it reaches users through
// remotes.json while the shell and the other modules stay byte for byte as they were. The built files are also held
// to the contract the shell loads them by (@thidua/ui/contract).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { startStaticHost, type StaticHost } from '@thidua/launcher/static-host';
import { remoteEntriesOf, SECTOR_MODULE_EXPOSES, type RemoteEntry } from '@thidua/ui/contract';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newUserContext } from './browser.js';
import { signIn } from './support/sign-in.js';
import { startTestProduct, type TestProduct } from './support/test-product.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const appDir = (name: string) => join(ROOT, 'apps', name);
const REMOTES: RemoteEntry[] = remoteEntriesOf(
  JSON.parse(readFileSync(join(ROOT, 'apps/shell/public/remotes.json'), 'utf8')),
);
const RELEASED = REMOTES[0]!;
const UNCHANGED = REMOTES[1]!;
const NEW_VERSION = '1.1.0-release-test';

const versionOf = (name: string) =>
  (JSON.parse(readFileSync(join(appDir(name), 'package.json'), 'utf8')) as { version: string }).version;

/** One hash over every file of a built app (names and bytes): equal means not rebuilt, not touched. */
const fingerprint = (dir: string): string => {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else hash.update(path.slice(dir.length)).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
};

interface Manifest {
  name: string;
  metaData: { buildInfo: { buildVersion: string }; remoteEntry: { name: string } };
  exposes: Array<{ name: string; path: string }>;
  shared: Array<{ name: string; singleton?: boolean; assets: { js: { sync: string[]; async: string[] } } }>;
}
const manifestOf = (dist: string) => JSON.parse(readFileSync(join(dist, 'mf-manifest.json'), 'utf8')) as Manifest;

describe('the built sector modules keep the contract the shell loads them by', () => {
  it.each(REMOTES.map((r) => [r.name, r] as const))('%s', (name, entry) => {
    const dist = join(appDir(name), 'dist');
    const manifest = manifestOf(dist);
    // remotes.json names the module as its own build does, at a manifest the shell can read.
    expect(manifest.name).toBe(entry.name);
    expect(new URL(entry.entry).pathname).toBe('/mf-manifest.json');
    expect(manifest.exposes.map((e) => e.name).sort()).toEqual([...SECTOR_MODULE_EXPOSES].sort());
    expect(existsSync(join(dist, manifest.metaData.remoteEntry.name))).toBe(true);
    expect(manifest.metaData.buildInfo.buildVersion).toBe(versionOf(name));
    // Everything shared comes from the shell, one copy: a module ships no React (nor any shared library) of its own.
    expect(manifest.shared.map((s) => s.name)).toContain('react/jsx-runtime');
    for (const shared of manifest.shared) {
      expect(shared.singleton, shared.name).toBe(true);
      expect([...shared.assets.js.sync, ...shared.assets.js.async], shared.name).toEqual([]);
    }
  });
});

describe('a sector module released alone', () => {
  let released: StaticHost;
  let product: TestProduct;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const before = new Map<string, string>();

  beforeAll(async () => {
    for (const name of ['shell', ...REMOTES.map((r) => r.name)])
      before.set(name, fingerprint(join(appDir(name), 'dist')));
    // The module's own build, at its new version, into a folder of its own: what its team deploys.
    dir = mkdtempSync(join(tmpdir(), `thidua-${RELEASED.name}-`));
    await promisify(execFile)('pnpm', ['exec', 'rspack', 'build', '-c', 'rspack.config.mjs', '-o', dir], {
      cwd: appDir(RELEASED.name),
      env: { ...process.env, MF_BUILD_VERSION: NEW_VERSION, NODE_ENV: 'production' },
    });
    released = await startStaticHost({ root: dir, port: 0, cors: true });
    // Only remotes.json changes: the module's line points at the new deployment.
    product = await startTestProduct({ skipRemotes: [RELEASED.name], remoteUrls: { [RELEASED.name]: released.url } });
    browser = await launchBrowser();
    page = await (await newUserContext(browser)).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await product?.dispose();
    await released?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is what the shell shows, at its new version, beside the other modules at theirs', async () => {
    expect(manifestOf(dir).metaData.buildInfo.buildVersion).toBe(NEW_VERSION);
    await signIn(page, product.shell.url, 'lanhdao');
    await page.goto(`${product.shell.url}/sector/${RELEASED.sectorId}`);
    const version = page.getByTestId('module-version');
    await version.waitFor({ timeout: 20_000 });
    expect(await version.textContent()).toContain(NEW_VERSION);
    await page.goto(`${product.shell.url}/sector/${UNCHANGED.sectorId}`);
    await page.getByTestId('module-version').getByText(versionOf(UNCHANGED.name), { exact: false }).waitFor();
    expect(await page.getByTestId('module-version').textContent()).not.toContain(NEW_VERSION);
  });

  it('left the shell and every other module as they were built', () => {
    for (const [name, hash] of before) expect(fingerprint(join(appDir(name), 'dist')), name).toBe(hash);
    expect(product.manifest.remotes.find((r) => r.name === RELEASED.name)?.entry).toBe(
      `${released.url}/mf-manifest.json`,
    );
  });
});
