// Seed registrations (đăng ký thi đua) with Vietnamese pledges: most units and a few individuals; some units never register.
import { ninhSonDx2021_2025 } from '@thidua/domain';
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { stableHash } from './determinism.js';
import { MOVEMENT_ID } from './movement.js';
import { REPORTING_UNITS, type SeedUnit } from './org-units.js';
import { personById } from './people.js';

/** Units that did not register: they report, but C-COL-REGISTERED fails and they cannot be awarded. */
export const UNREGISTERED_UNIT_IDS: readonly string[] = ['PHONG-KT-HT', 'DN-HTX-NHO-MY-SON', 'DN-XAY-DUNG-HOA-SON'];

/** Individuals who registered (P-PERSON). */
export const REGISTERED_PERSON_IDS: readonly string[] = [
  'PER-034',
  'PER-035',
  'PER-036',
  'PER-037',
  'PER-038',
  'PER-039',
  'PER-040',
];

const numbered = (lines: string[]): string => lines.map((line, i) => `${i + 1}. ${line}`).join('\n');

export const pledgesOf = (unit: SeedUnit): string => {
  const common = 'Tổ chức phát động phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” thiết thực, hiệu quả';
  const initiative = 'Có ít nhất 01 sáng kiến, giải pháp chuyển đổi số được công nhận mỗi năm';
  if (unit.participantKind === 'commune') {
    return numbered([
      `${common} trên địa bàn ${unit.name.charAt(0).toLowerCase()}${unit.name.slice(1)}`,
      'Phấn đấu từ 65% trở lên hồ sơ công việc cấp xã được xử lý trên môi trường mạng',
      '100% báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) được gửi, nhận bằng văn bản điện tử',
      '100% báo cáo kinh tế - xã hội định kỳ thực hiện trên phần mềm báo cáo của tỉnh',
      'Duy trì Tổ công nghệ số cộng đồng ở tất cả các thôn, hướng dẫn người dân sử dụng dịch vụ công trực tuyến',
      initiative,
    ]);
  }
  if (unit.participantKind === 'enterprise') {
    return numbered([
      `${common} trong toàn doanh nghiệp`,
      'Ứng dụng công nghệ số trong quản lý, sản xuất, kinh doanh; sử dụng 100% hóa đơn điện tử',
      'Đưa sản phẩm lên sàn thương mại điện tử, chấp nhận thanh toán không dùng tiền mặt',
      ...(unit.isItEnterprise ? ['Nghiên cứu, làm chủ công nghệ, phát triển sản phẩm số “Make in Việt Nam”'] : []),
    ]);
  }
  const sector = ninhSonDx2021_2025.sectors.find((s) => s.id === unit.sectorId);
  return numbered([
    `${common} trong toàn cơ quan`,
    'Phấn đấu từ 85% trở lên hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật)',
    '100% báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) được gửi, nhận bằng văn bản điện tử',
    'Tối thiểu 70% cơ sở dữ liệu dùng chung được kết nối liên thông qua nền tảng LGSP',
    ...(sector
      ? [`Triển khai chương trình chuyển đổi số ngành ${sector.label.vi.toLowerCase()}: ${sector.highlights.vi}`]
      : []),
    initiative,
  ]);
};

const PERSON_PLEDGES = numbered([
  'Tích cực tham gia phong trào thi đua Chuyển đổi số',
  'Sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt; hướng dẫn người thân, hàng xóm cùng thực hiện',
  'Đề xuất ít nhất 01 giải pháp hữu ích để được xem xét công nhận và nhân rộng',
]);

export const seedRegistrations = async (db: Db, clock: SeedClock): Promise<void> => {
  const units = REPORTING_UNITS.filter((u) => !UNREGISTERED_UNIT_IDS.includes(u.id));
  // Registered between 15/8 and 14/10/2022, spread by a stable hash of the unit ID; a commune formed later (the 2025
  // merges) registers within its first two weeks.
  const when = (key: string, since = '2022-08-15', days = 60): Date => {
    const h = stableHash(key);
    return clock.after(clock.at(`${since}T08:00`), (h % days) + ((h >>> 8) % 480) / 1440);
  };
  await db.$transaction([
    ...units.map((u) => {
      const row = {
        pledges: pledgesOf(u),
        registeredAt: u.validFrom > '2022-08-15' ? when(u.id, u.validFrom, 14) : when(u.id),
      };
      return db.registration.upsert({
        where: { movementId_unitId: { movementId: MOVEMENT_ID, unitId: u.id } },
        create: { id: `REG-${u.id}`, movementId: MOVEMENT_ID, unitId: u.id, ...row },
        update: row,
      });
    }),
    ...REGISTERED_PERSON_IDS.map((personId) => {
      const row = { pledges: PERSON_PLEDGES, registeredAt: when(personById(personId).id) };
      return db.registration.upsert({
        where: { movementId_personId: { movementId: MOVEMENT_ID, personId } },
        create: { id: `REG-${personId}`, movementId: MOVEMENT_ID, personId, ...row },
        update: row,
      });
    }),
  ]);
};
