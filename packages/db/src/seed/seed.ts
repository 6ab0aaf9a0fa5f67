// Fills a migrated database with the Ninh Sơn demo data, idempotently: upserts on stable IDs, short transactions.
import type { Db } from '../open-database.js';
import { seedClock } from './clock.js';
import { dtiRows, seedDtiScores } from './dti-scores.js';
import { seedInitiatives } from './initiatives.js';
import { seedAwardQuotas, seedMovement } from './movement.js';
import { REPORTING_UNITS, seedOrgUnits } from './org-units.js';
import { seedPeople } from './people.js';
import { seedRegistrations } from './registrations.js';
import { reportActors, seedUnitReports } from './reports.js';
import { seedSectorReports } from './sector-reports.js';
import { seedTargetObservations } from './target-observations.js';
import { seedInterimAwards } from './interim-awards.js';
import { seedNominations } from './nominations.js';
import { unitSeries } from './report-values.js';
import { countTables, type SeedSummary } from './summary.js';
import { seedUnitPlans } from './unit-plans.js';
import { seedUsers, type HashPassword } from './users.js';

export interface SeedOptions {
  /** The present for the seed: no seeded timestamp is later. Defaults to the current time. */
  now?: Date;
  /** Hashes DEMO_PASSWORD for new accounts (e.g. scryptHash, or the API's argon2id). Required. */
  hashPassword?: HashPassword;
}

export async function seed(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const { hashPassword } = options;
  if (!hashPassword) {
    throw new Error(
      'seed(db, { hashPassword }) needs a password hasher (e.g. scryptHash from @thidua/db seed, or the API’s argon2id): demo passwords are never stored in plain text',
    );
  }
  const clock = seedClock(options.now);
  await seedOrgUnits(db);
  await seedPeople(db);
  await seedMovement(db);
  await seedAwardQuotas(db);
  const userIds = await seedUsers(db, hashPassword, clock);
  await seedRegistrations(db, clock);
  await seedUnitPlans(db, clock);
  const series = new Map(REPORTING_UNITS.map((u) => [u.id, unitSeries(u)] as const));
  const actors = reportActors(userIds);
  for (const unit of REPORTING_UNITS) {
    const unitValues = series.get(unit.id);
    if (unitValues) await seedUnitReports(db, unit, unitValues, actors, clock);
  }
  await seedSectorReports(db, userIds, clock);
  await seedTargetObservations(db, userIds, clock);
  await seedNominations(db, userIds, clock);
  await seedInterimAwards(db, clock);
  await seedDtiScores(db, dtiRows(REPORTING_UNITS, series));
  await seedInitiatives(db, clock);
  return countTables(db);
}
