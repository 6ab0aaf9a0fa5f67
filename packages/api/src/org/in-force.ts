// Prisma's filter for the units in force on a local date (the query form of the domain's isActiveOn): started on or
// before it, not yet ended on it.
export const inForceOn = (date: string) => ({
  validFrom: { lte: date },
  OR: [{ validTo: null }, { validTo: { gt: date } }],
});
