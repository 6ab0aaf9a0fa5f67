// Moving a submission along its workflow (submit, verify, approve, return, unapprove), for any kind: the domain says
// where each move leads; the move is written at the version the caller saw, with its history line and audit entry.
import { mayApproveAfterVerifying, nextSubmissionStatus, transitionStamp, type SubmissionAction } from '@thidua/domain';
import type { Context } from '../context.js';
import { appError } from '../errors.js';
import { movementById } from '../movement/active-movement.js';
import { expectOneUpdated, mutate, type Tx } from '../mutation.js';
import type { SubmissionStore } from './submission-store.js';

/** What a move needs to know of the submission as loaded (its access already checked by the caller). */
export interface Movable {
  id: string;
  movementId: string;
  status: string;
  verifiedBy: string | null;
  submittedAt: Date | null;
}

export interface MoveOptions {
  /** Checks only a submission that is being sent must pass (e.g. no required figure missing). */
  beforeSubmit?: () => Promise<void>;
  /** Tells the sender it came back (in the move's transaction). */
  onReturn?: (tx: Tx, reason: string, now: Date) => Promise<unknown>;
  /** What the audit entry says of the submission beside the move itself. */
  auditData?: Record<string, unknown>;
}

/** Separation of duties: approving what one verified oneself is refused unless the movement allows it. */
const assertSeparateApprover = async (ctx: Context, submission: Movable, approver: string): Promise<void> => {
  const { movement } = await movementById(ctx.db, submission.movementId);
  if (mayApproveAfterVerifying(movement.duties, submission.verifiedBy, approver)) return;
  throw appError(
    'FORBIDDEN',
    'Bạn đã xác minh báo cáo này nên không duyệt được: một cán bộ khác của phòng duyệt (tách bạch nhiệm vụ, theo quy định của phong trào)',
    'You verified this report, so another officer approves it (separation of duties, as the movement sets)',
  );
};

export const moveSubmission = async <Key, Value>(
  ctx: Context,
  store: SubmissionStore<Key, Value>,
  submission: Movable,
  input: { version: number; reason?: string },
  action: SubmissionAction,
  options: MoveOptions = {},
) => {
  const actor = ctx.actor!;
  const to = nextSubmissionStatus(action, submission.status);
  if (!to)
    throw appError(
      'PRECONDITION_FAILED',
      `Không thể chuyển ${store.noun.vi} từ trạng thái "${submission.status}"`,
      `A ${store.noun.en} in status "${submission.status}" cannot be moved this way`,
    );
  if (action === 'submit') await options.beforeSubmit?.();
  if (action === 'approve') await assertSeparateApprover(ctx, submission, actor.userId);
  const now = ctx.now();
  const stamp = transitionStamp(action, now, actor.userId, input.reason, submission.submittedAt);
  const reason = input.reason ?? null;
  return mutate(ctx, async (tx) => {
    const where = { id: submission.id, version: input.version, status: submission.status };
    expectOneUpdated(await store.update(tx, where, { ...stamp, status: to, version: { increment: 1 } }));
    await store.recordChange(tx, submission.id, { from: submission.status, to, reason, by: actor.userId, at: now });
    if (action === 'return') await options.onReturn?.(tx, input.reason ?? '', now);
    return {
      result: { reportId: submission.id, status: to, version: input.version + 1 },
      audit: {
        action: `${store.audit.prefix}.${action}`,
        entity: store.audit.entity,
        entityId: submission.id,
        data: { ...options.auditData, from: submission.status, to, reason },
      },
    };
  });
};
