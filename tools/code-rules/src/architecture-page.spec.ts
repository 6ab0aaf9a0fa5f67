// docs/architecture.md lists every project of the workspace with its tags: this keeps the table true to the
// package.json files (a project added, removed or retagged fails here until the page says so).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Every project: its folder and the tags its package.json gives Nx. */
const projects = (): Map<string, string[]> =>
  new Map(
    ['apps', 'packages', 'tools'].flatMap((dir) =>
      readdirSync(join(ROOT, dir), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .flatMap((entry) => {
          try {
            const tags = (
              JSON.parse(readFileSync(join(ROOT, dir, entry.name, 'package.json'), 'utf8')) as {
                nx?: { tags?: string[] };
              }
            ).nx?.tags;
            return tags ? [[`${dir}/${entry.name}`, [...tags].sort()] as const] : [];
          } catch {
            return [];
          }
        }),
    ),
  );

/** The page's project table: each row's projects (one or several) and the tags it states, `<name>` standing for the folder's name. */
const tableRows = (): Array<{ paths: string[]; tags: string[] }> =>
  readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')
    .split('\n')
    .filter((line) => /^\| `(apps|packages|tools)\//.test(line))
    .map((line) => {
      const [, projectCell = '', tagCell = ''] = line.split('|');
      return {
        paths: [...projectCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
        tags: [...tagCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      };
    });

describe('the architecture page', () => {
  it('lists every project once, with the tags its package.json gives it', () => {
    const actual = projects();
    const listed = new Map<string, string[]>();
    for (const row of tableRows()) {
      for (const path of row.paths) {
        expect(listed.has(path), `${path} is listed twice`).toBe(false);
        listed.set(path, row.tags.map((tag) => tag.replace('<name>', path.split('/')[1]!)).sort());
      }
    }
    expect([...listed.keys()].sort()).toEqual([...actual.keys()].sort());
    for (const [path, tags] of actual) expect(listed.get(path), path).toEqual(tags);
  });

  it('names every portal widget the widgets script defines', () => {
    const script = readFileSync(join(ROOT, 'apps/widgets/src/index.ts'), 'utf8');
    const defined = [...script.slice(script.indexOf('export const ELEMENTS')).matchAll(/'(thidua-[a-z-]+)':/g)].map(
      (m) => m[1]!,
    );
    expect(defined.length).toBeGreaterThan(0);
    const row =
      readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8')
        .split('\n')
        .find((line) => line.startsWith('| `apps/widgets`')) ?? '';
    expect([...row.matchAll(/<(thidua-[a-z-]+)>/g)].map((m) => m[1]).sort()).toEqual([...defined].sort());
  });
});
