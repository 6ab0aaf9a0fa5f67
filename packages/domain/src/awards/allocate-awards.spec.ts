// Giấy khen quotas (digest §6): at most 5 + 5 at the interim review, 10 + 10 at the final review.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import type { AwardClass } from '../movement/participant.schema.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { allocateAwards, type AwardCandidate } from './allocate-awards.js';

const candidate = (id: string, kind: AwardClass, score: number, eligible = true): AwardCandidate => ({
  id,
  kind,
  score,
  eligible,
});

/** n eligible candidates of a kind with distinct scores 100, 99, 98, ... */
const field = (kind: AwardClass, n: number, prefix = kind === 'collective' ? 'COL' : 'IND'): AwardCandidate[] =>
  Array.from({ length: n }, (_, i) => candidate(`${prefix}-${String(i + 1).padStart(2, '0')}`, kind, 100 - i));

const awardedIds = (candidates: readonly AwardCandidate[], reviewId = 'R-INTERIM'): string[] =>
  allocateAwards(plan, reviewId, candidates).awarded.map((a) => a.id);

describe('quotas', () => {
  it.each([
    ['R-INTERIM', 5],
    ['R-FINAL', 10],
  ] as const)('%s awards at most %d collectives and as many individuals, the best scores first', (reviewId, quota) => {
    const candidates = [...field('collective', quota + 4), ...field('individual', quota + 4)];
    const a = allocateAwards(plan, reviewId, candidates);
    expect(a.quotas).toEqual({ collective: quota, individual: quota });
    expect(a.used).toEqual({ collective: quota, individual: quota });
    expect(a.remaining).toEqual({ collective: 0, individual: 0 });
    const collectives = a.awarded.filter((x) => x.kind === 'collective');
    expect(collectives.map((x) => x.id)).toEqual(field('collective', quota).map((c) => c.id));
    expect(collectives.map((x) => x.position)).toEqual(Array.from({ length: quota }, (_, i) => i + 1));
    expect(a.notAwarded.filter((x) => x.reason === 'quota_full')).toHaveLength(8);
  });

  it('"at most" means fewer are awarded when fewer qualify', () => {
    const a = allocateAwards(plan, 'R-FINAL', [...field('collective', 3), ...field('individual', 1)]);
    expect(a.used).toEqual({ collective: 3, individual: 1 });
    expect(a.remaining).toEqual({ collective: 7, individual: 9 });
    expect(a.notAwarded).toEqual([]);
  });

  it('collectives and individuals have separate quotas', () => {
    const a = allocateAwards(plan, 'R-INTERIM', field('individual', 9));
    expect(a.used).toEqual({ collective: 0, individual: 5 });
  });

  it('no candidates, no awards', () => {
    expect(allocateAwards(plan, 'R-INTERIM', [])).toMatchObject({
      awarded: [],
      notAwarded: [],
      tiesAtQuotaLine: [],
      used: { collective: 0, individual: 0 },
    });
  });

  it('explains a quota_full rejection in both languages', () => {
    const a = allocateAwards(plan, 'R-INTERIM', field('collective', 6));
    expect(a.notAwarded).toEqual([
      {
        id: 'COL-06',
        kind: 'collective',
        reason: 'quota_full',
        explanation: { vi: 'Đã đủ số lượng khen thưởng của đợt', en: 'The review quota is already filled' },
      },
    ]);
  });
});

