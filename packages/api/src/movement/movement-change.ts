// Publishing a movement version. The first version of a movement runs at once (nothing running is rewritten); a new
// version of a running movement waits until a second administrator approves it, so no one account alone can change
// the rules units are judged by. The proposer may withdraw it; any other administrator may reject it with a reason.
import { assertCanRunBeside, parseMovement, type Movement } from '@thidua/domain';
import type { Context } from '../context.js';
import { isUniqueViolation } from '../db-errors.js';
import { appError, notFound } from '../errors.js';
import { mutate, type Tx } from '../mutation.js';
import { activeMovements } from './active-movement.js';

/** Stores `movement` as its next version: active at once when the movement is not running yet, else pending. */
export const publishMovement = (ctx: Context, movement: Movement, note: string) =>
  mutate(ctx, async (tx) => {
    const running = await activeMovements(tx);
    assertCanRunBeside(
      movement,
      running.map((a) => a.movement),
    );
    const waiting = await tx.movementVersion.findFirst({
      where: { movementId: movement.id, pending: true },
      select: { version: true },
    });
    if (waiting)
      throw appError(
        'CONFLICT',
        `Bản ${waiting.version} của phong trào này đang chờ phê duyệt: hãy duyệt, từ chối hoặc rút bản đó trước`,
        `Version ${waiting.version} of this movement awaits approval: decide or withdraw it first`,
      );
    const last = await tx.movementVersion.findFirst({
      where: { movementId: movement.id },
      orderBy: { version: 'desc' },
      select: { version: true },
    });
    const pending = running.some((a) => a.movement.id === movement.id);
    if (!pending)
      await tx.movementVersion.updateMany({
        where: { movementId: movement.id, active: true },
        data: { active: false },
      });
    // Two administrators sending a version at once both take the next number: one is stored, the other told so.
    const row = await tx.movementVersion
      .create({
        data: {
          movementId: movement.id,
          version: (last?.version ?? 0) + 1,
          definition: JSON.stringify(movement),
          active: !pending,
          pending,
          note,
          createdAt: ctx.now(),
          createdBy: ctx.actor!.userId,
        },
        select: { id: true, version: true, pending: true },
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e))
          throw appError(
            'CONFLICT',
            'Một quản trị viên khác vừa gửi một bản của phong trào này: hãy tải lại danh sách phiên bản',
            'Another administrator just sent a version of this movement: reload the version list',
          );
        throw e;
      });
    return {
      result: row,
      audit: {
        action: pending ? 'movement.propose' : 'movement.activate',
        entity: 'MovementVersion',
        entityId: row.id,
        data: { movementId: movement.id, version: row.version, note },
      },
    };
  });

/** Credentials the proposer just set for the approver's account make that account the proposer's, not a second person. */
const VOUCHING = ['user.create', 'user.password_reset', 'user.totp_reset', 'user.grant_add'];
export const INDEPENDENCE_DAYS = 7;

const assertIndependentApprover = async (
  tx: Tx,
  proposer: string | null,
  approver: string,
  now: Date,
): Promise<void> => {
  if (!proposer) return;
  const since = new Date(now.getTime() - INDEPENDENCE_DAYS * 86_400_000);
  const vouched = await tx.auditLog.findFirst({
    where: { actorId: proposer, entityId: approver, action: { in: VOUCHING }, at: { gte: since } },
    select: { action: true },
  });
  if (vouched) {
    throw appError(
      'FORBIDDEN',
      `Người đề xuất vừa tạo hoặc cấp lại tài khoản của bạn (trong ${INDEPENDENCE_DAYS} ngày qua): một quản trị viên độc lập phê duyệt bản này`,
      `The proposer created or reset your account in the last ${INDEPENDENCE_DAYS} days: an independent administrator approves this version`,
    );
  }
};

/** A second administrator activates a pending version (it replaces the running one), checked again as it is now. */
export const approvePendingMovement = (ctx: Context, versionId: string) =>
  mutate(ctx, async (tx) => {
    const row = await tx.movementVersion.findUnique({
      where: { id: versionId },
      select: { id: true, movementId: true, version: true, definition: true, pending: true, createdBy: true },
    });
    if (!row || !row.pending)
      throw notFound({ vi: 'bản phong trào đang chờ phê duyệt', en: 'Pending movement version' });
    if (row.createdBy === ctx.actor!.userId)
      throw appError(
        'FORBIDDEN',
        'Bạn đã đề xuất bản này: một quản trị viên khác phê duyệt (tách bạch nhiệm vụ)',
        'You proposed this version: another administrator approves it (separation of duties)',
      );
    await assertIndependentApprover(tx, row.createdBy, ctx.actor!.userId, ctx.now());
    const parsed = parseMovement(JSON.parse(row.definition));
    if (!parsed.ok)
      throw appError(
        'PRECONDITION_FAILED',
        'Bản này không còn hợp lệ với phiên bản hệ thống hiện tại: hãy từ chối và tải lại',
        'This version no longer validates: reject it and upload it again',
      );
    assertCanRunBeside(
      parsed.movement,
      (await activeMovements(tx)).map((a) => a.movement),
    );
    await tx.movementVersion.updateMany({
      where: { movementId: row.movementId, active: true },
      data: { active: false },
    });
    // Conditional on still pending: of two administrators deciding at once, one wins and the other gets a conflict.
    const { count } = await tx.movementVersion.updateMany({
      where: { id: row.id, pending: true },
      data: { pending: false, active: true, decidedBy: ctx.actor!.userId, decidedAt: ctx.now() },
    });
    if (count !== 1)
      throw appError(
        'CONFLICT',
        'Bản này vừa được người khác quyết định',
        'Someone else decided this version just now',
      );
    return {
      result: { id: row.id, version: row.version },
      audit: {
        action: 'movement.approve',
        entity: 'MovementVersion',
        entityId: row.id,
        data: { movementId: row.movementId, version: row.version, proposedBy: row.createdBy },
      },
    };
  });

/** Rejects (or, by its proposer, withdraws) a pending version with a reason; it stays stored, never active. */
export const rejectPendingMovement = (ctx: Context, versionId: string, reason: string) =>
  mutate(ctx, async (tx) => {
    const row = await tx.movementVersion.findUnique({
      where: { id: versionId },
      select: { id: true, movementId: true, version: true, pending: true, createdBy: true },
    });
    if (!row || !row.pending)
      throw notFound({ vi: 'bản phong trào đang chờ phê duyệt', en: 'Pending movement version' });
    const { count } = await tx.movementVersion.updateMany({
      where: { id: row.id, pending: true },
      data: { pending: false, decidedBy: ctx.actor!.userId, decidedAt: ctx.now(), rejectReason: reason },
    });
    if (count !== 1)
      throw appError(
        'CONFLICT',
        'Bản này vừa được người khác quyết định',
        'Someone else decided this version just now',
      );
    const withdrawn = row.createdBy === ctx.actor!.userId;
    return {
      result: { id: row.id, version: row.version, withdrawn },
      audit: {
        action: withdrawn ? 'movement.withdraw' : 'movement.reject',
        entity: 'MovementVersion',
        entityId: row.id,
        data: { movementId: row.movementId, version: row.version, reason },
      },
    };
  });
