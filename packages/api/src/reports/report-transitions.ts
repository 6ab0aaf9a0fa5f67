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
