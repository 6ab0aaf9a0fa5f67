// Every action from every status: the five moves open exactly where the workflow says, and nowhere else.
import { describe, expect, it } from 'vitest';
import {
  isEditable,
  nextSubmissionStatus,
  SUBMISSION_ACTIONS,
  SUBMISSION_STATUSES,
  transitionStamp,
  type SubmissionAction,
  type SubmissionStatus,
} from './submission-transitions.js';

const OPEN: ReadonlyArray<[SubmissionAction, SubmissionStatus, SubmissionStatus]> = [
  ['submit', 'draft', 'submitted'],
  ['verify', 'submitted', 'verified'],
  ['approve', 'verified', 'approved'],
  ['return', 'submitted', 'draft'],
  ['return', 'verified', 'draft'],
  ['unapprove', 'approved', 'verified'],
];

describe('the submission workflow', () => {
  it.each(OPEN)('%s from %s leads to %s', (action, from, to) => {
    expect(nextSubmissionStatus(action, from)).toBe(to);
  });

  const closed = SUBMISSION_ACTIONS.flatMap((action) =>
    SUBMISSION_STATUSES.filter((from) => !OPEN.some(([a, f]) => a === action && f === from)).map(
      (from) => [action, from] as const,
    ),
  );
  it.each(closed)('%s from %s is refused', (action, from) => {
    expect(nextSubmissionStatus(action, from)).toBeNull();
  });

  it('refuses a status it does not know', () => {
    expect(nextSubmissionStatus('submit', 'archived')).toBeNull();
  });

  it('takes new figures in a draft only', () => {
    expect(SUBMISSION_STATUSES.filter(isEditable)).toEqual(['draft']);
  });

  it('keeps the first submission time through a return and a resubmission', () => {
    const first = new Date('2025-12-10T02:00:00Z');
    const later = new Date('2025-12-20T02:00:00Z');
    expect(transitionStamp('submit', later, 'u', undefined, first)).toEqual({ submittedAt: first, returnReason: null });
    expect(transitionStamp('submit', later, 'u', undefined)).toEqual({ submittedAt: later, returnReason: null });
    expect(transitionStamp('return', later, 'u', 'Thiếu minh chứng')).toEqual({
      returnReason: 'Thiếu minh chứng',
      verifiedAt: null,
      verifiedBy: null,
    });
  });
});
