// The yearly report workflow: draft → submitted → verified → approved; approval locks, un-approval needs a reason.
export const REPORT_STATUSES = ['draft', 'submitted', 'verified', 'approved'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportAction = 'submit' | 'verify' | 'approve' | 'return' | 'unapprove';

const FROM: Record<ReportAction, readonly ReportStatus[]> = {
  submit: ['draft'],
  verify: ['submitted'],
  approve: ['verified'],
  return: ['submitted', 'verified'],
  unapprove: ['approved'],
};

const TO: Record<ReportAction, ReportStatus> = { submit: 'submitted', verify: 'verified', approve: 'approved', return: 'draft', unapprove: 'verified' };

export const transition = (action: ReportAction, from: string): ReportStatus | null =>
  (FROM[action] as readonly string[]).includes(from) ? TO[action] : null;

/** The timestamps and names a move writes; unit reports and sector reports carry the same fields. */
export const transitionStamp = (action: ReportAction, now: Date, userId: string, reason: string | undefined) => {
  switch (action) {
    case 'submit':
      return { submittedAt: now, returnReason: null };
    case 'verify':
      return { verifiedAt: now, verifiedBy: userId };
    case 'approve':
      return { approvedAt: now, approvedBy: userId };
    case 'return':
      return { returnReason: reason ?? null, submittedAt: null, verifiedAt: null, verifiedBy: null };
    case 'unapprove':
      return { approvedAt: null, approvedBy: null };
  }
};
