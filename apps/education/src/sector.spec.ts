// The module fits the movement it runs in: its sector, its key indicator with the goal the movement gives, its registers.
import { ninhSonDx2021_2025 } from '@thidua/domain';
import { sectorModuleProblems } from '@thidua/domain/testing';
import { describe, expect, it } from 'vitest';
import * as about from './sector.js';

describe('the education module', () => {
  it('keeps in focus an indicator of its own sector, with a reachable goal, and its sector keeps registers', () => {
    expect(sectorModuleProblems(ninhSonDx2021_2025, about, { registers: true })).toEqual([]);
  });
});
