// The criteria of digest §3 as evaluateParticipant applies them: thresholds, booleans, applicability,
// registration, the individual rule, missing and invalid data, and Vietnamese number formatting.
import { describe, expect, it } from 'vitest';
import type { CriterionResult } from '../../evaluate/criterion-result.js';
import { evaluateParticipant } from '../../evaluate/evaluate-participant.js';
import type { Movement } from '../../movement/movement.schema.js';
import type { Facts, Participant, ParticipantKind } from '../../movement/participant.schema.js';
import { parseMovement } from '../../movement/parse-movement.js';
import { ninhSonDx2021_2025 as plan } from './index.js';

// Every fact set below is exactly at the threshold of each criterion (the least a unit may report and still pass).
const FULL: Record<ParticipantKind, Facts> = {
  department: {
    'C-COL-LAUNCH': true,
    'C-COL-INITIATIVE': 1,
    'C-DEPT-TASKS': true,
    'C-DEPT-PRODUCTS': true,
    'C-DEPT-DOSSIERS': 85,
    'C-DEPT-EDOCS': 100,
    'C-DEPT-SHAREDDB': 70,
    'C-DEPT-DTI': 80,
  },
  commune: {
    'C-COL-LAUNCH': true,
    'C-COL-INITIATIVE': 1,
    'C-COMM-EFFECTIVE': true,
    'C-COMM-DOSSIERS': 65,
    'C-COMM-EDOCS': 100,
    'C-COMM-SOCIOREPORTS': 100,
    'C-COMM-DTI': 80,
  },
  enterprise: { 'C-COL-LAUNCH': true, 'C-COL-INITIATIVE': 1, 'C-ENT-DIGITAL': true, 'C-ENT-MAKEINVN': true },
  individual: { 'C-IND-ACTIVE': true, 'C-IND-INITIATIVE': true, 'C-IND-POLICY': true },
};

const participant = (kind: ParticipantKind, extra: Partial<Participant> = {}): Participant => ({
  id: `${kind}-1`,
  kind,
  ...(kind === 'individual' ? {} : { registered: true }),
  ...(kind === 'enterprise' ? { isItEnterprise: true } : {}),
  ...extra,
});

const evaluate = (
  kind: ParticipantKind,
  overrides: Record<string, unknown> = {},
  extra: Partial<Participant> = {},
  movement: Movement = plan,
) => evaluateParticipant(movement, participant(kind, extra), { ...FULL[kind], ...overrides } as Facts);

const without = (kind: ParticipantKind, id: string): Facts =>
  Object.fromEntries(Object.entries(FULL[kind]).filter(([k]) => k !== id));

