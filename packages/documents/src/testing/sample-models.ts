// Documents as the API would assemble them for the Ninh Sơn final review, for tests and the render benchmark.
import type {
  AwardDecisionModel,
  Awardee,
  CertificateModel,
  ReviewReportModel,
  UnitYearReportModel,
} from '../models.js';

const head = (number: string, date: string) => ({
  parent: 'ỦY BAN NHÂN DÂN',
  body: 'HUYỆN NINH SƠN',
  number,
  place: 'Ninh Sơn',
  date,
});
const signer = { authority: 'CHỦ TỊCH', name: 'Đặng Quốc Bảo' };

export const AWARDEES: readonly Awardee[] = [
  {
    awardClass: 'collective',
    name: 'Thị trấn Tân Sơn',
    unit: null,
    achievements:
      'Hoàn thành vượt mức các chỉ tiêu chuyển đổi số năm 2025; 100% hồ sơ công việc xử lý trên môi trường mạng.',
  },
  {
    awardClass: 'collective',
    name: 'Xã Mỹ Sơn',
    unit: null,
    achievements: 'Dẫn đầu về thanh toán không dùng tiền mặt và Tổ công nghệ số cộng đồng.',
  },
  {
    awardClass: 'individual',
    name: 'Bùi Thanh Sơn',
    unit: 'Văn phòng HĐND và UBND huyện',
    achievements: 'Triển khai chữ ký số cho 100% cơ quan, đơn vị cấp huyện.',
  },
];

export const decisionModel = (awardees: readonly Awardee[] = AWARDEES): AwardDecisionModel => ({
  letterhead: head('Số: 3125/QĐ-UBND', '2026-01-05'),
  subject: 'khen thưởng tổng kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn',
  authority: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NINH SƠN',
  legalBases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
    'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
    'Căn cứ Kế hoạch phát động Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” của Ủy ban nhân dân huyện Ninh Sơn;',
    'Xét đề nghị của Trưởng phòng Nội vụ huyện.',
  ],
  awardForm: 'Giấy khen của Chủ tịch Ủy ban nhân dân huyện',
  reviewLabel: 'Tổng kết phong trào (Quý IV/2025)',
  awardees,
  quotas: [
    { awardClass: 'collective', max: 10, awarded: awardees.filter((a) => a.awardClass === 'collective').length },
    { awardClass: 'individual', max: 10, awarded: awardees.filter((a) => a.awardClass === 'individual').length },
  ],
  executors: ['Chánh Văn phòng HĐND và UBND huyện', 'Trưởng phòng Nội vụ', 'Trưởng phòng Văn hóa và Thông tin'],
  recipients: ['Như Điều 3;', 'Thường trực Huyện ủy;', 'Chủ tịch, các PCT UBND huyện;', 'Lưu: VT, NV.'],
  signer,
});

export const certificateModel = (awardee: Awardee = AWARDEES[2]!): CertificateModel => ({
  grantor: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN NINH SƠN',
  awardee,
  citation: 'Đã có thành tích xuất sắc trong Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025”.',
  decisionNumber: '3125/QĐ-UBND',
  decisionDate: '2026-01-05',
  registerEntry: '3125-03',
  place: 'Ninh Sơn',
  signer,
});

