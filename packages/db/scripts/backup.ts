// nx run db:backup — an online backup of the database DATABASE_URL names into backups/ (or --to=<file>).
import { join } from 'node:path';
import { backupDatabase } from '../src/backup.js';
import { resolveDatabaseUrl, providerOf } from '../src/database-url.js';
import { redactUrl, repoRoot } from '../src/migrate.js';
import { openDatabase } from '../src/open-database.js';

const url = resolveDatabaseUrl(process.env['DATABASE_URL'], repoRoot);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const to =
  process.argv.find((a) => a.startsWith('--to='))?.slice(5) ??
  join(repoRoot, 'backups', `thidua-${stamp}.${providerOf(url) === 'sqlite' ? 'db' : 'dump'}`);
const database = await openDatabase(url);
try {
  await backupDatabase(database, to);
  console.log(`Đã sao lưu / backed up ${redactUrl(url)} → ${to}`);
} finally {
  await database.close();
}
