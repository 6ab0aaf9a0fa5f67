// The council's ballot by the movement's rule: how many members make a quorum, and what makes a nominee pass.
import type { Movement } from '../movement/movement.schema.js';

/** The fewest voters that make the count stand: at least the rule's share of the members, and at least one. */
export const ballotQuorum = (movement: Movement, members: number): number => {
  const { numerator, denominator } = movement.awarding.ballot.quorum;
  return Math.max(1, Math.ceil((members * numerator) / denominator));
};

/** Whether a nominee with `yes` votes passes: more yes votes than the rule's share of the voters (or members). */
export const ballotPasses = (movement: Movement, tally: { yes: number; voters: number; members: number }): boolean => {
  const { moreThan, of } = movement.awarding.ballot.pass;
  const base = of === 'voters' ? tally.voters : tally.members;
  return tally.yes * moreThan.denominator > moreThan.numerator * base;
};
