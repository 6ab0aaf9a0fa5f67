// Seed people: officials of the seeded units and a few citizens (fictional; e-mails only under example.invalid).
import type { Db } from '../open-database.js';

export interface SeedPerson {
  id: string;
  fullName: string;
  position: string;
  unitId: string;
  email?: string;
  isCitizen?: boolean;
}

const person = (
  n: number,
  fullName: string,
  position: string,
  unitId: string,
  extra: Partial<SeedPerson> = {},
): SeedPerson => ({
  id: `PER-${String(n).padStart(3, '0')}`,
  fullName,
  position,
  unitId,
  ...extra,
});

export const SEED_PEOPLE: readonly SeedPerson[] = [
  // District leaders, the council and the bodies named in section VI of the plan.
  person(1, 'Nguyễn Thị Thu Hà', 'Trưởng phòng Văn hóa và Thông tin', 'PHONG-VHTT', {
    email: 'thuha.vhtt@example.invalid',
  }),
  person(2, 'Trần Văn Hùng', 'Trưởng phòng Nội vụ', 'PHONG-NOI-VU', { email: 'hung.noivu@example.invalid' }),
  person(3, 'Lê Minh Tuấn', 'Phó Chủ tịch UBND huyện, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện', 'U-NINH-SON'),
  person(4, 'Katơr Văn Thuận', 'Bí thư Huyện đoàn, thành viên Hội đồng Thi đua - Khen thưởng huyện', 'HUYEN-DOAN'),
  person(
    5,
    'Phạm Thị Ngọc Lan',
    'Chủ tịch Hội Liên hiệp Phụ nữ huyện, thành viên Hội đồng Thi đua - Khen thưởng huyện',
    'HOI-LHPN',
  ),
  person(6, 'Đặng Quốc Bảo', 'Chủ tịch UBND huyện', 'U-NINH-SON'),
  person(7, 'Võ Thị Mỹ Duyên', 'Giám đốc Trung tâm Văn hóa - Thể thao và Truyền thanh huyện', 'TT-VHTT-TT'),
  person(8, 'Huỳnh Tấn Lộc', 'Chủ tịch Ủy ban MTTQ Việt Nam huyện', 'MTTQ-HUYEN'),
  person(9, 'Bùi Thanh Sơn', 'Chuyên viên công nghệ thông tin, Văn phòng HĐND và UBND huyện', 'VP-HDND-UBND'),
  person(10, 'Hoàng Thị Kim Oanh', 'Phó Chủ tịch UBND huyện', 'U-NINH-SON'),
  // Sector editors in the offices that run the sector programmes (II.3.9).
  person(11, 'Ngô Thị Phương', 'Phó Trưởng phòng Y tế', 'PHONG-Y-TE'),
  person(12, 'Lương Văn Đức', 'Phó Trưởng phòng Giáo dục và Đào tạo', 'PHONG-GD-DT'),
  person(13, 'Đỗ Thị Hồng Nhung', 'Chuyên viên Phòng Nông nghiệp và Phát triển nông thôn', 'PHONG-NN-PTNT'),
  person(14, 'Trương Công Danh', 'Phó Trưởng phòng Tài nguyên và Môi trường', 'PHONG-TN-MT'),
  person(15, 'Lý Thị Thanh Tâm', 'Chuyên viên Phòng Tài chính - Kế hoạch', 'PHONG-TC-KH'),
  person(16, 'Phan Văn Toàn', 'Phó Trưởng phòng Kinh tế - Hạ tầng (giao thông)', 'PHONG-KT-HT'),
  person(17, 'Mai Thị Xuân', 'Chuyên viên Phòng Kinh tế - Hạ tầng (công nghiệp)', 'PHONG-KT-HT'),
  person(18, 'Cao Minh Trí', 'Chuyên viên Phòng Kinh tế - Hạ tầng (thương mại, năng lượng)', 'PHONG-KT-HT'),
  person(19, 'Dương Thị Ánh', 'Chuyên viên Bộ phận Một cửa, Văn phòng HĐND và UBND huyện', 'VP-HDND-UBND'),
  person(20, 'Tô Hoài Nam', 'Chuyên viên Phòng Văn hóa và Thông tin (du lịch)', 'PHONG-VHTT'),
  // Unit editors: the town, the communes, two offices and two enterprises.
  person(21, 'Nguyễn Văn Phúc', 'Công chức Văn phòng - Thống kê, UBND thị trấn Tân Sơn', 'U-TAN-SON'),
  person(22, 'Lê Thị Hồng Vân', 'Công chức Văn hóa - Xã hội, UBND xã Quảng Sơn', 'U-QUANG-SON'),
  person(23, 'Pinăng Văn Tài', 'Phó Chủ tịch UBND xã Lâm Sơn', 'U-LAM-SON'),
  person(24, 'Trần Thị Bích Ngọc', 'Công chức Văn phòng - Thống kê, UBND xã Lương Sơn', 'U-LUONG-SON', {
    email: 'bichngoc.luongson@example.invalid',
  }),
  person(25, 'Võ Văn Thắng', 'Công chức Văn hóa - Xã hội, UBND xã Hòa Sơn', 'U-HOA-SON'),
  person(26, 'Chamaléa Thị Thu', 'Phó Chủ tịch UBND xã Ma Nới', 'U-MA-NOI'),
  person(27, 'Nguyễn Hữu Lộc', 'Công chức Văn phòng - Thống kê, UBND xã Mỹ Sơn', 'U-MY-SON'),
  person(28, 'Phạm Văn Khánh', 'Công chức Văn hóa - Xã hội, UBND xã Nhơn Sơn', 'U-NHON-SON'),
  person(29, 'Đinh Thị Thảo', 'Chuyên viên Phòng Lao động - Thương binh và Xã hội', 'PHONG-LD-TBXH'),
  person(30, 'Hồ Quang Vinh', 'Phó Bí thư Huyện đoàn', 'HUYEN-DOAN'),
  person(31, 'Trịnh Minh Khoa', 'Giám đốc', 'DN-PHAN-MEM-TAN-SON', { email: 'khoa.giamdoc@example.invalid' }),
  person(32, 'Lâm Thị Mai', 'Phó Giám đốc', 'DN-NONG-SAN-LAM-SON'),
  // Citizens and officials without an account: initiative authors and individual participants.
  person(33, 'Mấu Văn Sang', 'Nông dân', 'U-MA-NOI', { isCitizen: true }),
  person(34, 'Bo Bo Thị Hương', 'Chủ hộ kinh doanh sản phẩm OCOP', 'U-MA-NOI', { isCitizen: true }),
  person(35, 'Nguyễn Thị Kiều Trang', 'Tiểu thương chợ Tân Sơn', 'U-TAN-SON', {
    isCitizen: true,
    email: 'kieutrang.cho@example.invalid',
  }),
  person(36, 'Trần Quốc Việt', 'Thành viên Tổ công nghệ số cộng đồng', 'U-MY-SON', { isCitizen: true }),
  person(37, 'Huỳnh Thị Mộng Tuyền', 'Nông dân trồng nho', 'U-NHON-SON', { isCitizen: true }),
  person(38, 'Phan Thị Hoa', 'Giáo viên tiểu học, ngành Giáo dục huyện', 'PHONG-GD-DT'),
  person(39, 'Lê Văn Thịnh', 'Bác sĩ, Trung tâm Y tế huyện', 'PHONG-Y-TE'),
  person(40, 'Vũ Đình Khôi', 'Chuyên viên địa chính, Phòng Tài nguyên và Môi trường', 'PHONG-TN-MT'),
  // Unit editors of the communes formed on 1/7/2025, who file their 2025 reports.
  person(41, 'Đặng Thị Thu Hà', 'Công chức Văn phòng - Thống kê, UBND xã Ninh Sơn 1', 'U-NINH-SON-1', {
    email: 'thuha.ninhson1@example.invalid',
  }),
  person(42, 'Katơr Văn Hùng', 'Công chức Văn hóa - Xã hội, UBND xã Ninh Sơn 2', 'U-NINH-SON-2', {
    email: 'vanhung.ninhson2@example.invalid',
  }),
  person(43, 'Pupốr Thị Lan', 'Công chức Văn phòng - Thống kê, UBND xã Ninh Sơn 3', 'U-NINH-SON-3', {
    email: 'thilan.ninhson3@example.invalid',
  }),
  // The Culture office's specialist who verifies reports; the office's head (PER-001) approves them.
  person(44, 'Trương Thị Mỹ Linh', 'Chuyên viên Phòng Văn hóa và Thông tin', 'PHONG-VHTT', {
    email: 'mylinh.vhtt@example.invalid',
  }),
];

export const personById = (id: string): SeedPerson => {
  const p = SEED_PEOPLE.find((x) => x.id === id);
  if (!p) throw new Error(`Unknown seed person ${id}`);
  return p;
};

export const seedPeople = async (db: Db): Promise<void> => {
  await db.$transaction(
    SEED_PEOPLE.map((p) => {
      const row = {
        fullName: p.fullName,
        position: p.position,
        unitId: p.unitId,
        email: p.email ?? null,
        phone: null,
        isCitizen: p.isCitizen ?? false,
      };
      return db.person.upsert({ where: { id: p.id }, create: { id: p.id, ...row }, update: row });
    }),
  );
};
