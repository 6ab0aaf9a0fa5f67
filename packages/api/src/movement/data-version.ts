// A cheap "has anything changed?" stamp shared by every API instance: each change writes one audit entry, so the
// newest audit sequence number moves exactly when data moves. Changes made by this process are seen at once;
// changes made by another instance (PostgreSQL deployments) within STAMP_MAX_AGE_MS.
import type { Db } from '@thidua/db';

export const STAMP_MAX_AGE_MS = 1000;

let localGeneration = 0;
const stamps = new WeakMap<Db, { at: number; seq: number; generation: number }>();

/** Called after every committed change of this process. */
export const noteLocalChange = (): void => {
  localGeneration++;
};

export const dataVersion = async (db: Db): Promise<number> => {
  const known = stamps.get(db);
  const now = Date.now();
  if (known && known.generation === localGeneration && now - known.at < STAMP_MAX_AGE_MS) return known.seq;
  const generation = localGeneration;
  const seq = (await db.auditLog.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))?.seq ?? 0;
  stamps.set(db, { at: now, seq, generation });
  return seq;
};

/** Memoises an expensive read per database until its data version changes (or the key differs). */
export const versionedCache = <K extends string, V>(limit = 64) => {
  const perDatabase = new WeakMap<Db, Map<string, V>>();
  return async (db: Db, key: K, compute: () => Promise<V>): Promise<V> => {
    let entries = perDatabase.get(db);
    if (!entries) perDatabase.set(db, (entries = new Map()));
    const stamp = `${await dataVersion(db)}:${key}`;
    const hit = entries.get(stamp);
    if (hit !== undefined) return hit;
    const value = await compute();
    if (entries.size >= limit) entries.delete(entries.keys().next().value as string);
    entries.set(stamp, value);
    return value;
  };
};
