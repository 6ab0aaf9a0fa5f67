// Files the server keeps (evidence, the mail outbox) live in the data folder unless configured: beside the embedded
// SQLite file, or on PostgreSQL in the repository's data/ folder, never in the system's temporary folder (which a
// reboot may empty). Several API instances must share one folder: set EVIDENCE_DIR and OUTBOX_DIR (docs/operations.md).
import { dirname, join } from 'node:path';
import { repoRoot, sqlitePath, type Database } from '@thidua/db';

export const besideDatabase = (database: Database, folder: string): string =>
  database.provider === 'sqlite' ? join(dirname(sqlitePath(database.url)), folder) : join(repoRoot, 'data', folder);
