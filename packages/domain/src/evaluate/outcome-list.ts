// A participant's outcomes packed 3 bits each into one small integer (up to 10 criteria), else an array:
// keeping 100,000 evaluations alive then costs one object each instead of five.
import { Outcome } from './evaluate-criterion.js';

export type OutcomeList = number | readonly Outcome[];

export const MAX_PACKED_OUTCOMES = 10;

export const outcomeAt = (list: OutcomeList, index: number): Outcome =>
  typeof list === 'number' ? (((list >>> (3 * index)) & 7) as Outcome) : (list[index] ?? Outcome.Missing);
