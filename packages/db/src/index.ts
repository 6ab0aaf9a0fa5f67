// Public surface of @thidua/db: open a database, the model types, and the guards installed after migrations.
export { openDatabase, type Database, type Db } from './open-database.js';
export { providerOf, resolveDatabaseUrl, sqlitePath, type Provider } from './database-url.js';
export { installGuards } from './guards.js';
export {
  insertDraftReports,
  insertReportValues,
  nextTurn,
  type BulkTarget,
  type NewReportRow,
  type ValueRow,
} from './bulk-insert.js';
export { Prisma } from './generated/sqlite/client.js';
export type * from './generated/sqlite/models.js';
export { migrate, redactUrl, repoRoot } from './migrate.js';
export { backupDatabase, restorePostgres } from './backup.js';
export { FifoGate } from './fifo-gate.js';
export { databaseAnswers } from './database-answers.js';
