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

const sameStanding = (a: Rankable, b: Rankable): boolean =>
  a.eligibility === b.eligibility && a.score === b.score && a.counts.met === b.counts.met;

// A score that is not a number ranks last, so a comparator never sees NaN (which would make the order input-dependent).
const scoreOf = (r: Rankable): number => (Number.isFinite(r.score) ? r.score : Number.NEGATIVE_INFINITY);

export const compareStanding = (a: Rankable, b: Rankable): number =>
  ELIGIBILITY_ORDER[a.eligibility] - ELIGIBILITY_ORDER[b.eligibility] ||
  (scoreOf(b) === scoreOf(a) ? 0 : scoreOf(b) > scoreOf(a) ? 1 : -1) ||
  b.counts.met - a.counts.met ||
  (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0);

export const rankParticipants = <T extends Rankable>(evaluations: readonly T[]): Array<Ranked<T>> => {
  const sorted = [...evaluations].sort(compareStanding);
  const out: Array<Ranked<T>> = [];
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i] as T;
    const prev = out[i - 1];
    const rank = prev && sameStanding(prev.item, item) ? prev.rank : i + 1;
    out.push({ position: i + 1, rank, participantId: item.participantId, item });
  }
  return out;
};
