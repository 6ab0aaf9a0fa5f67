// Test helpers for packages that use the database: real SQLite files and real PostgreSQL databases.
export {
  createTestDatabase,
  createEmptyPostgresDatabase,
  postgresAvailable,
  POSTGRES_ADMIN_URL,
  testProviders,
  type TestDatabase,
} from './test-database.js';
