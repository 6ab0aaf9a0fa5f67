// What a successor carries: the units it was formed from (transitively) and the events that formed it, in words a
// document can print.
import { formatDateVi, predecessorsOf } from '@thidua/domain';
import type { Db } from '@thidua/db';
import { storedHistory } from './stored-history.js';

export const predecessorIds = async (db: Pick<Db, 'orgUnit' | 'orgSuccession'>, unitId: string): Promise<string[]> =>
  predecessorsOf(await storedHistory(db), unitId);

/** "xã Ninh Sơn 1 được thành lập từ ngày 01/07/2025 trên cơ sở thị trấn Tân Sơn, xã Quảng Sơn (…); …", or null. */
export const formationSentence = async (
  db: Pick<Db, 'orgUnit' | 'orgSuccession'>,
  unitId: string,
): Promise<string | null> => {
  const history = await storedHistory(db);
  const unit = history.units.find((u) => u.id === unitId);
  const event = history.successions.find((e) => e.to.includes(unitId) && !e.from.includes(unitId));
  if (!unit || !event) return null;
  // Mid-sentence, in alphabetical order: "thị trấn Tân Sơn, xã Quảng Sơn".
  const names = event.from
    .map((id) => history.units.find((u) => u.id === id)?.name.vi ?? id)
    .map((n) => n.charAt(0).toLocaleLowerCase('vi') + n.slice(1))
    .sort((x, y) => x.localeCompare(y, 'vi'))
    .join(', ');
  return `${unit.name.vi.charAt(0).toLocaleUpperCase('vi')}${unit.name.vi.slice(1)} được thành lập từ ngày ${formatDateVi(event.date)} trên cơ sở ${names}${event.basis ? ` (${event.basis})` : ''}; đơn vị kế thừa kết quả thực hiện phong trào của các đơn vị này.`;
};
