// Database errors the API turns into answers: a unique key taken by another request is a conflict, not a crash.

/** Prisma's P2002, or the driver's own words when the adapter passes them through. */
export const isUniqueViolation = (e: unknown): boolean =>
  (e as { code?: string })?.code === 'P2002' ||
  /Unique constraint|UNIQUE constraint/i.test(String((e as Error)?.message));
