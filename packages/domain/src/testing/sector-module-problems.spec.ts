// The check every sector module's first test runs: it fails for a module that does not fit the movement.
import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 as plan } from '../plans/ninh-son-dx-2021-2025/index.js';
import { sectorModuleProblems } from './sector-module-problems.js';

describe('sectorModuleProblems', () => {
  it('finds none for a module of the plan, with its goal and its registers', () => {
    expect(
      sectorModuleProblems(
        plan,
        { SECTOR_ID: 'S-EDUCATION', KEY_INDICATOR: 'I-EDUCATION-SCHOOLS-DX' },
        { registers: true },
      ),
    ).toEqual([]);
  });

  it('names a sector the movement lacks, an indicator of another sector, and a missing goal or register', () => {
    expect(sectorModuleProblems(plan, { SECTOR_ID: 'S-SPACE', KEY_INDICATOR: 'I-SPACE-X' })).toEqual([
      'no sector S-SPACE in the movement',
    ]);
    expect(sectorModuleProblems(plan, { SECTOR_ID: 'S-HEALTH', KEY_INDICATOR: 'I-EDUCATION-SCHOOLS-DX' })).toEqual([
      'I-EDUCATION-SCHOOLS-DX is not an indicator of S-HEALTH',
    ]);
    expect(
      sectorModuleProblems(plan, { SECTOR_ID: 'S-FINANCE', KEY_INDICATOR: 'I-FINANCE-E-TAX' }, { registers: true }),
    ).toEqual(['I-FINANCE-E-TAX has no goal in the movement', 'S-FINANCE keeps no register']);
    // Without registers asked for, a module of a sector with neither is fine (the generator's new modules).
    expect(sectorModuleProblems(plan, { SECTOR_ID: 'S-FINANCE', KEY_INDICATOR: 'I-FINANCE-E-TAX' })).toEqual([]);
  });
});
