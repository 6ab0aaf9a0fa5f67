// What the shell and every sector module agree on, so each is released alone: the modules a remote exposes, the props
// the shell gives them, and the runtime list (remotes.json) that tells the shell where each remote is deployed. Both
// sides type themselves against this file; the browser test of a release checks the built files against it.
import type { ComponentType } from 'react';

declare global {
  /** The version of the module being built: its package.json's, or MF_BUILD_VERSION for a release (set by the build). */
  const __MODULE_VERSION__: string;
}

/** The modules every sector remote exposes, as its manifest names them. */
export const SECTOR_MODULE_EXPOSES = ['App', 'Widget'] as const;
export type SectorModuleExpose = (typeof SECTOR_MODULE_EXPOSES)[number];

/** What the shell gives each exposed module it mounts: the sector of the page or card. */
export interface SectorModuleProps {
  sectorId: string;
}
export type SectorModuleComponent = ComponentType<SectorModuleProps>;

/** One line of remotes.json: a remote's Module Federation name, its sector, and its manifest's address. */
export interface RemoteEntry {
  name: string;
  sectorId: string;
  entry: string;
}

const isRemoteEntry = (x: unknown): x is RemoteEntry =>
  typeof x === 'object' &&
  x !== null &&
  ['name', 'sectorId', 'entry'].every((k) => typeof (x as Record<string, unknown>)[k] === 'string');

/** The usable lines of a remotes.json: a malformed line is left out (the shell shows the generic page instead). */
export const remoteEntriesOf = (manifest: unknown): RemoteEntry[] => {
  const remotes = (manifest as { remotes?: unknown } | null)?.remotes;
  return Array.isArray(remotes) ? remotes.filter(isRemoteEntry) : [];
};
