// Sector modules are found at runtime: /remotes.json names each remote, its sector and its manifest URL for this
// environment. Adding or moving a module changes that file only; the shell is not rebuilt.
import { loadRemote, registerRemotes } from '@module-federation/enhanced/runtime';
import { remoteEntriesOf, type SectorModuleComponent, type SectorModuleExpose } from '@thidua/ui/contract';
import { takeEarly } from '../early-requests.js';

export const REMOTE_TIMEOUT_MS = 8000;

let registered: Promise<ReadonlyMap<string, string>> | null = null;

/** Sector ID → remote name. Read once per page; a missing or broken manifest means no remotes, never a broken shell. */
export const sectorRemotes = (): Promise<ReadonlyMap<string, string>> => {
  const early = takeEarly(['remotes.json']) as Promise<unknown> | undefined;
  registered ??= (early ?? Promise.reject(new Error('no early request')))
    .catch(() =>
      fetch('/remotes.json', { cache: 'no-store' }).then((res) =>
        res.ok ? (res.json() as Promise<unknown>) : { remotes: [] },
      ),
    )
    .then((manifest) => {
      const entries = remoteEntriesOf(manifest);
      registerRemotes(entries.map(({ name, entry }) => ({ name, entry })));
      return new Map(entries.map((e) => [e.sectorId, e.name]));
    })
    .catch(() => new Map<string, string>());
  return registered;
};

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`remote did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });

/** Loads `<remote>/<App|Widget>`; rejects when the remote is down, answers an error, or hangs. */
export const loadSectorComponent = async (
  remote: string,
  expose: SectorModuleExpose,
): Promise<SectorModuleComponent> => {
  const mod = await withTimeout(
    loadRemote<{ default: SectorModuleComponent }>(`${remote}/${expose}`),
    REMOTE_TIMEOUT_MS,
  );
  if (!mod?.default) throw new Error(`${remote}/${expose} has no default export`);
  return mod.default;
};