describe('who may be awarded', () => {
  it('an ineligible candidate is never awarded, even with the best score and room in the quota', () => {
    const a = allocateAwards(plan, 'R-FINAL', [
      candidate('TOP', 'collective', 100, false),
      candidate('OK', 'collective', 10),
    ]);
    expect(a.awarded.map((x) => x.id)).toEqual(['OK']);
    expect(a.notAwarded).toMatchObject([{ id: 'TOP', reason: 'not_eligible' }]);
  });

  it('a duplicated ID is rejected everywhere it appears, and awarded nowhere', () => {
    const a = allocateAwards(plan, 'R-FINAL', [
      candidate('X', 'collective', 90),
      candidate('X', 'collective', 80),
      candidate('Y', 'collective', 70),
    ]);
    expect(a.awarded.map((x) => x.id)).toEqual(['Y']);
    expect(a.notAwarded.map((x) => [x.id, x.reason])).toEqual([
      ['X', 'duplicate_id'],
      ['X', 'duplicate_id'],
    ]);
  });

  it('the same ID as both a collective and an individual is a duplicate too', () => {
    const a = allocateAwards(plan, 'R-FINAL', [candidate('X', 'collective', 90), candidate('X', 'individual', 90)]);
    expect(a.awarded).toEqual([]);
    expect(a.notAwarded.every((x) => x.reason === 'duplicate_id')).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])(
    'a score of %d is invalid and never awarded',
    (score) => {
      const a = allocateAwards(plan, 'R-FINAL', [
        candidate('BAD', 'individual', score),
        candidate('OK', 'individual', 50),
      ]);
      expect(a.awarded.map((x) => x.id)).toEqual(['OK']);
      expect(a.notAwarded).toMatchObject([{ id: 'BAD', reason: 'invalid_score' }]);
    },
  );

  it('a NaN score among the candidates does not change who is awarded', () => {
    const tenth = candidate('A', 'individual', 10);
    const broken = candidate('B', 'individual', Number.NaN);
    const others = [20, 30, 40, 50, 60].map((score, i) => candidate(String.fromCharCode(67 + i), 'individual', score)); // C..G
    const expected = ['G', 'F', 'E', 'D', 'C'];
    expect(awardedIds([broken, tenth, ...others])).toEqual(expected);
    expect(awardedIds([tenth, broken, ...others])).toEqual(expected);
  });

  it('an unknown review is refused with UNKNOWN_REVIEW', () => {
    expect(() => allocateAwards(plan, 'R-NOPE', [])).toThrow(DomainError);
    expect(() => allocateAwards(plan, 'R-NOPE', [])).toThrow('UNKNOWN_REVIEW: No review R-NOPE');
  });
});

describe('order and ties', () => {
  it('equal scores are ordered by ID, never by input order', () => {
    const input = [
      candidate('B', 'collective', 50),
      candidate('A', 'collective', 50),
      candidate('C', 'collective', 60),
    ];
    expect(awardedIds(input)).toEqual(['C', 'A', 'B']);
    expect(awardedIds([...input].reverse())).toEqual(['C', 'A', 'B']);
  });

  it('reports the candidates tied at the quota line, awarded or not', () => {
    const candidates = [
      candidate('C1', 'collective', 90),
      candidate('C2', 'collective', 90),
      candidate('C3', 'collective', 90),
      candidate('C4', 'collective', 90),
      candidate('C7', 'collective', 80),
      candidate('C5', 'collective', 80),
      candidate('C6', 'collective', 80),
      candidate('C8', 'collective', 80, false),
    ];
    const a = allocateAwards(plan, 'R-INTERIM', candidates);
    expect(a.awarded.map((x) => x.id)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(a.tiesAtQuotaLine).toEqual(['C5', 'C6', 'C7']);
  });

  it('reports ties of each kind separately', () => {
    const a = allocateAwards(plan, 'R-INTERIM', [
      ...field('collective', 4),
      candidate('COL-X', 'collective', 50),
      candidate('COL-Y', 'collective', 50),
      ...field('individual', 7),
    ]);
    expect(a.tiesAtQuotaLine).toEqual(['COL-X', 'COL-Y']);
  });

  it('no tie is reported when the line falls between different scores', () => {
    expect(allocateAwards(plan, 'R-INTERIM', field('collective', 8)).tiesAtQuotaLine).toEqual([]);
  });

  it('no tie is reported when everyone tied fits within the quota', () => {
    const a = allocateAwards(plan, 'R-INTERIM', [candidate('A', 'individual', 70), candidate('B', 'individual', 70)]);
    expect(a.tiesAtQuotaLine).toEqual([]);
  });
});
