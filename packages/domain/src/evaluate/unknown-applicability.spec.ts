import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../targets/evaluate-targets.js';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { evaluateParticipant } from './evaluate-participant.js';
import { rankParticipants } from './rank-participants.js';

const compliant = { 'C-COL-LAUNCH': true, 'C-COL-INITIATIVE': 1, 'C-ENT-DIGITAL': true };

describe('an enterprise whose IT status is not recorded', () => {
  it('is incomplete, not eligible by default: C-ENT-MAKEINVN may apply to it', () => {
    const e = evaluateParticipant(plan, { id: 'DN-1', kind: 'enterprise', registered: true }, compliant);
    const makeInVn = e.criteria.find((c) => c.criterionId === 'C-ENT-MAKEINVN');
    expect(e.eligibility).toBe('incomplete');
    expect(makeInVn?.status).toBe('missing');
    expect(makeInVn?.explanation.vi).toBe(
      'Chưa rõ có thuộc diện áp dụng không (chỉ áp dụng cho doanh nghiệp công nghệ thông tin)',
    );
  });

  it('becomes eligible once it is recorded as not an IT enterprise', () => {
    const e = evaluateParticipant(
      plan,
      { id: 'DN-1', kind: 'enterprise', registered: true, isItEnterprise: false },
      compliant,
    );
    expect(e.eligibility).toBe('eligible');
  });
});

describe('values that cannot exist', () => {
  it('a percentage target above 100 counts as no data, not as met', () => {
    const [fiber] = evaluateTargets(plan, [{ targetId: 'T-G3-FIBER-HOUSEHOLDS', value: 120 }]).filter(
      (t) => t.targetId === 'T-G3-FIBER-HOUSEHOLDS',
    );
    expect(fiber).toMatchObject({ status: 'missing', value: null, progress: 0 });
  });

  it('a NaN score ranks last whatever the input order', () => {
    const row = (participantId: string, score: number) => ({
      participantId,
      eligibility: 'eligible' as const,
      score,
      counts: { met: 1 },
    });
    const rows = [row('A', Number.NaN), row('B', 50), row('C', 70)];
    const ids = (input: typeof rows) => rankParticipants(input).map((r) => r.participantId);
    expect(ids(rows)).toEqual(['C', 'B', 'A']);
    expect(ids([...rows].reverse())).toEqual(['C', 'B', 'A']);
  });
});
