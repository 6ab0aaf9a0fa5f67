import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { evaluateParticipant } from './evaluate-participant.js';
import { plainEvaluation } from './plain-evaluation.js';

const facts = { 'C-IND-ACTIVE': true, 'C-IND-INITIATIVE': false, 'C-IND-POLICY': true };

describe('plainEvaluation', () => {
  it('is a plain copy that survives a spread and equals the JSON form', () => {
    const e = evaluateParticipant(plan, { id: 'CN-1', kind: 'individual' }, facts);
    const spread = { ...plainEvaluation(e) };
    expect(spread.criteria.map((c) => c.status)).toEqual(['met', 'not_met', 'met']);
    expect(spread.criteria[1]?.explanation.vi).toBe('Không: chưa đạt');
    expect(JSON.parse(JSON.stringify(e))).toEqual(JSON.parse(JSON.stringify(spread)));
  });
});

describe('facts changed after evaluation', () => {
  it('reading criteria refuses to show results that disagree with the decided eligibility', () => {
    const mutable: Record<string, boolean> = { ...facts };
    const e = evaluateParticipant(plan, { id: 'CN-1', kind: 'individual' }, mutable);
    mutable['C-IND-ACTIVE'] = false;
    expect(() => e.criteria).toThrow(/changed after evaluation \(C-IND-ACTIVE\)/);
  });
});
