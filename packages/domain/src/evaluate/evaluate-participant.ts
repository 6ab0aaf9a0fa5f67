// Evaluates one participant against every criterion of its group, then its eligibility rule and score.
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import type { Facts, Participant, ParticipantKind } from '../movement/participant.schema.js';
import { compileMovement, type CompiledGroup } from './compile-movement.js';
import type { CriterionResult } from './criterion-result.js';
import { assessCriterion, attainmentOf, EvaluatedCriterion, Outcome, STATUS_OF } from './evaluate-criterion.js';
import { MAX_PACKED_OUTCOMES, outcomeAt, type OutcomeList } from './outcome-list.js';
import { plainEvaluation } from './plain-evaluation.js';

export type Eligibility = 'eligible' | 'not_eligible' | 'incomplete';

export interface ParticipantEvaluation {
  participantId: string;
  kind: ParticipantKind;
  groupId: string | null;
  /** True only when the eligibility rule is satisfied with complete data. */
  eligible: boolean;
  eligibility: Eligibility;
  /** 0..100: weighted attainment over applicable criteria, two decimals. */
  score: number;
  counts: { met: number; notMet: number; missing: number; notApplicable: number };
  criteria: CriterionResult[];
  explanation: LocalizedText;
}

const EXPLANATIONS: Record<Eligibility, LocalizedText> = {
  eligible: text('Đủ điều kiện xét khen thưởng', 'Eligible for an award'),
  not_eligible: text('Không đủ điều kiện: có tiêu chí chưa đạt', 'Not eligible: a required criterion is not met'),
  incomplete: text('Chưa đủ số liệu để kết luận', 'Not enough data to decide'),
};

/**
 * The decided facts of an evaluation (eligibility, score, counts) are fields; the per-criterion results are
 * re-read from the participant and facts the first time `criteria` is read (ADR 0005). Those inputs must not
 * change in between: if they did, reading `criteria` throws instead of showing results that disagree.
 */
const ELIGIBILITIES: readonly Eligibility[] = ['eligible', 'not_eligible', 'incomplete'];

class Evaluation implements ParticipantEvaluation {
  // Six fields, small integers where possible: 100,000 of these stay alive behind a leaderboard.
  #group: CompiledGroup | undefined;
  #participant: Participant;
  #facts: Facts;
  #outcomes: OutcomeList;
  /** score in hundredths × 4 + eligibility index: one small integer. */
  #standing: number;
  #cache: { counts?: ParticipantEvaluation['counts']; criteria?: CriterionResult[] } | undefined;

  constructor(
    standing: number,
    group: CompiledGroup | undefined,
    participant: Participant,
    facts: Facts,
    outcomes: OutcomeList,
  ) {
    this.#standing = standing;
    this.#group = group;
    this.#participant = participant;
    this.#facts = facts;
    this.#outcomes = outcomes;
  }

  get participantId(): string {
    return this.#participant.id;
  }

