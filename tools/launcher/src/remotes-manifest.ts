// The runtime list of sector modules (apps/shell/public/remotes.json): one source for the shell, the launcher and tests.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RemoteEntry {
  name: string;
  sectorId: string;
  entry: string;
}

export const WORKSPACE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const appDist = (app: string): string => join(WORKSPACE_ROOT, 'apps', app, 'dist');

export const readRemotes = (): RemoteEntry[] =>
  (
    JSON.parse(readFileSync(join(WORKSPACE_ROOT, 'apps/shell/public/remotes.json'), 'utf-8')) as {
      remotes: RemoteEntry[];
    }
  ).remotes;

/** The manifest with each remote moved to another base URL (e.g. a test's own ports). */
export const remotesAt = (
  remotes: readonly RemoteEntry[],
  baseOf: (r: RemoteEntry) => string,
): { remotes: RemoteEntry[] } => ({
  remotes: remotes.map((r) => ({ ...r, entry: `${baseOf(r)}/mf-manifest.json` })),
});
