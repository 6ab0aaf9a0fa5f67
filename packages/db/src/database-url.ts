// Where the data lives: DATABASE_URL when set (postgres… for PostgreSQL, file:… for SQLite), else the embedded
// SQLite file under the data folder.
import { mkdirSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';

export type Provider = 'sqlite' | 'postgresql';

export const providerOf = (url: string): Provider => (/^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite');

/** An absolute `file:` URL for SQLite (relative paths are read from `baseDir`), or the PostgreSQL URL as given. */
export const resolveDatabaseUrl = (url: string | undefined, baseDir: string, dataDir = 'data'): string => {
  if (url && providerOf(url) === 'postgresql') return url;
  const path = url ? url.replace(/^file:/, '') : `${dataDir}/thidua.db`;
  const absolute = isAbsolute(path) ? path : resolve(baseDir, path);
  mkdirSync(dirname(absolute), { recursive: true });
  return `file:${absolute}`;
};

export const sqlitePath = (url: string): string => url.replace(/^file:/, '');
