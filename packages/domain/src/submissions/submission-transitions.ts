// The workflow every submission to the movement follows, a unit's yearly report and a sector office's figures alike:
// draft → submitted → verified → approved. A return sends it back to draft for correction; approval locks it, and
// only un-approval (with a reason) opens it again, back to verified.
export const SUBMISSION_STATUSES = ['draft', 'submitted', 'verified', 'approved'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const SUBMISSION_ACTIONS = ['submit', 'verify', 'approve', 'return', 'unapprove'] as const;
export type SubmissionAction = (typeof SUBMISSION_ACTIONS)[number];

const FROM: Record<SubmissionAction, readonly SubmissionStatus[]> = {
  submit: ['draft'],
  verify: ['submitted'],
  approve: ['verified'],
  return: ['submitted', 'verified'],
  unapprove: ['approved'],
};

const TO: Record<SubmissionAction, SubmissionStatus> = {
  submit: 'submitted',
  verify: 'verified',
  approve: 'approved',
  return: 'draft',
  unapprove: 'verified',
};

/** The status `action` leads to from `from`, or null when the action is not open from there. */
export const nextSubmissionStatus = (action: SubmissionAction, from: string): SubmissionStatus | null =>
  (FROM[action] as readonly string[]).includes(from) ? TO[action] : null;

/** Only a draft takes new figures: anything sent is corrected by returning it first. */
export const isEditable = (status: string): boolean => status === 'draft';

/** The timestamps and names a move writes. The first submission time stays through a return for correction and the
 * resubmission (ADR 0021): the deadline is judged on it, and the history keeps every later submission. */
export const transitionStamp = (
  action: SubmissionAction,
  now: Date,
  userId: string,
  reason: string | undefined,
  firstSubmittedAt: Date | null = null,
) => {
  switch (action) {
    case 'submit':
      return { submittedAt: firstSubmittedAt ?? now, returnReason: null };
    case 'verify':
      return { verifiedAt: now, verifiedBy: userId };
    case 'approve':
      return { approvedAt: now, approvedBy: userId };
    case 'return':
      return { returnReason: reason ?? null, verifiedAt: null, verifiedBy: null };
    case 'unapprove':
      return { approvedAt: null, approvedBy: null };
  }
};
