// Whether a review (R-INTERIM, R-FINAL) is open at an instant, on the movement's own calendar.
import { localDateOf, type Movement } from '@thidua/domain';
import { appError, notFound } from '../errors.js';

export const reviewOf = (movement: Movement, reviewId: string) => {
  const review = movement.timeline.reviews.find((r) => r.id === reviewId);
  if (!review) throw notFound({ vi: `đợt xét ${reviewId}`, en: `Review ${reviewId}` });
  return review;
};

export const assertReviewOpen = (movement: Movement, reviewId: string, now: Date): void => {
  const review = reviewOf(movement, reviewId);
  const today = localDateOf(now.getTime(), movement.timeZone);
  if (today < review.start || today > review.end) {
    throw appError(
      'PRECONDITION_FAILED',
      `Đợt ${reviewId} chỉ nhận đề nghị từ ${review.start.split('-').reverse().join('/')} đến ${review.end.split('-').reverse().join('/')}`,
      `${reviewId} takes proposals from ${review.start} to ${review.end}`,
    );
  }
};
