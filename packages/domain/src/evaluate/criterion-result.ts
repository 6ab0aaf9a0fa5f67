// The outcome of one criterion for one participant, with the numbers a reviewer needs to check it.
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Comparator, MeasureKind } from '../movement/measure.schema.js';

export type CriterionStatus = 'met' | 'not_met' | 'not_applicable' | 'missing';

export interface CriterionResult {
  criterionId: string;
  status: CriterionStatus;
  measure: MeasureKind;
  value: number | boolean | null;
  threshold: { op: Comparator; value: number | boolean };
  /** 0..1, the share of this criterion's weight earned towards the score. */
  attainment: number;
  weight: number;
  /** Why a reported value could not be used. */
  problem?: 'wrong_type' | 'out_of_range';
  explanation: LocalizedText;
}
