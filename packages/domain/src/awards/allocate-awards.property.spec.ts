// Properties of allocateAwards that must hold for any list of candidates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AwardClass } from '../movement/participant.schema.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { allocateAwards, type AwardCandidate } from './allocate-awards.js';

const KINDS: readonly AwardClass[] = ['collective', 'individual'];

// A small ID pool so duplicates happen; small integer scores so ties at the quota line happen.
const candidateWith = (score: fc.Arbitrary<number>): fc.Arbitrary<AwardCandidate> =>
  fc.record({
    id: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWX'.split('')),
    kind: fc.constantFrom(...KINDS),
    eligible: fc.boolean(),
    score,
  });

const validScore = fc.oneof(
  fc.integer({ min: 0, max: 10 }),
  fc.double({ min: 0, max: 100, noNaN: true, noDefaultInfinity: true }),
);

const withPermutation = (candidate: fc.Arbitrary<AwardCandidate>) =>
  fc
    .array(candidate, { maxLength: 40 })
    .chain((list) =>
      fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })),
    );

const review = fc.constantFrom('R-INTERIM', 'R-FINAL');

const isValid = (c: AwardCandidate, all: readonly AwardCandidate[]): boolean =>
  c.eligible && Number.isFinite(c.score) && all.filter((o) => o.id === c.id).length === 1;

describe('allocateAwards properties', () => {
  it('never awards more than the quota of each kind, and uses it fully when enough candidates qualify', () => {
    fc.assert(
      fc.property(review, fc.array(candidateWith(validScore), { maxLength: 40 }), (reviewId, candidates) => {
        const a = allocateAwards(plan, reviewId, candidates);
        for (const kind of KINDS) {
          const awarded = a.awarded.filter((x) => x.kind === kind).length;
          const qualifying = candidates.filter((c) => c.kind === kind && isValid(c, candidates)).length;
          expect(awarded).toBeLessThanOrEqual(a.quotas[kind]);
          expect(awarded).toBe(Math.min(a.quotas[kind], qualifying));
          expect(a.used[kind]).toBe(awarded);
          expect(a.remaining[kind]).toBe(a.quotas[kind] - awarded);
        }
      }),
    );
  });

  it('never awards an ineligible candidate, an invalid score or a duplicated ID', () => {
    fc.assert(
      fc.property(
        review,
        fc.array(candidateWith(fc.oneof(validScore, fc.constantFrom(Number.NaN, Infinity))), { maxLength: 40 }),
        (reviewId, candidates) => {
          for (const x of allocateAwards(plan, reviewId, candidates).awarded) {
            const source = candidates.filter((c) => c.id === x.id);
            expect(source).toHaveLength(1);
            expect(source[0]?.eligible).toBe(true);
            expect(Number.isFinite(x.score)).toBe(true);
          }
        },
      ),
    );
  });

  it('awards only candidates from the input, each once, and accounts for every input entry', () => {
    fc.assert(
      fc.property(review, fc.array(candidateWith(validScore), { maxLength: 40 }), (reviewId, candidates) => {
        const a = allocateAwards(plan, reviewId, candidates);
        for (const x of a.awarded)
          expect(candidates).toContainEqual({ id: x.id, kind: x.kind, score: x.score, eligible: true });
        expect(new Set(a.awarded.map((x) => x.id)).size).toBe(a.awarded.length);
        expect(a.awarded.length + a.notAwarded.length).toBe(candidates.length);
      }),
    );
  });

  it('leaves no qualifying candidate out for a lower score of the same kind', () => {
    fc.assert(
      fc.property(review, fc.array(candidateWith(validScore), { maxLength: 40 }), (reviewId, candidates) => {
        const a = allocateAwards(plan, reviewId, candidates);
        for (const kind of KINDS) {
          const lowestAwarded = Math.min(...a.awarded.filter((x) => x.kind === kind).map((x) => x.score));
          const left = candidates.filter(
            (c) => c.kind === kind && a.notAwarded.some((n) => n.id === c.id && n.reason === 'quota_full'),
          );
          for (const c of left) expect(c.score).toBeLessThanOrEqual(lowestAwarded);
        }
      }),
    );
  });

  it('gives the same answer for any permutation of the input', () => {
    fc.assert(
      fc.property(review, withPermutation(candidateWith(validScore)), (reviewId, [candidates, shuffled]) => {
        expect(allocateAwards(plan, reviewId, shuffled)).toEqual(allocateAwards(plan, reviewId, candidates));
      }),
    );
  });

  it('gives the same answer for any permutation of the input, even with invalid (NaN) scores among the candidates', () => {
    fc.assert(
      fc.property(
        review,
        withPermutation(candidateWith(fc.oneof(validScore, fc.constant(Number.NaN)))),
        (reviewId, [candidates, shuffled]) => {
          expect(allocateAwards(plan, reviewId, shuffled)).toEqual(allocateAwards(plan, reviewId, candidates));
        },
      ),
      { numRuns: 500 },
    );
  });
});
