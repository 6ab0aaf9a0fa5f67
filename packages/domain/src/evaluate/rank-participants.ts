// Orders participants for a leaderboard. Ties are broken by a fixed rule, never by input order:
// eligibility (eligible, incomplete, not eligible), then score, then criteria met, then ID (code-unit order).
import type { Eligibility } from './evaluate-participant.js';

export interface Rankable {
  participantId: string;
  eligibility: Eligibility;
  score: number;
  counts: { met: number };
}

/** A place in the ranking; the evaluation itself is referenced, not copied. */
export interface Ranked<T extends Rankable> {
  /** 1..n, unique: the order to display. */
  position: number;
  /** Competition rank: participants equal on eligibility, score and criteria met share a rank (1, 2, 2, 4). */
  rank: number;
  participantId: string;
  item: T;
}

const ELIGIBILITY_ORDER: Record<Eligibility, number> = { eligible: 0, incomplete: 1, not_eligible: 2 };

// A score that is not a number ranks last, so a comparator never sees NaN (which would make the order input-dependent).
const scoreOf = (r: Rankable): number => (Number.isFinite(r.score) ? r.score : Number.NEGATIVE_INFINITY);

export const compareStanding = (a: Rankable, b: Rankable): number =>
  ELIGIBILITY_ORDER[a.eligibility] - ELIGIBILITY_ORDER[b.eligibility] ||
  (scoreOf(b) === scoreOf(a) ? 0 : scoreOf(b) > scoreOf(a) ? 1 : -1) ||
  b.counts.met - a.counts.met ||
  (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0);

interface SortKey<T> {
  item: T;
  eligibility: number;
  score: number;
  met: number;
  id: string;
}

const compareKeys = <T>(a: SortKey<T>, b: SortKey<T>): number =>
  a.eligibility - b.eligibility ||
  (b.score === a.score ? 0 : b.score > a.score ? 1 : -1) ||
  b.met - a.met ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const rankParticipants = <T extends Rankable>(evaluations: readonly T[]): Array<Ranked<T>> => {
  // Each standing is read once, then sorted as plain keys: evaluations may compute fields on access.
  const keys = evaluations.map((item) => ({
    item,
    eligibility: ELIGIBILITY_ORDER[item.eligibility],
    score: scoreOf(item),
    met: item.counts.met,
    id: item.participantId,
  }));
  keys.sort(compareKeys);
  const out: Array<Ranked<T>> = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as SortKey<T>;
    const prev = i > 0 ? (keys[i - 1] as SortKey<T>) : undefined;
    const rank =
      prev && prev.eligibility === key.eligibility && prev.score === key.score && prev.met === key.met
        ? (out[i - 1] as Ranked<T>).rank
        : i + 1;
    out.push({ position: i + 1, rank, participantId: key.id, item: key.item });
  }
  return out;
};
