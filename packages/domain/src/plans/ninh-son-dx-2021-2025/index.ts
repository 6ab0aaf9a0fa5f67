// The Ninh Sơn district plan "Chuyển đổi số giai đoạn 2021–2025" as a validated, frozen movement.
import { text } from '../../i18n/localized-text.js';
import { movementSchema, MOVEMENT_SCHEMA_VERSION, type Movement, type MovementInput } from '../../movement/movement.schema.js';
import { criteria } from './criteria.js';
import { roles, sectors } from './organisation.js';
import { participantGroups } from './participants.js';
import { targetGroups, targets } from './targets.js';
import { timeline } from './timeline.js';

export const ninhSonDx2021_2025Input: MovementInput = {
  schemaVersion: MOVEMENT_SCHEMA_VERSION,
  id: 'ninh-son-dx-2021-2025',
  name: text(
    'Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn',
    'Emulation movement “Digital Transformation 2021–2025” in Ninh Sơn district',
  ),
  issuer: text('Ủy ban nhân dân huyện Ninh Sơn', 'Ninh Sơn District People’s Committee'),
  awardGrantor: text('Chủ tịch Ủy ban nhân dân huyện Ninh Sơn', 'Chairman of the Ninh Sơn District People’s Committee'),
  scope: text('Toàn huyện Ninh Sơn, tỉnh Ninh Thuận', 'The whole of Ninh Sơn district, Ninh Thuận province'),
  timeZone: 'Asia/Ho_Chi_Minh',
  participantGroups,
  criteria,
  targetGroups,
  targets,
  timeline,
  roles,
  sectors,
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

export const ninhSonDx2021_2025: Movement = deepFreeze(movementSchema.parse(ninhSonDx2021_2025Input));
