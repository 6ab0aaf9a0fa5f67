// Public surface of the seed: the seed function, demo accounts, the scrypt hasher and the summary formatter.
export { seed, type SeedOptions } from './seed.js';
export { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type HashPassword } from './users.js';
export { scryptHash, verifyScryptHash, SCRYPT_PARAMS } from './scrypt-hash.js';
export {
  formatSummary,
  countTables,
  SEED_TABLES,
  SUMMARY_LABELS,
  type SeedSummary,
  type SeedTable,
} from './summary.js';
