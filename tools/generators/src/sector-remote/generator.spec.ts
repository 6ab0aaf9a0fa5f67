import { readJson, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST_PATH, sectorRemoteGenerator } from './generator.js';

describe('nx g @thidua/generators:sector-remote', () => {
  let tree: Tree;
  beforeEach(() => {
    tree = createTreeWithEmptyWorkspace();
    tree.write(
      MANIFEST_PATH,
      JSON.stringify({
        remotes: [{ name: 'health', sectorId: 'S-HEALTH', entry: 'http://localhost:4201/mf-manifest.json' }],
      }),
    );
  });

  it('scaffolds a remote exposing ./App and ./Widget, with a first test, and lists it in the runtime manifest', async () => {
    await sectorRemoteGenerator(tree, {
      name: 'finance',
      sectorId: 'S-FINANCE',
      port: 4206,
      keyIndicator: 'I-FINANCE-E-TAX',
      focusWhyVi: 'Thuế điện tử: "100%" doanh nghiệp',
    });
    for (const file of [
      'package.json',
      'rspack.config.mjs',
      'tsconfig.json',
      'vitest.config.ts',
      'src/App.tsx',
      'src/Widget.tsx',
      'src/sector.ts',
      'src/sector.spec.ts',
    ]) {
      expect(tree.exists(`apps/finance/${file}`), file).toBe(true);
    }
    const config = tree.read('apps/finance/rspack.config.mjs', 'utf-8');
    expect(config).toContain("name: 'finance'");
    expect(config).toContain("'./App': './src/App.tsx'");
    expect(config).toContain("'./Widget': './src/Widget.tsx'");
    expect(config).toContain('port: 4206');
    // The module comes with the registers tab: the sector's registers from the movement, kept by its office.
    expect(tree.read('apps/finance/src/App.tsx', 'utf-8')).toContain('ownSectorModule(about, __MODULE_VERSION__)');
    const sector = tree.read('apps/finance/src/sector.ts', 'utf-8');
    expect(sector).toContain("SECTOR_ID = 'S-FINANCE'");
    expect(sector).toContain('"Thuế điện tử: \\"100%\\" doanh nghiệp"');
    expect(readJson(tree, 'apps/finance/package.json')).toMatchObject({
      name: '@thidua/finance',
      nx: { name: 'finance', tags: ['type:app', 'scope:finance'] },
    });
    expect(readJson(tree, MANIFEST_PATH).remotes).toEqual([
      { name: 'health', sectorId: 'S-HEALTH', entry: 'http://localhost:4201/mf-manifest.json' },
      { name: 'finance', sectorId: 'S-FINANCE', entry: 'http://localhost:4206/mf-manifest.json' },
    ]);
  });

  it('refuses a name, sector or port that the manifest already has, and leaves it unchanged', async () => {
    const before = tree.read(MANIFEST_PATH, 'utf-8');
    await expect(
      sectorRemoteGenerator(tree, { name: 'clinic', sectorId: 'S-HEALTH', port: 4207, keyIndicator: 'I-HEALTH-EMR' }),
    ).rejects.toThrow(/S-HEALTH/);
    await expect(
      sectorRemoteGenerator(tree, {
        name: 'finance',
        sectorId: 'S-FINANCE',
        port: 4201,
        keyIndicator: 'I-FINANCE-E-TAX',
      }),
    ).rejects.toThrow(/4201/);
    expect(tree.read(MANIFEST_PATH, 'utf-8')).toBe(before);
    expect(tree.exists('apps/clinic')).toBe(false);
  });
});
