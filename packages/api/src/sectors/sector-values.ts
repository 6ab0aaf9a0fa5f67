// Checks a sector report's cells before they are stored: an indicator of the sector, a commune active that year, and a
// value the domain says the indicator can have. Every bad cell is named "<commune> · <indicator>".
import { indicatorValueProblem, type Sector } from '@thidua/domain';
import { appError } from '../errors.js';

export interface SectorValueInput {
  unitId: string;
  indicatorId: string;
  number?: number | null;
  bool?: boolean | null;
  evidenceUrl?: string | null;
  evidenceFile?: string | null;
  note?: string | null;
}

export interface CommuneRef {
  id: string;
  name: string;
}

/** At most this many cells are listed in one error; the count says how many more there are. */
const LISTED = 30;

/**
 * Throws BAD_REQUEST listing every bad cell. `communes` are the communes active in the report's year; `names` gives
 * the name of any other unit the input names, so the editor reads "Phòng Y tế · I-HEALTH-EMR", not an ID.
 */
export const checkSectorValues = (
  sector: Sector,
  year: number,
  communes: readonly CommuneRef[],
  names: ReadonlyMap<string, string>,
  values: readonly SectorValueInput[],
): void => {
  const active = new Map(communes.map((c) => [c.id, c.name]));
  const indicators = new Map(sector.indicators.map((i) => [i.id, i]));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const cell = `${active.get(v.unitId) ?? names.get(v.unitId) ?? v.unitId} · ${v.indicatorId}`;
    const indicator = indicators.get(v.indicatorId);
    if (!indicator) {
      problems.push(`${cell}: không phải chỉ số của ngành ${sector.id} / not an indicator of ${sector.id}`);
      continue;
    }
    if (!active.has(v.unitId)) {
      problems.push(
        `${cell}: không phải xã, thị trấn đang hoạt động trong năm ${year} / not a commune active in ${year}`,
      );
      continue;
    }
    const key = `${v.unitId} ${v.indicatorId}`;
    if (seen.has(key)) problems.push(`${cell}: nhập hai lần / entered twice`);
    seen.add(key);
    // The domain decides what a value can be, so the form, the store and the public summary never disagree.
    const problem = indicatorValueProblem(indicator, v);
    if (problem) problems.push(`${cell}: ${problem.message.vi} / ${problem.message.en}`);
  }
  if (problems.length === 0) return;
  const more =
    problems.length > LISTED ? ` (và ${problems.length - LISTED} ô khác / and ${problems.length - LISTED} more)` : '';
  throw appError(
    'BAD_REQUEST',
    `Số liệu không hợp lệ: ${problems.slice(0, LISTED).join('; ')}${more}`,
    `Invalid values (${problems.length})`,
  );
};
