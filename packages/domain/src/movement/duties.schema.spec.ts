// Separation of duties read from the movement: absent means two people; a movement may say one person does both.
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '../plans/ninh-son-dx-2021-2025/index.js';
import { compareMovements } from './compare-movements.js';
import { mayApproveAfterVerifying } from './duties.schema.js';
import { parseMovement } from './parse-movement.js';

describe('duties', () => {
  it('keeps the verifier from approving unless the movement allows it; anyone else may approve', () => {
    expect(ninhSonDx2021_2025.duties).toEqual({ verifierMayApprove: false });
    expect(mayApproveAfterVerifying(ninhSonDx2021_2025.duties, 'u-verifier', 'u-verifier')).toBe(false);
    expect(mayApproveAfterVerifying(ninhSonDx2021_2025.duties, 'u-verifier', 'u-head')).toBe(true);
    expect(mayApproveAfterVerifying(ninhSonDx2021_2025.duties, null, 'u-head')).toBe(true);
    expect(mayApproveAfterVerifying({ verifierMayApprove: true }, 'u-verifier', 'u-verifier')).toBe(true);
  });

  it('is read from the movement file, refused when misspelt, and shown when a new version changes it', () => {
    const relaxed = parseMovement({ ...ninhSonDx2021_2025, duties: { verifierMayApprove: true } });
    expect(relaxed.ok && relaxed.movement.duties.verifierMayApprove).toBe(true);
    const misspelt = parseMovement({ ...ninhSonDx2021_2025, duties: { verifierMayApprove: 'có' } });
    expect(misspelt.ok ? [] : misspelt.errors.map((e) => e.path)).toContain('duties.verifierMayApprove');
    expect(relaxed.ok && compareMovements(ninhSonDx2021_2025, relaxed.movement).fields).toEqual(['duties']);
  });
});
