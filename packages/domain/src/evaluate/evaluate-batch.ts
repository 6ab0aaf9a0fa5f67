// Evaluates many participants into flat typed arrays: the path for leaderboards of thousands of units, where one
// object per participant would make garbage collection the main cost. Full evaluations are built on demand.
import type { Movement } from '../movement/movement.schema.js';
import type { Facts, Participant, ParticipantKind } from '../movement/participant.schema.js';
import { compileMovement, type CompiledGroup } from './compile-movement.js';
import {
  assessParticipant,
  evaluationOf,
  NOT_ELIGIBLE_STANDING,
  type Assessed,
  type Eligibility,
  type ParticipantEvaluation,
} from './evaluate-participant.js';
import type { OutcomeList } from './outcome-list.js';

export interface BatchEntry {
  participant: Participant;
  facts: Facts;
}

export interface BatchRanking {
  /** Entry indexes in ranking order (the order of `rankParticipants`). */
  order: Int32Array;
  /** Competition rank of each position in `order` (1, 2, 2, 4). */
  rank: Int32Array;
}

export interface EvaluationBatch {
  readonly size: number;
  eligibilityAt(index: number): Eligibility;
  scoreAt(index: number): number;
  /** The full evaluation of one entry, identical to `evaluateParticipant`'s. */
  at(index: number): ParticipantEvaluation;
  /** Ranks the entries of one kind (all entries when omitted), with the documented tie-break. */
  rank(kind?: ParticipantKind): BatchRanking;
}

const ELIGIBILITIES: readonly Eligibility[] = ['eligible', 'not_eligible', 'incomplete'];
// Ranking order of the eligibility codes above: eligible, then incomplete, then not eligible.
const ORDER_OF_CODE = [0, 2, 1];

export const evaluateParticipants = (movement: Movement, entries: readonly BatchEntry[]): EvaluationBatch => {
  const compiledByKind = compileMovement(movement);
  const n = entries.length;
  const standing = new Int32Array(n);
  const met = new Int32Array(n);
  const packed = new Int32Array(n);
  const lists = new Map<number, OutcomeList>();
  const groups: Array<CompiledGroup | undefined> = new Array(n);
  const out: Assessed = { outcomes: 0, standing: 0, met: 0 };
  for (let i = 0; i < n; i++) {
    const { participant, facts } = entries[i] as BatchEntry;
    const compiled = compiledByKind.get(participant.kind);
    groups[i] = compiled;
    if (!compiled) {
      standing[i] = NOT_ELIGIBLE_STANDING;
      continue;
    }
    assessParticipant(compiled, participant, facts, out);
    standing[i] = out.standing;
    met[i] = out.met;
    if (typeof out.outcomes === 'number') packed[i] = out.outcomes;
    else lists.set(i, out.outcomes);
  }
  const sortKey = (i: number) => ORDER_OF_CODE[(standing[i] as number) & 3] as number;
  return {
    size: n,
    eligibilityAt: (i) => ELIGIBILITIES[(standing[i] as number) & 3] as Eligibility,
    scoreAt: (i) => ((standing[i] as number) >>> 2) / 100,
    at: (i) => {
      const { participant, facts } = entries[i] as BatchEntry;
      return evaluationOf(standing[i] as number, groups[i], participant, facts, lists.get(i) ?? (packed[i] as number));
    },
    rank: (kind) => {
      const indexes: number[] = [];
      for (let i = 0; i < n; i++)
        if (kind === undefined || (entries[i] as BatchEntry).participant.kind === kind) indexes.push(i);
      const id = (i: number) => (entries[i] as BatchEntry).participant.id;
      indexes.sort(
        (a, b) =>
          sortKey(a) - sortKey(b) ||
          ((standing[b] as number) >>> 2) - ((standing[a] as number) >>> 2) ||
          (met[b] as number) - (met[a] as number) ||
          (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0),
      );
      const order = Int32Array.from(indexes);
      const rank = new Int32Array(order.length);
      for (let p = 0; p < order.length; p++) {
        const i = order[p] as number;
        const prev = p > 0 ? (order[p - 1] as number) : -1;
        const same =
          prev >= 0 &&
          sortKey(prev) === sortKey(i) &&
          (standing[prev] as number) >>> 2 === (standing[i] as number) >>> 2 &&
          met[prev] === met[i];
        rank[p] = same ? (rank[p - 1] as number) : p + 1;
      }
      return { order, rank };
    },
  };
};
