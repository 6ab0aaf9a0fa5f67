// A cheap "has anything changed?" stamp shared by every API instance: each change writes one audit entry, so the
// newest audit sequence number moves exactly when data moves.
import type { Db } from '@thidua/db';

export const dataVersion = async (db: Db): Promise<number> => (await db.auditLog.findFirst({ orderBy: { seq: 'desc' }, select: { seq: true } }))?.seq ?? 0;

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
