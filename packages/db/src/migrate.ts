// Applies the migrations of the provider a URL selects (prisma migrate deploy), then the database guards.
import { fileURLToPath } from 'node:url';
import { resolveDatabaseUrl } from './database-url.js';
import { installGuards } from './guards.js';
import { openDatabase } from './open-database.js';
import { runPrisma } from './prisma-cli.js';

/** Relative SQLite paths are read from the repository root, so every command finds the same data/ folder. */
export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));

export const migrate = async (rawUrl: string | undefined, baseDir = repoRoot): Promise<string> => {
  const url = resolveDatabaseUrl(rawUrl, baseDir);
  runPrisma(url, ['migrate', 'deploy']);
  const database = await openDatabase(url);
  try {
    await installGuards(database);
  } finally {
    await database.close();
  }
  return url;
};

/** The URL with any password hidden, for logs. */
export const redactUrl = (url: string): string => url.replace(/\/\/([^:@/]*):[^@]*@/, '//$1:***@');
