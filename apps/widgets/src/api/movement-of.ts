// Several movements can run at once: a widget's source line names the movement its data is about (by its year or
// review), not simply the one running today.
import type { Calendar } from './public-api.js';

export const movementNameOf = (calendar: Calendar, data: unknown): Calendar['name'] => {
  const about = (data ?? {}) as { year?: unknown; reviewId?: unknown };
  const byReview =
    typeof about.reviewId === 'string' ? calendar.reviews.find((r) => r.id === about.reviewId)?.movementId : undefined;
  const movement = calendar.movements.find(
    (m) => m.id === byReview || (typeof about.year === 'number' && m.reportingYears.includes(about.year)),
  );
  return movement?.name ?? calendar.name;
};
