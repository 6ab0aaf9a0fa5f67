// A cheap "has anything changed?" stamp shared by every API instance: each change writes one audit entry, so the
// newest audit sequence number moves exactly when data moves (public comments aside: no cached read shows them).
// Changes made by this process are seen at once; by another instance (PostgreSQL deployments) within STAMP_MAX_AGE_MS.
import type { Db } from '@thidua/db';

export const STAMP_MAX_AGE_MS = 1000;

let localGeneration = 0;
const stamps = new WeakMap<Db, { at: number; seq: number; generation: number }>();

/** Called after every committed change of this process. */
export const noteLocalChange = (): void => {
  localGeneration++;
};

/** Changes no cached read depends on: a public comment or a person's language must not send every reader into a
 * recomputation. */
const CACHE_NEUTRAL_ACTIONS = ['nomination.comment', 'nomination.comment_hide', 'auth.language_changed'];

export const dataVersion = async (db: Db): Promise<number> => {
  const known = stamps.get(db);
  const now = Date.now();
  if (known && known.generation === localGeneration && now - known.at < STAMP_MAX_AGE_MS) return known.seq;
  const generation = localGeneration;
  const seq =
    (
      await db.auditLog.findFirst({
        where: { action: { notIn: CACHE_NEUTRAL_ACTIONS } },
        orderBy: { seq: 'desc' },
        select: { seq: true },
      })
    )?.seq ?? 0;
  stamps.set(db, { at: now, seq, generation });
  return seq;
};

interface Slot<V> {
  latest?: { stamp: number; value: V; at: number };
  computing?: { stamp: number; value: Promise<V>; started: number };
}

/**
 * Memoises an expensive read per database until its data version changes (or the key differs). One computation per
 * key runs at a time and every reader of that version shares it. With `maxStaleMs`, while that one computation runs,
 * other readers get the previous value (or the running computation) if it is that recent, even though data moved since:
 * on deadline night every save would otherwise send every public reader into a leaderboard computation of its own.
 * A reader who comes when nothing is computing always gets the current version.
 */
export const versionedCache = <K extends string, V>(limit = 64, { maxStaleMs = 0 } = {}) => {
  const perDatabase = new WeakMap<Db, Map<string, Slot<V>>>();
  return async (db: Db, key: K, compute: () => Promise<V>): Promise<V> => {
    let slots = perDatabase.get(db);
    if (!slots) perDatabase.set(db, (slots = new Map()));
    const stamp = await dataVersion(db);
    let slot = slots.get(key);
    if (!slot) {
      if (slots.size >= limit) slots.delete(slots.keys().next().value as string);
      slots.set(key, (slot = {}));
    }
    const { latest, computing } = slot;
    const now = Date.now();
    if (latest?.stamp === stamp) return latest.value;
    if (computing?.stamp === stamp) return computing.value;
    if (computing && maxStaleMs > 0) {
      if (latest && now - latest.at < maxStaleMs) return latest.value;
      if (now - computing.started < maxStaleMs) return computing.value;
    }
    const started = now;
    const own = slot;
    const value = compute().then((v) => {
      if (!own.latest || own.latest.stamp <= stamp) own.latest = { stamp, value: v, at: started };
      return v;
    });
    own.computing = { stamp, value, started };
    const clear = () => {
      if (own.computing?.value === value) own.computing = undefined;
    };
    value.then(clear, clear);
    return value;
  };
};
