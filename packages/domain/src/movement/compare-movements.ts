// What changes when a movement version replaces another: the administrator reads this before activating a file.
import type { Movement } from './movement.schema.js';

export interface CollectionChange {
  /** Which part of the movement, as a path: `criteria`, `timeline.reviews`, … */
  part: string;
  added: string[];
  removed: string[];
  /** Present in both with any difference (wording, thresholds, dates, quotas, sources). */
  changed: string[];
  unchanged: number;
}

export interface MovementComparison {
  /** Another movement entirely (its id differs): everything is new, nothing of the old one is replaced. */
  sameMovement: boolean;
  /** Top-level fields that differ: `name`, `issuer`, `awardGrantor`, `scope`, `timeZone`, `authorities`, `awarding`, `duties`. */
  fields: string[];
  collections: CollectionChange[];
}

const COLLECTIONS = {
  participantGroups: (m: Movement) => m.participantGroups,
  criteria: (m: Movement) => m.criteria,
  targetGroups: (m: Movement) => m.targetGroups,
  targets: (m: Movement) => m.targets,
  'timeline.phases': (m: Movement) => m.timeline.phases,
  'timeline.reviews': (m: Movement) => m.timeline.reviews,
  'timeline.deadlines': (m: Movement) => m.timeline.deadlines,
  roles: (m: Movement) => m.roles,
  sectors: (m: Movement) => m.sectors,
} satisfies Record<string, (m: Movement) => ReadonlyArray<{ id: string }>>;

const FIELDS = ['name', 'issuer', 'awardGrantor', 'scope', 'timeZone', 'authorities', 'awarding', 'duties'] as const;

/** JSON with sorted keys: two equal values written in a different key order compare equal. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

const compareCollection = (
  part: string,
  before: ReadonlyArray<{ id: string }>,
  after: ReadonlyArray<{ id: string }>,
): CollectionChange => {
  const old = new Map(before.map((x) => [x.id, canonical(x)]));
  const next = new Map(after.map((x) => [x.id, canonical(x)]));
  const added = [...next.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !next.has(id));
  const both = [...next.keys()].filter((id) => old.has(id));
  const changed = both.filter((id) => old.get(id) !== next.get(id));
  return { part, added, removed, changed, unchanged: both.length - changed.length };
};

/** `before` is the active version (null when none is active yet). */
export const compareMovements = (before: Movement | null, after: Movement): MovementComparison => {
  const sameMovement = before !== null && before.id === after.id;
  const base = sameMovement ? before : null;
  return {
    sameMovement,
    fields: base ? FIELDS.filter((f) => canonical(base[f]) !== canonical(after[f])) : [],
    collections: Object.entries(COLLECTIONS).map(([part, of]) =>
      compareCollection(part, base ? of(base) : [], of(after)),
    ),
  };
};
