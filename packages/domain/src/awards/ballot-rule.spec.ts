import { describe, expect, it } from 'vitest';
import { ninhSonDx2021_2025 } from '../plans/ninh-son-dx-2021-2025/index.js';
import type { Movement } from '../movement/movement.schema.js';
import { ballotPasses, ballotQuorum } from './ballot-rule.js';

const m = ninhSonDx2021_2025;
const withPass = (of: 'voters' | 'members', numerator = 1, denominator = 2): Movement => ({
  ...m,
  awarding: { ...m.awarding, ballot: { ...m.awarding.ballot, pass: { moreThan: { numerator, denominator }, of } } },
});

describe('the council quorum from its members (2/3 in the Ninh Sơn data)', () => {
  it.each([
    [3, 2],
    [4, 3],
    [6, 4],
    [7, 5],
    [9, 6],
    [1, 1],
    [0, 1],
  ])('%i members need %i voters', (members, quorum) => expect(ballotQuorum(m, members)).toBe(quorum));
});

describe('the pass rule: more than half of those who voted', () => {
  it('passes at one vote over half and fails at exactly half', () => {
    expect(ballotPasses(m, { yes: 2, voters: 3, members: 5 })).toBe(true);
    expect(ballotPasses(m, { yes: 2, voters: 4, members: 5 })).toBe(false);
    expect(ballotPasses(m, { yes: 3, voters: 4, members: 5 })).toBe(true);
    expect(ballotPasses(m, { yes: 0, voters: 0, members: 5 })).toBe(false);
  });
  it('counts against all members when the movement says so', () => {
    expect(ballotPasses(withPass('members'), { yes: 3, voters: 4, members: 7 })).toBe(false);
    expect(ballotPasses(withPass('members'), { yes: 4, voters: 4, members: 7 })).toBe(true);
  });
  it('takes any share: at least 70% is more than 69/100', () => {
    expect(ballotPasses(withPass('voters', 69, 100), { yes: 7, voters: 10, members: 10 })).toBe(true);
    expect(ballotPasses(withPass('voters', 69, 100), { yes: 6, voters: 10, members: 10 })).toBe(false);
  });
});
