// The yearly report workflow: draft → submitted → verified → approved; approval locks, un-approval needs a reason,
// and (unless the movement says otherwise) the officer who verified a report is not the one who approves it.
import { mayApproveAfterVerifying, type Duties } from '@thidua/domain';
import { appError } from '../errors.js';
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

const TO: Record<ReportAction, ReportStatus> = {
  submit: 'submitted',
  verify: 'verified',
  approve: 'approved',
  return: 'draft',
  unapprove: 'verified',
};

export const transition = (action: ReportAction, from: string): ReportStatus | null =>
  (FROM[action] as readonly string[]).includes(from) ? TO[action] : null;

/** The timestamps and names a move writes; unit reports and sector reports carry the same fields. The first submission
 * time stays through a return for correction and the resubmission (ADR 0021): the deadline is judged on it, and the
 * report's history keeps every later submission. */
export const transitionStamp = (
  action: ReportAction,
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

/** Separation of duties: approving a report one verified oneself is refused unless the movement allows it. */
export const assertSeparateApprover = (duties: Duties, verifiedBy: string | null, approver: string): void => {
  if (mayApproveAfterVerifying(duties, verifiedBy, approver)) return;
  throw appError(
    'FORBIDDEN',
    'Bạn đã xác minh báo cáo này nên không duyệt được: một cán bộ khác của phòng duyệt (tách bạch nhiệm vụ, theo quy định của phong trào)',
    'You verified this report, so another officer approves it (separation of duties, as the movement sets)',
  );
};
