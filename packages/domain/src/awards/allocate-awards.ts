// Proposes awardees for a review: never above its quota, never an ineligible candidate,
// and the same answer whatever order the candidates arrive in.
import { DomainError } from '../errors/domain-error.js';
import { text, type LocalizedText } from '../i18n/localized-text.js';
import type { Movement } from '../movement/movement.schema.js';
import type { AwardClass } from '../movement/participant.schema.js';
import type { Quota } from '../movement/timeline.schema.js';

export interface AwardCandidate {
  id: string;
  kind: AwardClass;
  eligible: boolean;
  score: number;
}

export type NotAwardedReason = 'not_eligible' | 'quota_full' | 'duplicate_id' | 'invalid_score';

export interface AwardAllocation {
  reviewId: string;
  quotas: Quota;
  used: Quota;
  remaining: Quota;
  awarded: Array<{ id: string; kind: AwardClass; score: number; position: number }>;
  notAwarded: Array<{ id: string; kind: AwardClass; reason: NotAwardedReason; explanation: LocalizedText }>;
  /** Candidates left out only by the ID tie-break at the quota line: the council should look at them. */
  tiesAtQuotaLine: string[];
}

const REASONS: Record<NotAwardedReason, LocalizedText> = {
  not_eligible: text('Không đủ điều kiện theo tiêu chuẩn thi đua', 'Does not meet the emulation criteria'),
  quota_full: text('Đã đủ số lượng khen thưởng của đợt', 'The review quota is already filled'),
  duplicate_id: text('Mã ứng viên bị trùng trong danh sách đề nghị', 'The candidate ID appears more than once'),
  invalid_score: text('Điểm không hợp lệ', 'Invalid score'),
};

const scoreOf = (c: AwardCandidate): number => (Number.isFinite(c.score) ? c.score : Number.NEGATIVE_INFINITY);

const byScoreThenId = (a: AwardCandidate, b: AwardCandidate): number =>
  scoreOf(b) - scoreOf(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export const findReview = (movement: Movement, reviewId: string) => {
  const review = movement.timeline.reviews.find((r) => r.id === reviewId);
  if (!review) throw new DomainError('UNKNOWN_REVIEW', text(`Không có đợt ${reviewId}`, `No review ${reviewId}`));
  return review;
};

export const allocateAwards = (
  movement: Movement,
  reviewId: string,
  candidates: readonly AwardCandidate[],
): AwardAllocation => {
  const { quotas } = findReview(movement, reviewId);
  const idCount = new Map<string, number>();
  for (const c of candidates) idCount.set(c.id, (idCount.get(c.id) ?? 0) + 1);
  const notAwarded: AwardAllocation['notAwarded'] = [];
  const reject = (c: AwardCandidate, reason: NotAwardedReason) =>
    notAwarded.push({ id: c.id, kind: c.kind, reason, explanation: REASONS[reason] });
  const awarded: AwardAllocation['awarded'] = [];
  const used: Quota = { collective: 0, individual: 0 };
  const ties: string[] = [];
  for (const kind of ['collective', 'individual'] as const) {
    // Invalid scores leave before sorting: a NaN in a comparator makes the order depend on the input.
    const ofKind = candidates.filter((c) => c.kind === kind);
    for (const c of ofKind) if (!Number.isFinite(c.score) && (idCount.get(c.id) ?? 0) === 1) reject(c, 'invalid_score');
    const pool = ofKind.filter((c) => Number.isFinite(c.score) || (idCount.get(c.id) ?? 0) > 1).sort(byScoreThenId);
    const shutOut: AwardCandidate[] = [];
    for (const c of pool) {
      if ((idCount.get(c.id) ?? 0) > 1) reject(c, 'duplicate_id');
      else if (!c.eligible) reject(c, 'not_eligible');
      else if (used[kind] >= quotas[kind]) {
        shutOut.push(c);
        reject(c, 'quota_full');
      } else {
        used[kind]++;
        awarded.push({ id: c.id, kind, score: c.score, position: used[kind] });
      }
    }
    const lineScore = awarded.filter((a) => a.kind === kind).at(-1)?.score;
    if (lineScore !== undefined && shutOut.some((c) => c.score === lineScore)) {
      for (const a of awarded) if (a.kind === kind && a.score === lineScore) ties.push(a.id);
      for (const c of shutOut) if (c.score === lineScore) ties.push(c.id);
    }
  }
  notAwarded.sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0,
  );
  return {
    reviewId,
    quotas,
    used,
    remaining: { collective: quotas.collective - used.collective, individual: quotas.individual - used.individual },
    awarded,
    notAwarded,
    tiesAtQuotaLine: ties.sort(),
  };
};
