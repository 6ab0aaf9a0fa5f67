// Who receives a notification: active accounts only, found by unit, sector or role.
import type { Tx } from '../mutation.js';
import type { Role } from '../roles.js';

type Reader = Pick<Tx, 'user'>;

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

export const unitEditors = async (
  tx: Reader,
  unitIds: readonly string[],
): Promise<{ id: string; unitId: string | null }[]> =>
  unitIds.length === 0
    ? []
    : tx.user.findMany({
        where: { role: 'UNIT-EDITOR', unitId: { in: [...unitIds] }, disabledAt: null },
        select: { id: true, unitId: true },
        orderBy: { id: 'asc' },
      });

export const sectorEditors = async (tx: Reader, sectorId: string): Promise<string[]> =>
  ids(
    await tx.user.findMany({
      where: { role: 'SECTOR-EDITOR', sectorId, disabledAt: null },
      select: { id: true },
      orderBy: { id: 'asc' },
    }),
  );

/** Active accounts holding one of the roles as their own or as a further role (a council member who also edits). */
export const roleHolders = async (tx: Reader, roles: readonly Role[]): Promise<string[]> =>
  ids(
    await tx.user.findMany({
      where: {
        disabledAt: null,
        OR: [{ role: { in: [...roles] } }, { grants: { some: { role: { in: [...roles] } } } }],
      },
      select: { id: true },
      orderBy: { id: 'asc' },
    }),
  );
