// Seed timestamps: local Ninh Sơn times (UTC+7) turned into instants, never later than the seed's `now`.
const OFFSET = '+07:00';
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface SeedClock {
  /** The seed's notion of the present; nothing seeded happens after it. */
  now: Date;
  /** A local date-time in Ninh Sơn, e.g. `2022-09-19T23:40`, as an instant, capped at `now`. */
  at(localDateTime: string): Date;
  /** Days (may be fractional) after an instant, to the minute, capped at `now`. */
  after(instant: Date, days: number): Date;
}

const cap = (instant: Date, now: Date): Date => (instant.getTime() > now.getTime() ? new Date(now.getTime()) : instant);

export const seedClock = (now: Date = new Date()): SeedClock => ({
  now,
  at: (localDateTime) => {
    const instant = new Date(`${localDateTime}${localDateTime.length === 16 ? ':00' : ''}${OFFSET}`);
    if (Number.isNaN(instant.getTime())) throw new Error(`Invalid seed date-time: ${localDateTime}`);
    return cap(instant, now);
  },
  after: (instant, days) => cap(new Date(Math.round((instant.getTime() + days * DAY_MS) / MINUTE_MS) * MINUTE_MS), now),
});
