// Whether a review is open at an instant, on the movement's own calendar.
import { localDateOf, type Movement, type Review } from '@thidua/domain';
import { appError } from '../errors.js';

export const assertReviewOpen = (movement: Movement, review: Review, now: Date): void => {
  const reviewId = review.id;
  const today = localDateOf(now.getTime(), movement.timeZone);
  if (today < review.start || today > review.end) {
    throw appError(
      'PRECONDITION_FAILED',
      `Đợt ${reviewId} chỉ nhận đề nghị từ ${review.start.split('-').reverse().join('/')} đến ${review.end.split('-').reverse().join('/')}`,
      `${reviewId} takes proposals from ${review.start} to ${review.end}`,
    );
  }
};