  get eligibility(): Eligibility {
    return ELIGIBILITIES[this.#standing & 3] as Eligibility;
  }

  get kind(): ParticipantKind {
    return this.#participant.kind;
  }

  get groupId(): string | null {
    return this.#group?.group.id ?? null;
  }

  get eligible(): boolean {
    return this.eligibility === 'eligible';
  }

  get score(): number {
    return (this.#standing >>> 2) / 100;
  }

  get explanation(): LocalizedText {
    if (this.#group) return EXPLANATIONS[this.eligibility];
    const kind = this.#participant.kind;
    return text(`Phong trào không có đối tượng "${kind}"`, `The movement has no participants of kind "${kind}"`);
  }

  get counts(): ParticipantEvaluation['counts'] {
    const cache = (this.#cache ??= {});
    if (cache.counts === undefined) {
      const counts = { met: 0, notMet: 0, missing: 0, notApplicable: 0 };
      const n = this.#group?.criteria.length ?? 0;
      for (let i = 0; i < n; i++) {
        const o = outcomeAt(this.#outcomes, i);
        if (o === Outcome.Met) counts.met++;
        else if (o === Outcome.NotMet) counts.notMet++;
        else if (o === Outcome.NotApplicable) counts.notApplicable++;
        else counts.missing++;
      }
      cache.counts = counts;
    }
    return cache.counts;
  }

  get criteria(): CriterionResult[] {
    const cache = (this.#cache ??= {});
    if (cache.criteria === undefined) {
      const values: unknown[] = [];
      cache.criteria =
        this.#group?.criteria.map((c, i) => {
          const outcome = assessCriterion(c, this.#participant, this.#facts[c.criterion.id], values, i);
          if (outcome !== outcomeAt(this.#outcomes, i)) {
            throw new Error(
              `The facts of ${this.participantId} changed after evaluation (${c.criterion.id}): evaluate again.`,
            );
          }
          return new EvaluatedCriterion(c, outcome, values[i] ?? null);
        }) ?? [];
    }
    return cache.criteria;
  }

  toJSON(): ParticipantEvaluation {
    return plainEvaluation(this);
  }
}

/** What one assessment decided, kept in a reused object so bulk evaluation allocates nothing per participant. */
export interface Assessed {
  outcomes: OutcomeList;
  /** score in hundredths × 4 + eligibility index (0 eligible, 1 not eligible, 2 incomplete). */
  standing: number;
  met: number;
}

/** Decides every criterion, the eligibility and the score of one participant into `out`. */
export const assessParticipant = (
  compiled: CompiledGroup,
  participant: Participant,
  facts: Facts,
  out: Assessed,
): Assessed => {
  const criteria = compiled.criteria;
  const packed = criteria.length <= MAX_PACKED_OUTCOMES;
  const list: Outcome[] | undefined = packed ? undefined : [];
  const values: unknown[] = compiled.scratch;
  let bits = 0;
  let met = 0;
  let earned = 0;
  let possible = 0;
  for (let i = 0; i < criteria.length; i++) {
    const c = criteria[i] as (typeof criteria)[number];
    const outcome = assessCriterion(c, participant, facts[c.criterion.id], values, i);
    if (list) list.push(outcome);
    else bits |= outcome << (3 * i);
    if (outcome === Outcome.NotApplicable) continue;
    if (outcome === Outcome.Met) met++;
    const w = c.criterion.weight;
    possible += w;
    if (outcome <= Outcome.NotMet)
      earned += w * attainmentOf(c, STATUS_OF[outcome] as 'met' | 'not_met', values[i] as number | boolean);
  }
  const outcomes: OutcomeList = list ?? bits;
  const truth = compiled.eligibility(outcomes);
  const eligibility = truth === 'yes' || truth === 'neutral' ? 0 : truth === 'no' ? 1 : 2;
  const scoreHundredths = possible === 0 ? 0 : Math.round((10_000 * earned) / possible);
  out.outcomes = outcomes;
  out.standing = scoreHundredths * 4 + eligibility;
  out.met = met;
  return out;
};

/** The full evaluation object for an assessment already made. */
export const evaluationOf = (
  standing: number,
  compiled: CompiledGroup | undefined,
  participant: Participant,
  facts: Facts,
  outcomes: OutcomeList,
): ParticipantEvaluation => new Evaluation(standing, compiled, participant, facts, outcomes);

export const NOT_ELIGIBLE_STANDING = 1;

const scratch: Assessed = { outcomes: 0, standing: 0, met: 0 };

export const evaluateParticipant = (
  movement: Movement,
  participant: Participant,
  facts: Facts,
): ParticipantEvaluation => {
  const compiled = compileMovement(movement).get(participant.kind);
  if (!compiled) return new Evaluation(NOT_ELIGIBLE_STANDING, undefined, participant, facts, 0);
  const a = assessParticipant(compiled, participant, facts, scratch);
  return new Evaluation(a.standing, compiled, participant, facts, a.outcomes);
};