export const reviewModel = (units = 40): ReviewReportModel => ({
  letterhead: head('Số:      /BC-UBND', '2025-12-30'),
  name: 'BÁO CÁO',
  subject: 'Tổng kết Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” trên địa bàn huyện Ninh Sơn',
  introduction: [
    'Thực hiện Kế hoạch phát động Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025”, Ủy ban nhân dân huyện báo cáo kết quả như sau:',
  ],
  year: 2025,
  targets: Array.from({ length: 20 }, (_, i) => ({
    id: `T-G${(i % 3) + 1}-TARGET-${i}`,
    group: `G${(i % 3) + 1}`,
    label: `Chỉ tiêu số ${i + 1} về chuyển đổi số`,
    result: `${80 + i}% (chỉ tiêu ≥ 85%)`,
    status: 80 + i >= 85 ? 'Đạt' : 'Chưa đạt',
  })),
  criteria: Array.from({ length: 24 }, (_, i) => ({
    id: `C-CRITERION-${i}`,
    label: `Tiêu chí số ${i + 1}`,
    kind: ['Cơ quan', 'Xã', 'Doanh nghiệp'][i % 3]!,
    met: 10 + (i % 5),
    notMet: i % 4,
    missing: i % 3,
  })),
  rankings: ['Cơ quan, đơn vị', 'Xã, thị trấn', 'Doanh nghiệp'].map((kind) => ({
    kind,
    rows: Array.from({ length: Math.ceil(units / 3) }, (_, i) => ({
      rank: i + 1,
      name: `Đơn vị ${kind} số ${i + 1}`,
      score: `${(95 - i).toFixed(2).replace('.', ',')}`,
      eligibility: i < 3 ? 'Đủ điều kiện khen thưởng' : 'Chưa đủ điều kiện',
    })),
  })),
  reporting: [2022, 2023, 2024, 2025].map((year) => ({ year, onTime: 30, late: 4, missing: 3 })),
  awards: AWARDEES,
  noAwards: 'Chưa có quyết định khen thưởng của đợt này.',
  behind: ['Tỷ lệ hồ sơ xử lý trên môi trường mạng cấp xã (61,2%) chưa đạt chỉ tiêu 65%.'],
  proposals: ['Tiếp tục đầu tư hạ tầng số cho cấp xã; nhân rộng mô hình Tổ công nghệ số cộng đồng.'],
  recipients: ['UBND tỉnh (b/c);', 'Sở Nội vụ;', 'Thường trực Huyện ủy;', 'Lưu: VT, VHTT.'],
  signer: { ...signer, signed: false },
});

export const unitYearModel = (): UnitYearReportModel => ({
  unit: 'xã Lâm Sơn',
  letterhead: {
    parent: 'ỦY BAN NHÂN DÂN',
    body: 'XÃ LÂM SƠN',
    number: 'Số:        /BC-UBND',
    place: 'Lâm Sơn',
    date: '2025-12-10',
  },
  subject: 'Kết quả thực hiện Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” năm 2025',
  introduction: [
    'Thực hiện Kế hoạch phát động Phong trào thi đua “Chuyển đổi số giai đoạn 2021 - 2025” của Ủy ban nhân dân huyện Ninh Sơn, Ủy ban nhân dân xã Lâm Sơn báo cáo kết quả thực hiện năm 2025 như sau:',
  ],
  year: 2025,
  criteria: [
    {
      id: 'C-COMM-DOSSIERS',
      label: 'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng',
      result: '72% (yêu cầu ≥ 70%)',
      status: 'Đạt',
    },
    {
      id: 'C-COMM-EPAYMENT',
      label: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
      result: '31% (yêu cầu ≥ 40%)',
      status: 'Chưa đạt',
    },
  ],
  standing: ['Điểm thi đua: 82,5/100; xếp thứ 3/8 trong khối xã, thị trấn.'],
  reporting: [
    'Báo cáo nộp đúng hạn (hạn cuối hết ngày 14/12/2025); số liệu đã được Phòng Văn hóa và Thông tin phê duyệt ngày 18/12/2025.',
  ],
  behind: ['Tiêu chí “Tỷ lệ hồ sơ thanh toán trực tuyến” (C-COMM-EPAYMENT) chưa đạt: 31% so với yêu cầu ≥ 40%.'],
  proposals: ['Đề nghị hỗ trợ tập huấn thanh toán trực tuyến cho cán bộ một cửa.'],
  recipients: ['UBND huyện (qua Phòng Văn hóa và Thông tin) (b/c);', 'Lưu: VT.'],
  signer: { authority: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH', name: 'Nguyễn Văn Hải', signed: false },
  draft: false,
});
