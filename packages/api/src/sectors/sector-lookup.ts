// What the sector procedures look up alike: a sector programme of the movement, and the communes of a year's grid.
import { annualReportDueDate, DomainError, sectorOf, type Movement, type Sector } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { notFound } from '../errors.js';
import { inForceOn } from '../org/in-force.js';

/** The sector programme of the movement, or NOT_FOUND. */
export const sectorIn = (movement: Movement, id: string): Sector => {
  try {
    return sectorOf(movement, id);
  } catch (e) {
    if (e instanceof DomainError) throw notFound({ vi: `ngành ${id}`, en: `Sector ${id}` });
    throw e;
  }
};

/** Communes (and the town) in force on the year's report due date, as completeness counts them: a merged commune
 * and its successor never both stand in one year's grid. */
export interface GridCommune {
  id: string;
  name: string;
  nameEn: string;
  kind: string;
  validFrom: string;
  validTo: string | null;
}

export const communesActiveIn = (db: Pick<Db, 'orgUnit'>, movement: Movement, y: number): Promise<GridCommune[]> =>
  db.orgUnit.findMany({
    where: { participantKind: 'commune', ...inForceOn(annualReportDueDate(movement, y)) },
    orderBy: { id: 'asc' },
    select: { id: true, name: true, nameEn: true, kind: true, validFrom: true, validTo: true },
  });
