// Properties of rankParticipants: a deterministic competition ranking whatever the input order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { syntheticParticipants } from '../testing/index.js';
import { evaluateParticipant, type Eligibility } from './evaluate-participant.js';
import { rankParticipants, type Rankable } from './rank-participants.js';

const ELIGIBILITIES: readonly Eligibility[] = ['eligible', 'incomplete', 'not_eligible'];
const ORDER: Record<Eligibility, number> = { eligible: 0, incomplete: 1, not_eligible: 2 };

// Scores as evaluateParticipant gives them (0..100, two decimals), drawn from few values so ties are common.
const rankable: fc.Arbitrary<Rankable> = fc.record({
  participantId: fc.string({ minLength: 1, maxLength: 4 }),
  eligibility: fc.constantFrom(...ELIGIBILITIES),
  score: fc.oneof(
    fc.constantFrom(0, 50, 92.78, 100),
    fc.integer({ min: 0, max: 10_000 }).map((x) => x / 100),
  ),
  counts: fc.record({ met: fc.integer({ min: 0, max: 3 }) }),
});

const rankables = fc.uniqueArray(rankable, { selector: (r) => r.participantId, maxLength: 30 });

const withPermutation = rankables.chain((list) =>
  fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
);

const sameStanding = (a: Rankable, b: Rankable): boolean =>
  a.eligibility === b.eligibility && a.score === b.score && a.counts.met === b.counts.met;

const better = (a: Rankable, b: Rankable): boolean =>
  ORDER[a.eligibility] !== ORDER[b.eligibility]
    ? ORDER[a.eligibility] < ORDER[b.eligibility]
    : a.score !== b.score
      ? a.score > b.score
      : a.counts.met > b.counts.met;

describe('rankParticipants properties', () => {
  it('returns a permutation of the input: every input item exactly once, referenced unchanged', () => {
    fc.assert(
      fc.property(rankables, (list) => {
        const ranked = rankParticipants(list);
        expect(ranked).toHaveLength(list.length);
        expect(ranked.map((r) => r.participantId).sort()).toEqual(list.map((r) => r.participantId).sort());
        for (const r of ranked) {
          expect(list).toContain(r.item);
          expect(r.participantId).toBe(r.item.participantId);
        }
        expect(new Set(ranked.map((r) => r.item)).size).toBe(list.length);
      }),
    );
  });

  it('is identical for any order of the input', () => {
    fc.assert(
      fc.property(withPermutation, ([list, shuffled]) => {
        expect(rankParticipants(shuffled)).toEqual(rankParticipants(list));
      }),
    );
  });

  it('numbers positions 1..n', () => {
    fc.assert(
      fc.property(rankables, (list) => {
        expect(rankParticipants(list).map((r) => r.position)).toEqual(list.map((_, i) => i + 1));
      }),
    );
  });

  it('gives non-decreasing ranks starting at 1, never above the position', () => {
    fc.assert(
      fc.property(rankables, (list) => {
        const ranked = rankParticipants(list);
        if (ranked.length > 0) expect(ranked[0]?.rank).toBe(1);
        for (const [i, r] of ranked.entries()) {
          expect(r.rank).toBeLessThanOrEqual(r.position);
          if (i > 0) expect(r.rank).toBeGreaterThanOrEqual(ranked[i - 1]?.rank ?? 0);
        }
      }),
    );
  });

  it('gives equal standing the same rank and different standing different ranks (competition ranking 1, 2, 2, 4)', () => {
    fc.assert(
      fc.property(rankables, (list) => {
        const ranked = rankParticipants(list);
        for (const a of ranked) {
          expect(a.rank).toBe(1 + ranked.filter((b) => better(b.item, a.item)).length);
          for (const b of ranked) expect(a.rank === b.rank).toBe(sameStanding(a.item, b.item));
        }
      }),
    );
  });

  it('orders real evaluations of synthetic participants: eligible first, then incomplete, then not eligible, by score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const evaluations = syntheticParticipants(plan, 24, seed).map(({ participant, facts }) =>
          evaluateParticipant(plan, participant, facts),
        );
        const ranked = rankParticipants(evaluations);
        expect(ranked.map((r) => r.item)).toHaveLength(evaluations.length);
        for (const [i, { item }] of ranked.entries()) {
          expect(item.score).toBeGreaterThanOrEqual(0);
          expect(item.score).toBeLessThanOrEqual(100);
          expect(item.eligible).toBe(item.eligibility === 'eligible');
          const prev = ranked[i - 1];
          if (prev) expect(better(item, prev.item)).toBe(false);
        }
      }),
      { numRuns: 25 },
    );
  });
});
