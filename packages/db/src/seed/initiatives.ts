// Seed initiatives and good practices (sáng kiến, mô hình hay), their recognition and where they were replicated.
import type { Db } from '../open-database.js';
import type { SeedClock } from './clock.js';
import { MOVEMENT_ID } from './movement.js';

interface SeedInitiative {
  id: string;
  title: string;
  summary: string;
  sectorId: string;
  unitId: string;
  authorId: string;
  /** Local date-time of recognition; absent while still under review. */
  recognisedAt?: string;
  recognisedBy?: string;
  replicatedIn: ReadonlyArray<readonly [unitId: string, since: string]>;
}

const COUNCIL = 'Hội đồng xét công nhận sáng kiến huyện Ninh Sơn';

export const SEED_INITIATIVES: readonly SeedInitiative[] = [
  {
    id: 'INI-2023-01',
    title: 'Số hóa hồ sơ địa chính, xây dựng cơ sở dữ liệu đất đai huyện Ninh Sơn',
    summary:
      'Quét, chuẩn hóa và nhập hồ sơ địa chính giấy vào cơ sở dữ liệu đất đai; tra cứu thửa đất trên bản đồ số, rút ngắn thời gian giải quyết thủ tục.',
    sectorId: 'S-LAND-ENV',
    unitId: 'PHONG-TN-MT',
    authorId: 'PER-040',
    recognisedAt: '2023-11-20T09:00',
    recognisedBy: COUNCIL,
    replicatedIn: [
      ['U-TAN-SON', '2024-03-01'],
      ['U-QUANG-SON', '2024-05-15'],
      ['U-LAM-SON', '2024-06-01'],
    ],
  },
  {
    id: 'INI-2023-02',
    title: 'Thanh toán không dùng tiền mặt bằng mã QR tại chợ Tân Sơn',
    summary:
      'Mỗi sạp hàng có mã QR chuyển khoản; tiểu thương được hướng dẫn đối soát trên điện thoại; thu phí chợ qua mã QR.',
    sectorId: 'S-FINANCE',
    unitId: 'U-TAN-SON',
    authorId: 'PER-035',
    recognisedAt: '2023-12-05T14:00',
    recognisedBy: COUNCIL,
    replicatedIn: [
      ['U-MY-SON', '2024-02-01'],
      ['U-QUANG-SON', '2024-04-10'],
      ['U-LUONG-SON', '2024-08-01'],
    ],
  },
  {
    id: 'INI-2023-03',
    title: 'Tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trên Cổng Dịch vụ công',
    summary:
      'Đoàn viên, thanh niên ở từng thôn hướng dẫn người dân kích hoạt định danh điện tử và nộp hồ sơ trực tuyến, kể cả bằng tiếng Raglai.',
    sectorId: 'S-RESIDENTS',
    unitId: 'U-LAM-SON',
    authorId: 'PER-023',
    recognisedAt: '2023-10-25T10:30',
    recognisedBy: COUNCIL,
    replicatedIn: [
      ['U-MA-NOI', '2024-01-15'],
      ['U-HOA-SON', '2024-02-20'],
      ['U-NHON-SON', '2024-03-05'],
      ['U-MY-SON', '2024-03-05'],
    ],
  },
  {
    id: 'INI-2024-01',
    title: 'Truy xuất nguồn gốc và mã số vùng trồng nho, táo bằng mã QR',
    summary:
      'Cấp mã số vùng trồng, ghi nhật ký canh tác điện tử và in tem QR truy xuất nguồn gốc cho nho, táo của các hộ và hợp tác xã.',
    sectorId: 'S-AGRICULTURE',
    unitId: 'PHONG-NN-PTNT',
    authorId: 'PER-013',
    recognisedAt: '2024-11-12T09:00',
    recognisedBy: COUNCIL,
    replicatedIn: [
      ['U-NHON-SON', '2025-01-10'],
      ['U-MY-SON', '2025-02-01'],
      ['U-LUONG-SON', '2025-03-15'],
    ],
  },
  {
    id: 'INI-2024-02',
    title: 'Học liệu số dùng chung và sổ liên lạc điện tử cho các trường tiểu học',
    summary:
      'Kho bài giảng điện tử dùng chung giữa các trường; phụ huynh nhận kết quả học tập và thông báo qua sổ liên lạc điện tử.',
    sectorId: 'S-EDUCATION',
    unitId: 'PHONG-GD-DT',
    authorId: 'PER-038',
    recognisedAt: '2024-12-02T15:00',
    recognisedBy: COUNCIL,
    replicatedIn: [
      ['U-TAN-SON', '2025-01-06'],
      ['U-QUANG-SON', '2025-01-06'],
    ],
  },
  {
    id: 'INI-2025-01',
    title: 'Khám bệnh từ xa giữa Trung tâm Y tế huyện và Trạm Y tế xã Ma Nới',
    summary:
      'Bác sĩ tuyến huyện hội chẩn, tư vấn qua video cho trạm y tế xã vùng sâu; hồ sơ sức khỏe điện tử dùng chung.',
    sectorId: 'S-HEALTH',
    unitId: 'PHONG-Y-TE',
    authorId: 'PER-039',
    replicatedIn: [],
  },
  {
    id: 'INI-2025-02',
    title: 'Gian hàng trực tuyến cho sản phẩm OCOP của đồng bào Raglai',
    summary:
      'Mở gian hàng trên sàn thương mại điện tử cho mật ong, măng rừng, thổ cẩm; hướng dẫn chụp ảnh, đóng gói và nhận thanh toán điện tử.',
    sectorId: 'S-AGRICULTURE',
    unitId: 'U-MA-NOI',
    authorId: 'PER-034',
    recognisedAt: '2025-10-20T09:30',
    recognisedBy: COUNCIL,
    replicatedIn: [['U-LAM-SON', '2025-11-01']],
  },
];

export const seedInitiatives = async (db: Db, clock: SeedClock): Promise<void> => {
  await db.$transaction([
    ...SEED_INITIATIVES.map((i) => {
      const row = {
        movementId: MOVEMENT_ID,
        title: i.title,
        summary: i.summary,
        sectorId: i.sectorId,
        unitId: i.unitId,
        authorId: i.authorId,
        recognisedAt: i.recognisedAt ? clock.at(i.recognisedAt) : null,
        recognisedBy: i.recognisedBy ?? null,
      };
      return db.initiative.upsert({ where: { id: i.id }, create: { id: i.id, ...row }, update: row });
    }),
    ...SEED_INITIATIVES.flatMap((i) =>
      i.replicatedIn.map(([unitId, since]) =>
        db.initiativeReplication.upsert({
          where: { initiativeId_unitId: { initiativeId: i.id, unitId } },
          create: { initiativeId: i.id, unitId, since },
          update: { since },
        }),
      ),
    ),
  ]);
};
