// Files the server keeps (evidence, the mail outbox) live beside the embedded SQLite file unless configured.
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { sqlitePath, type Database } from '@thidua/db';

export const besideDatabase = (database: Database, folder: string): string =>
  database.provider === 'sqlite' && database.url ? join(dirname(sqlitePath(database.url)), folder) : join(tmpdir(), `thidua-${folder}`);
