// What a role needs beside it: an editor belongs to a unit, a sector editor also to a sector. Said once for an
// account's own role and for each further role it is given.
import { appError } from '../errors.js';
import type { Role } from '../roles.js';

export const assertRoleScope = (
  role: Role,
  unitId: string | null | undefined,
  sectorId: string | null | undefined,
): void => {
  if ((role === 'UNIT-EDITOR' || role === 'SECTOR-EDITOR') && !unitId)
    throw appError('BAD_REQUEST', 'Biên tập viên cần thuộc một đơn vị', 'An editor needs a unit');
  if (role === 'SECTOR-EDITOR' && !sectorId)
    throw appError('BAD_REQUEST', 'Biên tập viên ngành cần mã ngành', 'A sector editor needs a sector');
};
