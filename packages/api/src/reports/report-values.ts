// Checks submitted values against the movement: only criteria that apply to the unit's kind, in their range.
import { isPossibleValue, type Movement, type ParticipantKind } from '@thidua/domain';
import { appError } from '../errors.js';

export interface ReportValueInput {
  key: string;
  number?: number | null;
  bool?: boolean | null;
  evidenceUrl?: string | null;
  note?: string | null;
}

export const checkReportValues = (
  movement: Movement,
  kind: ParticipantKind,
  values: readonly ReportValueInput[],
): void => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const c = movement.criteria.find((x) => x.id === v.key);
    if (!c || !c.appliesTo.includes(kind)) {
      problems.push(`${v.key}: không phải tiêu chí của đơn vị này / not a criterion for this unit`);
      continue;
    }
    if (seen.has(v.key)) problems.push(`${v.key}: nhập hai lần / entered twice`);
    seen.add(v.key);
    const m = c.measure;
    if (m.kind === 'boolean') {
      if (v.number !== undefined && v.number !== null) problems.push(`${v.key}: cần có/không / expects yes/no`);
      continue;
    }
    if (v.bool !== undefined && v.bool !== null) problems.push(`${v.key}: cần một số / expects a number`);
    const n = v.number;
    if (n === undefined || n === null) continue;
    // The domain decides what a value can be, so the form and the evaluation never disagree.
    if (!isPossibleValue(m, n)) problems.push(`${v.key}: ${n} ngoài phạm vi cho phép / out of range`);
  }
  if (problems.length > 0)
    throw appError(
      'BAD_REQUEST',
      `Số liệu không hợp lệ: ${problems.join('; ')}`,
      `Invalid values (${problems.length})`,
    );
};
