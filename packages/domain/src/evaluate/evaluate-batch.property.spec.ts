import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { syntheticParticipants } from '../testing/synthetic-participants.js';
import { evaluateParticipants } from './evaluate-batch.js';
import { evaluateParticipant } from './evaluate-participant.js';
import { plainEvaluation } from './plain-evaluation.js';
import { rankParticipants } from './rank-participants.js';

describe('evaluateParticipants (batch)', () => {
  it('gives exactly the evaluations and the ranking of evaluateParticipant + rankParticipants', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 120 }), (seed, count) => {
        const entries = syntheticParticipants(plan, count, seed);
        const batch = evaluateParticipants(plan, entries);
        const single = entries.map((e) => evaluateParticipant(plan, e.participant, e.facts));
        for (let i = 0; i < entries.length; i++) {
          expect(plainEvaluation(batch.at(i))).toEqual(plainEvaluation(single[i]!));
          expect(batch.eligibilityAt(i)).toBe(single[i]!.eligibility);
          expect(batch.scoreAt(i)).toBe(single[i]!.score);
        }
        for (const kind of ['department', 'commune', 'enterprise', 'individual'] as const) {
          const expected = rankParticipants(single.filter((e) => e.kind === kind));
          const { order, rank } = batch.rank(kind);
          expect([...order].map((i) => entries[i]!.participant.id)).toEqual(expected.map((r) => r.participantId));
          expect([...rank]).toEqual(expected.map((r) => r.rank));
        }
      }),
      { numRuns: 40 },
    );
  });

  it('handles a kind the movement does not have, and an empty input', () => {
    const noIndividuals = { ...plan, participantGroups: plan.participantGroups.filter((g) => g.kind !== 'individual') };
    const batch = evaluateParticipants(noIndividuals, [{ participant: { id: 'CN-1', kind: 'individual' }, facts: {} }]);
    expect(batch.eligibilityAt(0)).toBe('not_eligible');
    expect(batch.at(0).groupId).toBeNull();
    expect(batch.rank().order).toEqual(Int32Array.from([0]));
    expect(evaluateParticipants(plan, []).rank().order).toHaveLength(0);
  });
});