const resultOf = (criteria: readonly CriterionResult[], id: string): CriterionResult => {
  const found = criteria.find((c) => c.criterionId === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found;
};

describe('fully compliant participants', () => {
  it('a department exactly at every threshold is eligible; its score earns each percent and score at its level (8.35 of 9 criteria = 92.78)', () => {
    const e = evaluate('department');
    expect(e.eligibility).toBe('eligible');
    expect(e.eligible).toBe(true);
    expect(e.groupId).toBe('P-DEPT');
    expect(e.counts).toEqual({ met: 9, notMet: 0, missing: 0, notApplicable: 0 });
    // booleans and the initiative count earn 1 each (7), DOSSIERS 0.85, SHAREDDB 0.70, DTI 0.80.
    expect(e.score).toBe(92.78);
  });

  it('a department at 100 % everywhere, DTI 100/100 and several initiatives scores 100', () => {
    const e = evaluate('department', {
      'C-DEPT-DOSSIERS': 100,
      'C-DEPT-SHAREDDB': 100,
      'C-DEPT-DTI': 100,
      'C-COL-INITIATIVE': 4,
    });
    expect(e.eligibility).toBe('eligible');
    expect(e.score).toBe(100);
  });

  it('a commune exactly at every threshold is eligible with score 93.13 (7.45 of 8)', () => {
    const e = evaluate('commune');
    expect(e.eligibility).toBe('eligible');
    expect(e.groupId).toBe('P-COMMUNE');
    expect(e.counts.met).toBe(8);
    expect(e.score).toBe(93.13);
  });

  it('an IT enterprise meeting every criterion is eligible with score 100', () => {
    const e = evaluate('enterprise');
    expect(e.eligibility).toBe('eligible');
    expect(e.groupId).toBe('P-ENTERPRISE');
    expect(e.counts).toEqual({ met: 5, notMet: 0, missing: 0, notApplicable: 0 });
    expect(e.score).toBe(100);
  });

  it('an individual meeting all three criteria is eligible with score 100', () => {
    const e = evaluate('individual');
    expect(e.eligibility).toBe('eligible');
    expect(e.groupId).toBe('P-PERSON');
    expect(e.score).toBe(100);
  });

  it('an individual with an initiative but no policy work is eligible; the unmet alternative still lowers the score to 66.67', () => {
    const e = evaluate('individual', { 'C-IND-POLICY': false });
    expect(e.eligibility).toBe('eligible');
    expect(e.score).toBe(66.67);
  });

  it('each kind is evaluated against its own criteria only', () => {
    expect(evaluate('department').criteria.map((c) => c.criterionId)).toEqual([
      'C-COL-LAUNCH',
      'C-COL-REGISTERED',
      'C-COL-INITIATIVE',
      'C-DEPT-TASKS',
      'C-DEPT-PRODUCTS',
      'C-DEPT-DOSSIERS',
      'C-DEPT-EDOCS',
      'C-DEPT-SHAREDDB',
      'C-DEPT-DTI',
    ]);
    expect(evaluate('individual').criteria.map((c) => c.criterionId)).toEqual([
      'C-IND-ACTIVE',
      'C-IND-INITIATIVE',
      'C-IND-POLICY',
    ]);
  });
});

describe('numeric thresholds (digest §3)', () => {
  it.each([
    ['C-DEPT-DOSSIERS', 'department', '≥ 85', 85, 84.99],
    ['C-COMM-DOSSIERS', 'commune', '≥ 65', 65, 64.99],
    ['C-DEPT-SHAREDDB', 'department', '≥ 70', 70, 69.99],
    ['C-DEPT-EDOCS', 'department', '= 100', 100, 99.99],
    ['C-COMM-EDOCS', 'commune', '= 100', 100, 99.99],
    ['C-COMM-SOCIOREPORTS', 'commune', '= 100', 100, 99.99],
    ['C-DEPT-DTI', 'department', '≥ 80 of 100', 80, 79.99],
    ['C-COMM-DTI', 'commune', '≥ 80 of 100', 80, 79.99],
    ['C-COL-INITIATIVE', 'commune', '≥ 1 initiative', 1, 0],
  ] as const)('%s (%s, %s): %d is met, %d is not', (id, kind, _rule, metValue, notMetValue) => {
    const pass = evaluate(kind, { [id]: metValue });
    expect(resultOf(pass.criteria, id).status).toBe('met');
    expect(pass.eligibility).toBe('eligible');

    const fail = evaluate(kind, { [id]: notMetValue });
    expect(resultOf(fail.criteria, id).status).toBe('not_met');
    expect(fail.eligibility).toBe('not_eligible');
    expect(fail.eligible).toBe(false);
  });

  it.each([
    ['C-DEPT-DOSSIERS', 'department', 100],
    ['C-COMM-DOSSIERS', 'commune', 99.5],
    ['C-DEPT-SHAREDDB', 'department', 70.01],
    ['C-DEPT-DTI', 'department', 100],
    ['C-COL-INITIATIVE', 'enterprise', 7],
  ] as const)('%s (%s): a value above the threshold, %d, is met too', (id, kind, value) => {
    expect(resultOf(evaluate(kind, { [id]: value }).criteria, id).status).toBe('met');
  });

  it('C-DEPT-DTI reads "high" as at least 80 of a 100-point scale by default', () => {
    const r = resultOf(evaluate('department').criteria, 'C-DEPT-DTI');
    expect(r.measure).toBe('score');
    expect(r.threshold).toEqual({ op: 'gte', value: 80 });
  });

  it('a result carries the reported value, the threshold and an attainment in [0, 1]', () => {
    const r = resultOf(evaluate('department', { 'C-DEPT-DOSSIERS': 84.99 }).criteria, 'C-DEPT-DOSSIERS');
    expect(r).toMatchObject({ value: 84.99, threshold: { op: 'gte', value: 85 }, weight: 1, measure: 'percent' });
    expect(r.attainment).toBeCloseTo(0.8499, 10);
  });
});

describe('yes/no criteria', () => {
  it.each([
    ['C-COL-LAUNCH', 'department'],
    ['C-COL-LAUNCH', 'commune'],
    ['C-COL-LAUNCH', 'enterprise'],
    ['C-DEPT-TASKS', 'department'],
    ['C-DEPT-PRODUCTS', 'department'],
    ['C-COMM-EFFECTIVE', 'commune'],
    ['C-ENT-DIGITAL', 'enterprise'],
    ['C-ENT-MAKEINVN', 'enterprise'],
  ] as const)('%s (%s): true is met, false is not met and blocks eligibility', (id, kind) => {
    expect(resultOf(evaluate(kind, { [id]: true }).criteria, id).status).toBe('met');
    const fail = evaluate(kind, { [id]: false });
    expect(resultOf(fail.criteria, id).status).toBe('not_met');
    expect(fail.eligibility).toBe('not_eligible');
  });

  it('explains a yes/no result in both languages', () => {
    expect(resultOf(evaluate('department').criteria, 'C-DEPT-TASKS').explanation).toEqual({
      vi: 'Có: đạt',
      en: 'Yes: met',
    });
    expect(resultOf(evaluate('department', { 'C-DEPT-TASKS': false }).criteria, 'C-DEPT-TASKS').explanation).toEqual({
      vi: 'Không: chưa đạt',
      en: 'No: not met',
    });
  });
});

describe('C-ENT-MAKEINVN applies to IT enterprises only', () => {
  it('is not applicable to a non-IT enterprise, which stays eligible even when it reports false', () => {
    const e = evaluate('enterprise', { 'C-ENT-MAKEINVN': false }, { isItEnterprise: false });
    const r = resultOf(e.criteria, 'C-ENT-MAKEINVN');
    expect(r.status).toBe('not_applicable');
    expect(r.explanation.vi).toContain('Không áp dụng');
    expect(e.eligibility).toBe('eligible');
    expect(e.counts.notApplicable).toBe(1);
  });

  it('a non-applicable criterion is left out of the score rather than counted as zero', () => {
    const e = evaluate('enterprise', { 'C-ENT-MAKEINVN': undefined }, { isItEnterprise: false });
    expect(e.score).toBe(100);
  });

  it('is required for an IT enterprise: false makes it not eligible', () => {
    const e = evaluate('enterprise', { 'C-ENT-MAKEINVN': false }, { isItEnterprise: true });
    expect(resultOf(e.criteria, 'C-ENT-MAKEINVN').status).toBe('not_met');
    expect(e.eligibility).toBe('not_eligible');
  });

  it('is required for an IT enterprise: no data leaves it incomplete', () => {
    const e = evaluate('enterprise', { 'C-ENT-MAKEINVN': undefined }, { isItEnterprise: true });
    expect(resultOf(e.criteria, 'C-ENT-MAKEINVN').status).toBe('missing');
    expect(e.eligibility).toBe('incomplete');
  });

  it('the IT flag may also come from the attributes record', () => {
    const e = evaluate(
      'enterprise',
      { 'C-ENT-MAKEINVN': false },
      { isItEnterprise: undefined, attributes: { isItEnterprise: true } },
    );
    expect(resultOf(e.criteria, 'C-ENT-MAKEINVN').status).toBe('not_met');
  });
});

describe('C-COL-REGISTERED comes from participant.registered: no registration, no award', () => {
  it.each(['department', 'commune', 'enterprise'] as const)(
    'an unregistered %s meeting everything else is not eligible',
    (kind) => {
      const e = evaluate(kind, { 'C-COL-REGISTERED': true }, { registered: false });
      expect(resultOf(e.criteria, 'C-COL-REGISTERED')).toMatchObject({ status: 'not_met', value: false });
      expect(e.eligibility).toBe('not_eligible');
    },
  );

  it('the participant record wins over a reported fact', () => {
    const e = evaluate('department', { 'C-COL-REGISTERED': false }, { registered: true });
    expect(resultOf(e.criteria, 'C-COL-REGISTERED').status).toBe('met');
    expect(e.eligibility).toBe('eligible');
  });

  it('without the record the reported fact is used', () => {
    expect(
      resultOf(
        evaluate('commune', { 'C-COL-REGISTERED': true }, { registered: undefined }).criteria,
        'C-COL-REGISTERED',
      ).status,
    ).toBe('met');
  });

  it('the registration may come from the attributes record', () => {
    const e = evaluate('commune', {}, { registered: undefined, attributes: { registered: false } });
    expect(resultOf(e.criteria, 'C-COL-REGISTERED').status).toBe('not_met');
  });

  it('with neither a record nor a fact the registration is missing and the unit is incomplete', () => {
    const e = evaluate('enterprise', {}, { registered: undefined });
    expect(resultOf(e.criteria, 'C-COL-REGISTERED').status).toBe('missing');
    expect(e.eligibility).toBe('incomplete');
  });
});

describe('individuals: C-IND-ACTIVE and (C-IND-INITIATIVE or C-IND-POLICY)', () => {
  it.each([
    [true, true, true, 'eligible'],
    [true, true, false, 'eligible'],
    [true, false, true, 'eligible'],
    [true, false, false, 'not_eligible'],
    [false, true, true, 'not_eligible'],
    [false, false, false, 'not_eligible'],
    [true, true, undefined, 'eligible'],
    [true, undefined, true, 'eligible'],
    [true, false, undefined, 'incomplete'],
    [true, undefined, undefined, 'incomplete'],
    [undefined, true, true, 'incomplete'],
    [false, undefined, undefined, 'not_eligible'],
  ] as const)('active=%s, initiative=%s, policy=%s gives %s', (active, initiative, policy, expected) => {
    const e = evaluate('individual', {
      'C-IND-ACTIVE': active,
      'C-IND-INITIATIVE': initiative,
      'C-IND-POLICY': policy,
    });
    expect(e.eligibility).toBe(expected);
    expect(e.eligible).toBe(expected === 'eligible');
  });

  it('a citizen (who cannot meet C-IND-POLICY) is eligible through an initiative alone', () => {
    const e = evaluate('individual', { 'C-IND-POLICY': undefined });
    expect(e.eligibility).toBe('eligible');
  });
});

describe('missing data gives incomplete, never eligible', () => {
  const cases = (['department', 'commune', 'enterprise', 'individual'] as const).flatMap((kind) =>
    Object.keys(FULL[kind])
      .filter((id) => kind !== 'individual' || id === 'C-IND-ACTIVE')
      .map((id) => [kind, id] as const),
  );

  it.each(cases)('a %s without %s is incomplete', (kind, id) => {
    const e = evaluateParticipant(plan, participant(kind), without(kind, id));
    expect(resultOf(e.criteria, id).status).toBe('missing');
    expect(e.eligibility).toBe('incomplete');
    expect(e.eligible).toBe(false);
    expect(e.counts.missing).toBe(1);
  });

  it('null counts as missing', () => {
    const e = evaluate('department', { 'C-DEPT-DOSSIERS': null });
    expect(resultOf(e.criteria, 'C-DEPT-DOSSIERS')).toMatchObject({ status: 'missing', value: null, attainment: 0 });
    expect(e.eligibility).toBe('incomplete');
  });

  it('a failed criterion decides even when other data is missing', () => {
    const e = evaluate('department', { 'C-DEPT-DOSSIERS': 10, 'C-DEPT-EDOCS': undefined });
    expect(e.eligibility).toBe('not_eligible');
  });

  it('says why in both languages', () => {
    const e = evaluateParticipant(plan, participant('department'), without('department', 'C-DEPT-DOSSIERS'));
    expect(e.explanation).toEqual({ vi: 'Chưa đủ số liệu để kết luận', en: 'Not enough data to decide' });
    expect(resultOf(e.criteria, 'C-DEPT-DOSSIERS').explanation).toEqual({
      vi: 'Chưa có số liệu (yêu cầu ≥ 85%)',
      en: 'No data (required ≥ 85%)',
    });
  });

  it('a participant with no facts and no registration record is incomplete with score 0', () => {
    const e = evaluateParticipant(plan, participant('commune', { registered: undefined }), {});
    expect(e.eligibility).toBe('incomplete');
    expect(e.score).toBe(0);
  });
});

describe('wrong types and out-of-range values never count as met', () => {
  it.each([
    ['C-DEPT-DOSSIERS', 120, 'out_of_range'],
    ['C-DEPT-DOSSIERS', -1, 'out_of_range'],
    ['C-DEPT-DOSSIERS', 100.01, 'out_of_range'],
    ['C-DEPT-DOSSIERS', Number.NaN, 'wrong_type'],
    ['C-DEPT-DOSSIERS', Number.POSITIVE_INFINITY, 'wrong_type'],
    ['C-DEPT-DOSSIERS', '85', 'wrong_type'],
    ['C-DEPT-DOSSIERS', true, 'wrong_type'],
    ['C-DEPT-EDOCS', 120, 'out_of_range'],
    ['C-DEPT-DTI', 100.5, 'out_of_range'],
    ['C-DEPT-DTI', -0.1, 'out_of_range'],
    ['C-COL-INITIATIVE', 1.5, 'out_of_range'],
    ['C-COL-INITIATIVE', -1, 'out_of_range'],
    ['C-DEPT-TASKS', 1, 'wrong_type'],
    ['C-DEPT-TASKS', 'yes', 'wrong_type'],
  ] as const)('%s given %s is not met and carries problem %s', (id, value, problem) => {
    const e = evaluate('department', { [id]: value });
    const r = resultOf(e.criteria, id);
    expect(r.status).not.toBe('met');
    expect(r.status).toBe('missing');
    expect(r.problem).toBe(problem);
    expect(r.attainment).toBe(0);
    expect(e.eligible).toBe(false);
    expect(e.eligibility).toBe('incomplete');
  });

  it('an out-of-range value is kept for the reviewer and explained with the expected range', () => {
    const r = resultOf(evaluate('department', { 'C-DEPT-DOSSIERS': 120 }).criteria, 'C-DEPT-DOSSIERS');
    expect(r.value).toBe(120);
    expect(r.explanation).toEqual({
      vi: 'Giá trị 120% ngoài phạm vi: cần tỷ lệ phần trăm từ 0 đến 100',
      en: 'Value 120% is out of range: expected a percentage from 0 to 100',
    });
  });

  it('a wrongly typed value is dropped and explained', () => {
    const r = resultOf(evaluate('department', { 'C-DEPT-DOSSIERS': '85' }).criteria, 'C-DEPT-DOSSIERS');
    expect(r.value).toBeNull();
    expect(r.explanation.vi).toBe('Giá trị "85" không hợp lệ: cần tỷ lệ phần trăm từ 0 đến 100');
    expect(r.explanation.en).toBe('Value "85" is not valid: expected a percentage from 0 to 100');
  });

  it('explains the expected range of a score, a count and a yes/no', () => {
    const e = evaluate('department', { 'C-DEPT-DTI': 101, 'C-COL-INITIATIVE': 0.5, 'C-DEPT-TASKS': 1 });
    expect(resultOf(e.criteria, 'C-DEPT-DTI').explanation.vi).toContain('cần điểm từ 0 đến 100');
    expect(resultOf(e.criteria, 'C-COL-INITIATIVE').explanation.en).toContain('expected a whole number ≥ 0');
    expect(resultOf(e.criteria, 'C-DEPT-TASKS').explanation.en).toContain('expected yes/no');
  });
});

describe('explanations: Vietnamese uses a decimal comma', () => {
  it('C-DEPT-DOSSIERS 84.99 reads "84,99%" in vi and "84.99%" in en', () => {
    const r = resultOf(evaluate('department', { 'C-DEPT-DOSSIERS': 84.99 }).criteria, 'C-DEPT-DOSSIERS');
    expect(r.explanation).toEqual({
      vi: '84,99% (yêu cầu ≥ 85%): chưa đạt',
      en: '84.99% (required ≥ 85%): not met',
    });
  });

  it('a DTI score reads "82,5/100 điểm" in vi', () => {
    const r = resultOf(evaluate('commune', { 'C-COMM-DTI': 82.5 }).criteria, 'C-COMM-DTI');
    expect(r.explanation).toEqual({
      vi: '82,5/100 điểm (yêu cầu ≥ 80/100 điểm): đạt',
      en: '82.5/100 points (required ≥ 80/100 points): met',
    });
  });

  it('the eligibility explanation is given in both languages', () => {
    expect(evaluate('department').explanation).toEqual({
      vi: 'Đủ điều kiện xét khen thưởng',
      en: 'Eligible for an award',
    });
    expect(evaluate('department', { 'C-DEPT-TASKS': false }).explanation.en).toBe(
      'Not eligible: a required criterion is not met',
    );
  });

  // Rounding to two decimals must not print a failing value as the very threshold it failed.
  it.each([
    ['C-DEPT-EDOCS', 99.999, '100%'],
    ['C-DEPT-DOSSIERS', 84.999, '85%'],
  ] as const)('an unmet %s of %d is not displayed as "%s" (the threshold it missed)', (id, value, threshold) => {
    const r = resultOf(evaluate('department', { [id]: value }).criteria, id);
    expect(r.status).toBe('not_met');
    expect(r.explanation.vi.startsWith(`${threshold} `)).toBe(false);
    expect(r.explanation.en.startsWith(`${threshold} `)).toBe(false);
  });
});

describe('participants outside the movement', () => {
  it('a kind the movement does not declare is not eligible, with no group and an explanation', () => {
    const copy = structuredClone(plan);
    copy.participantGroups = copy.participantGroups.filter((g) => g.kind !== 'individual');
    copy.criteria = copy.criteria.filter((c) => !c.appliesTo.includes('individual'));
    const parsed = parseMovement(copy);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const e = evaluate('individual', {}, {}, parsed.movement);
    expect(e).toMatchObject({ groupId: null, eligible: false, eligibility: 'not_eligible', score: 0, criteria: [] });
    expect(e.explanation.en).toContain('"individual"');
  });
});
