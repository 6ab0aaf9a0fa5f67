// The evaluation engine beyond the Ninh Sơn criteria: the score of ADR 0004 for every measure kind,
// and the complete result of ADR 0005 (criteria built when read, serialised whole by JSON.stringify).
import { describe, expect, it } from 'vitest';
import type { Criterion } from '../movement/criterion.schema.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Facts, Participant } from '../movement/participant.schema.js';
import { parseMovement } from '../movement/parse-movement.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import type { CriterionResult } from './criterion-result.js';
import { evaluateParticipant } from './evaluate-participant.js';

const extra = (id: string, measure: Criterion['measure'], weight = 1): Criterion => ({
  id,
  label: { vi: `Tiêu chí thử ${id}`, en: `Test criterion ${id}` },
  source: 'test',
  appliesTo: ['individual'],
  measure,
  evidence: 'none',
  weight,
});

// The plan's individual group plus the measure kinds the plan itself does not use.
const engine: Movement = (() => {
  const copy = structuredClone(plan);
  copy.criteria.push(
    extra('C-IND-RANK', { kind: 'rank', op: 'lte', threshold: 3, outOf: 10 }),
    extra('C-IND-RANK-OPEN', { kind: 'rank', op: 'lte', threshold: 3 }),
    extra('C-IND-TALKS', { kind: 'count', op: 'gte', threshold: 4 }, 2),
    extra('C-IND-ZERO', { kind: 'count', op: 'gte', threshold: 0 }),
  );
  const parsed = parseMovement(copy);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.movement;
})();

const person: Participant = { id: 'IND-1', kind: 'individual' };
const BASE: Facts = {
  'C-IND-ACTIVE': true,
  'C-IND-INITIATIVE': true,
  'C-IND-POLICY': true,
  'C-IND-RANK': 1,
  'C-IND-RANK-OPEN': 1,
  'C-IND-TALKS': 4,
  'C-IND-ZERO': 0,
};

