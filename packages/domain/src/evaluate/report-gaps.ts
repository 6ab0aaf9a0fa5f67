// What a unit's report still lacks before it may be sent: a figure for every criterion its form asks, and evidence
// wherever the movement requires it for what the unit claims. The form shows these gaps and submission refuses them.
import type { LocalizedText } from '../i18n/localized-text.js';
import type { Criterion } from '../movement/criterion.schema.js';
import type { Movement } from '../movement/movement.schema.js';
import type { FactValue, Participant } from '../movement/participant.schema.js';
import { compare } from '../movement/measure.schema.js';
import { participantAttribute } from './evaluate-criterion.js';

export interface ReportEntry {
  key: string;
  value: FactValue | undefined;
  hasEvidence: boolean;
}

export interface ReportGap {
  criterionId: string;
  label: LocalizedText;
  missing: 'value' | 'evidence';
}

/** The criteria a unit's form asks: those of its kind whose value is not taken from its record (registration). */
export const formCriteria = (movement: Movement, participant: Participant): Criterion[] =>
  movement.criteria.filter(
    (c) => c.appliesTo.includes(participant.kind) && c.valueFromAttribute === undefined && appliesTo(c, participant),
  );

// A condition the record answers "no" to leaves nothing to report; an unanswered one still asks (it may apply).
const appliesTo = (c: Criterion, participant: Participant): boolean => {
  if (c.applicability === undefined) return true;
  const actual = participantAttribute(participant, c.applicability.attribute);
  return actual === undefined || actual === c.applicability.equals;
};

// Evidence backs a claim that the criterion is met: "yes", or a figure that reaches its threshold, in whichever
// direction the criterion counts (≥ 1 initiative, ≤ 0 violations). A value that does not meet it has nothing to prove.
const claims = (c: Criterion, value: FactValue | undefined): boolean =>
  c.measure.kind === 'boolean'
    ? value === true
    : typeof value === 'number' && compare(c.measure.op, value, c.measure.threshold);

export const reportGaps = (
  movement: Movement,
  participant: Participant,
  entries: readonly ReportEntry[],
): ReportGap[] => {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const gaps: ReportGap[] = [];
  for (const c of formCriteria(movement, participant)) {
    const entry = byKey.get(c.id);
    const value = entry?.value;
    if (value === undefined || value === null) gaps.push({ criterionId: c.id, label: c.label, missing: 'value' });
    else if (c.evidence === 'required' && claims(c, value) && !entry?.hasEvidence)
      gaps.push({ criterionId: c.id, label: c.label, missing: 'evidence' });
  }
  return gaps;
};
