// Online backups: SQLite with VACUUM INTO (a consistent copy while the API keeps running), PostgreSQL with pg_dump.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './open-database.js';

/** Writes a backup to `target` (a .db file for SQLite, a pg_dump custom-format file for PostgreSQL). */
export const backupDatabase = async (database: Database, target: string): Promise<void> => {
  mkdirSync(dirname(target), { recursive: true });
  if (existsSync(target)) throw new Error(`Tệp sao lưu đã tồn tại / backup file exists: ${target}`);
  if (database.provider === 'sqlite') {
    await database.db.$executeRawUnsafe(`VACUUM INTO '${target.replace(/'/g, "''")}'`);
    return;
  }
  execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${target}`, database.url], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
};

/** Restores a PostgreSQL backup into an empty database (SQLite backups are restored by copying the file). */
export const restorePostgres = (backupFile: string, targetUrl: string): void => {
  execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${targetUrl}`, backupFile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
};