const resultFor = (id: string, value: unknown): CriterionResult => {
  const found = evaluateParticipant(engine, person, { ...BASE, [id]: value } as Facts).criteria.find(
    (c) => c.criterionId === id,
  );
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

describe('attainment by measure kind (ADR 0004)', () => {
  it.each([
    [1, 'met', 1],
    [3, 'met', 0.8],
    [4, 'not_met', 0.7],
    [10, 'not_met', 0.1],
  ] as const)('a rank of %d out of 10 (≤ 3 required) is %s and earns %d', (rank, status, attainment) => {
    expect(resultFor('C-IND-RANK', rank)).toMatchObject({ status, attainment, value: rank, measure: 'rank' });
  });

  it.each([0, 11, 2.5, -1])('a rank of %d is out of range for 1..10', (rank) => {
    expect(resultFor('C-IND-RANK', rank)).toMatchObject({ status: 'missing', problem: 'out_of_range', attainment: 0 });
  });

  it('a rank without outOf earns all or nothing', () => {
    expect(resultFor('C-IND-RANK-OPEN', 2)).toMatchObject({ status: 'met', attainment: 1 });
    expect(resultFor('C-IND-RANK-OPEN', 500)).toMatchObject({ status: 'not_met', attainment: 0 });
  });

  it('a rank is explained as a rank', () => {
    expect(resultFor('C-IND-RANK', 4).explanation).toEqual({
      vi: 'hạng 4 (yêu cầu ≤ hạng 3): chưa đạt',
      en: 'rank 4 (required ≤ rank 3): not met',
    });
    expect(resultFor('C-IND-RANK', 0).explanation.en).toBe(
      'Value rank 0 is out of range: expected a whole-number rank from 1',
    );
  });

  it('a count earns its share of the threshold, capped at 1', () => {
    expect(resultFor('C-IND-TALKS', 2)).toMatchObject({ status: 'not_met', attainment: 0.5 });
    expect(resultFor('C-IND-TALKS', 9)).toMatchObject({ status: 'met', attainment: 1 });
  });

  it('a count with threshold 0 is met by 0', () => {
    expect(resultFor('C-IND-ZERO', 0)).toMatchObject({ status: 'met', attainment: 1 });
  });

  it('the score is the weighted mean of attainments over applicable criteria', () => {
    // ACTIVE 1 + INITIATIVE 1 + POLICY 0 + RANK 0.7 + RANK-OPEN 1 + TALKS 0.5 × weight 2 + ZERO 1 = 5.7 of 8.
    const e = evaluateParticipant(engine, person, {
      ...BASE,
      'C-IND-POLICY': false,
      'C-IND-RANK': 4,
      'C-IND-TALKS': 2,
    });
    expect(e.score).toBe(71.25);
  });

  it('missing data earns 0 but still counts in the denominator', () => {
    const e = evaluateParticipant(engine, person, { ...BASE, 'C-IND-TALKS': undefined });
    expect(e.score).toBe(75);
    expect(e.counts).toEqual({ met: 6, notMet: 0, missing: 1, notApplicable: 0 });
  });
});

describe('the complete result (ADR 0005)', () => {
  const dept: Participant = { id: 'DEPT-1', kind: 'department', registered: true };
  const facts: Facts = {
    'C-COL-LAUNCH': true,
    'C-COL-INITIATIVE': 2,
    'C-DEPT-TASKS': true,
    'C-DEPT-PRODUCTS': true,
    'C-DEPT-DOSSIERS': 84.99,
    'C-DEPT-EDOCS': 120,
    'C-DEPT-SHAREDDB': 70,
  };

  it('JSON.stringify serialises every field, every criterion and every explanation', () => {
    const json = JSON.parse(JSON.stringify(evaluateParticipant(plan, dept, facts))) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual([
      'counts',
      'criteria',
      'eligibility',
      'eligible',
      'explanation',
      'groupId',
      'kind',
      'participantId',
      'score',
    ]);
    const criteria = json['criteria'] as Array<Record<string, unknown>>;
    expect(criteria).toHaveLength(9);
    for (const c of criteria) expect(c['explanation']).toEqual({ vi: expect.any(String), en: expect.any(String) });
    expect(criteria.find((c) => c['criterionId'] === 'C-DEPT-DOSSIERS')).toEqual({
      criterionId: 'C-DEPT-DOSSIERS',
      status: 'not_met',
      measure: 'percent',
      value: 84.99,
      threshold: { op: 'gte', value: 85 },
      attainment: 0.8499,
      weight: 1,
      explanation: { vi: '84,99% (yêu cầu ≥ 85%): chưa đạt', en: '84.99% (required ≥ 85%): not met' },
    });
  });

  it('a serialised criterion carries `problem` only when its value was refused', () => {
    const criteria = (
      JSON.parse(JSON.stringify(evaluateParticipant(plan, dept, facts))) as { criteria: Array<Record<string, unknown>> }
    ).criteria;
    expect(criteria.filter((c) => 'problem' in c).map((c) => [c['criterionId'], c['problem']])).toEqual([
      ['C-DEPT-EDOCS', 'out_of_range'],
    ]);
  });

  it('reading the results gives the same values as serialising them', () => {
    const e = evaluateParticipant(plan, dept, facts);
    const json = JSON.parse(JSON.stringify(e)) as { criteria: unknown[]; score: number; eligibility: string };
    expect(json.score).toBe(e.score);
    expect(json.eligibility).toBe(e.eligibility);
    expect(json.criteria).toEqual(e.criteria.map((c) => JSON.parse(JSON.stringify(c)) as unknown));
    expect(e.criteria.map((c) => c.explanation.vi)).toEqual(
      (json.criteria as Array<{ explanation: { vi: string } }>).map((c) => c.explanation.vi),
    );
  });

  it('reading the criteria twice gives the same results', () => {
    const e = evaluateParticipant(plan, dept, facts);
    expect(e.criteria).toBe(e.criteria);
    expect(e.criteria[5]?.explanation).toEqual(e.criteria[5]?.explanation);
  });

  it('evaluations of the same input are equal however often they are made', () => {
    expect(JSON.stringify(evaluateParticipant(plan, dept, facts))).toBe(
      JSON.stringify(evaluateParticipant(plan, dept, facts)),
    );
  });
});
