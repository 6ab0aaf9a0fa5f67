// The active movements, read from the database and validated by the domain; cached per definition row. Several can
// run at once; a year or a review ID names exactly one of them (the domain's assertCanRunBeside keeps it so).
import {
  currentMovement,
  localDateOf,
  movementReportingIn,
  movementWithReview,
  findReview,
  parseMovement,
  type Movement,
  type Review,
} from '@thidua/domain';
import type { Db } from '@thidua/db';
import { appError } from '../errors.js';

export interface ActiveMovement {
  versionId: string;
  movement: Movement;
}

const cache = new Map<string, Movement>();

const parsedVersion = async (db: Pick<Db, 'movementVersion'>, id: string): Promise<Movement> => {
  let movement = cache.get(id);
  if (!movement) {
    // The definition is large: read it only when this version is not parsed yet.
    const { definition } = await db.movementVersion.findUniqueOrThrow({ where: { id }, select: { definition: true } });
    const parsed = parseMovement(JSON.parse(definition));
    if (!parsed.ok) throw new Error(`stored movement ${id} is invalid: ${parsed.errors.map((e) => e.path).join(', ')}`);
    movement = parsed.movement;
    cache.set(id, movement);
  }
  return movement;
};

/** Every running movement: the newest active version of each, in order of movement ID. Empty on a new installation. */
export const activeMovements = async (db: Pick<Db, 'movementVersion'>): Promise<ActiveMovement[]> => {
  const rows = await db.movementVersion.findMany({
    where: { active: true },
    orderBy: [{ movementId: 'asc' }, { version: 'desc' }],
    select: { id: true, movementId: true },
  });
  const newest = rows.filter((r, i) => rows[i - 1]?.movementId !== r.movementId);
  return Promise.all(newest.map(async (r) => ({ versionId: r.id, movement: await parsedVersion(db, r.id) })));
};

/** Of the running movements, the one screens open on at `now` (the one reporting this year, else the latest begun). */
export const openingMovement = (all: ActiveMovement[], now: Date): ActiveMovement | null => {
  const first = all[0];
  if (!first) return null;
  return entryOf(
    all,
    currentMovement(
      all.map((a) => a.movement),
      localDateOf(now.getTime(), first.movement.timeZone),
    ),
  );
};

/** The running entry of a movement the domain chose from them. */
const entryOf = (all: ActiveMovement[], movement: Movement | null): ActiveMovement | null =>
  all.find((a) => a.movement === movement) ?? null;

/** The movement screens open on at `now`, or null when none runs. */
export const findActiveMovement = async (
  db: Pick<Db, 'movementVersion'>,
  now: Date = new Date(),
): Promise<ActiveMovement | null> => openingMovement(await activeMovements(db), now);

export const noMovement = () =>
  appError('PRECONDITION_FAILED', 'Chưa có phong trào nào được kích hoạt', 'No movement is active');

/** The movement screens open on at `now`, for what is not about a year or a review (registrations, plans, the public plan). */
export const activeMovement = async (db: Db, now: Date = new Date()): Promise<ActiveMovement> => {
  const active = await findActiveMovement(db, now);
  if (!active) throw noMovement();
  return active;
};

/** The running movement that reports in `year` (else a message naming each movement's years). */
export const movementForYear = async (db: Db, year: number): Promise<ActiveMovement> => {
  const all = await activeMovements(db);
  if (all.length === 0) throw noMovement();
  return entryOf(
    all,
    movementReportingIn(
      all.map((a) => a.movement),
      year,
    ),
  )!;
};

/** The running movement with the review `reviewId` and that review (else a message naming the reviews there are). */
export const movementForReview = async (db: Db, reviewId: string): Promise<ActiveMovement & { review: Review }> => {
  const all = await activeMovements(db);
  if (all.length === 0) throw noMovement();
  const entry = entryOf(
    all,
    movementWithReview(
      all.map((a) => a.movement),
      reviewId,
    ),
  )!;
  return { ...entry, review: findReview(entry.movement, reviewId) };
};

/** A movement by ID, running or finished: its active version, else its newest stored one (its records stay readable). */
export const movementById = async (db: Pick<Db, 'movementVersion'>, movementId: string): Promise<ActiveMovement> => {
  const row = await db.movementVersion.findFirst({
    where: { movementId },
    orderBy: [{ active: 'desc' }, { version: 'desc' }],
    select: { id: true },
  });
  if (!row) throw appError('NOT_FOUND', `Không có phong trào ${movementId}`, `No movement ${movementId}`);
  return { versionId: row.id, movement: await parsedVersion(db, row.id) };
};
