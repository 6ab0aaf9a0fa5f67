// The active movement definition, read from the database and validated by the domain; cached per definition row.
import { assertReportingYear, findReview, parseMovement, type Movement, type Review } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { appError } from '../errors.js';

const cache = new Map<string, Movement>();

/** The active movement, or null on a new installation that has none yet. */
export const findActiveMovement = async (db: Pick<Db, 'movementVersion'>): Promise<{ versionId: string; movement: Movement } | null> => {
  // The definition is large: read it only when this version is not parsed yet.
  const row = await db.movementVersion.findFirst({ where: { active: true }, orderBy: { version: 'desc' }, select: { id: true } });
  if (!row) return null;
  let movement = cache.get(row.id);
  if (!movement) {
    const { definition } = await db.movementVersion.findUniqueOrThrow({ where: { id: row.id }, select: { definition: true } });
    const parsed = parseMovement(JSON.parse(definition));
    if (!parsed.ok) throw new Error(`stored movement ${row.id} is invalid: ${parsed.errors.map((e) => e.path).join(', ')}`);
    movement = parsed.movement;
    cache.set(row.id, movement);
  }
  return { versionId: row.id, movement };
};

export const activeMovement = async (db: Db): Promise<{ versionId: string; movement: Movement }> => {
  const active = await findActiveMovement(db);
  if (!active) throw appError('PRECONDITION_FAILED', 'Chưa có phong trào nào được kích hoạt', 'No movement is active');
  return active;
};

/** The active movement, after checking that it reports in `year` (else a message naming its years). */
export const movementForYear = async (db: Db, year: number): Promise<{ versionId: string; movement: Movement }> => {
  const active = await activeMovement(db);
  assertReportingYear(active.movement, year);
  return active;
};

/** The active movement and one of its reviews (else a message naming the reviews it has). */
export const movementForReview = async (db: Db, reviewId: string): Promise<{ versionId: string; movement: Movement; review: Review }> => {
  const active = await activeMovement(db);
  return { ...active, review: findReview(active.movement, reviewId) };
};
