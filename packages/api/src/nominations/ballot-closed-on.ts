// The local day the council closed the ballot that approved nominations: an award decision cannot be dated before it.
import { localDateOf } from '@thidua/domain';
import type { Tx } from '../mutation.js';

export const ballotClosedOn = async (
  tx: Tx,
  timeZone: string,
  nominationIds: readonly string[],
): Promise<string | null> => {
  const closed = await tx.ballot.findFirst({
    where: { status: 'closed', tallies: { some: { nominationId: { in: [...nominationIds] } } } },
    orderBy: { closedAt: 'desc' },
    select: { closedAt: true },
  });
  return closed?.closedAt ? localDateOf(closed.closedAt.getTime(), timeZone) : null;
};
