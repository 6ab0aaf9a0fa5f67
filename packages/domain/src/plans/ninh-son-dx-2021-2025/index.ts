// The Ninh Sơn district plan "Chuyển đổi số giai đoạn 2021–2025" as a validated, frozen movement.
import { text } from '../../i18n/localized-text.js';
import {
  movementSchema,
  MOVEMENT_SCHEMA_VERSION,
  type Movement,
  type MovementInput,
} from '../../movement/movement.schema.js';
import { awarding } from './awarding.js';
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
  // The final review (Q4 2025) falls after the district level ended. The plan does not say who then reviews and awards
  // it, so the successor is held as a value to confirm, with what is known, rather than invented.
  authorities: [
    {
      from: '2025-07-01',
      issuer: text(
        'Ủy ban nhân dân kế thừa thẩm quyền của huyện Ninh Sơn (chưa xác nhận)',
        'People’s Committee succeeding Ninh Sơn district (not yet confirmed)',
      ),
      awardGrantor: text(
        'Chủ tịch Ủy ban nhân dân kế thừa thẩm quyền của huyện Ninh Sơn (chưa xác nhận)',
        'Chair of the People’s Committee succeeding Ninh Sơn district (not yet confirmed)',
      ),
      place: 'Ninh Sơn',
      basis:
        'Luật Tổ chức chính quyền địa phương năm 2025 (chính quyền địa phương hai cấp từ ngày 01/7/2025, đơn vị hành chính cấp huyện kết thúc hoạt động) và việc sáp nhập tỉnh Ninh Thuận vào tỉnh Khánh Hòa',
      confirmed: false,
      note: 'Nguồn: plan-digest §9. Kế hoạch không nói cơ quan nào sơ kết, tổng kết và khen thưởng phong trào sau khi huyện kết thúc hoạt động. Đơn vị vận hành ghi tên cơ quan ban hành và người có thẩm quyền khen thưởng theo văn bản phân cấp của tỉnh Khánh Hòa, rồi đặt confirmed: true.',
    },
  ],
  scope: text('Toàn huyện Ninh Sơn, tỉnh Ninh Thuận', 'The whole of Ninh Sơn district, Ninh Thuận province'),
  timeZone: 'Asia/Ho_Chi_Minh',
  participantGroups,
  criteria,
  targetGroups,
  targets,
  timeline,
  roles,
  sectors,
  awarding,
};

const deepFreeze = <T>(value: T): T => {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
};

export const ninhSonDx2021_2025: Movement = deepFreeze(movementSchema.parse(ninhSonDx2021_2025Input));
