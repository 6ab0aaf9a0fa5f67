// The movement's award reviews (R-INTERIM 2023, R-FINAL 2025), latest first: the order every review picker shows.
export const REVIEWS = ['R-FINAL', 'R-INTERIM'] as const;
export type ReviewId = (typeof REVIEWS)[number];
