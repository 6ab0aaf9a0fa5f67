// What a role is called on screen: the body the movement names for a duty ("Phòng Nội vụ"), else the software's own
// name for its roles (administrator, leader, editors).
import type { LocalizedText, Movement } from '@thidua/domain';
import type { Role } from '../roles.js';

/** Roles of the software itself, not bodies of a plan: their names live here. */
const SYSTEM_ROLE_LABELS: Partial<Record<Role, LocalizedText>> = {
  ADMIN: { vi: 'Quản trị hệ thống', en: 'System administrator' },
  LEADER: { vi: 'Lãnh đạo (xem toàn bộ)', en: 'Leader (reads everything)' },
  'SECTOR-EDITOR': { vi: 'Biên tập viên của ngành', en: 'Sector editor' },
  'UNIT-EDITOR': { vi: 'Biên tập viên của đơn vị', en: 'Unit editor' },
};

export const roleLabel = (movement: Movement | null, role: string): LocalizedText =>
  movement?.roles.find((r) => r.id === role)?.body ?? SYSTEM_ROLE_LABELS[role as Role] ?? { vi: role, en: role };
