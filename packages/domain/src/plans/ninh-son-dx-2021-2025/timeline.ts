// Phases, reviews with their Giấy khen quotas (V.2), and the two deadlines of section VI.
import { text } from '../../i18n/localized-text.js';
import type { MovementInput } from '../../movement/movement.schema.js';

const GIAY_KHEN = text(
  'Giấy khen của Chủ tịch UBND huyện',
  'Certificate of merit of the District People’s Committee Chairman',
);

export const timeline: MovementInput['timeline'] = {
  phases: [
    {
      id: 'PH-1',
      label: text(
        'Giai đoạn 1 (2022–2023): phát động, tuyên truyền, kiểm tra, đôn đốc',
        'Phase 1 (2022–2023): launch, propaganda, inspection',
      ),
      start: '2022-01-01',
      end: '2023-12-31',
      source: 'IV.1',
    },
    {
      id: 'PH-2',
      label: text(
        'Giai đoạn 2 (2024–2025): khắc phục tồn tại, đẩy mạnh thực hiện chỉ tiêu',
        'Phase 2 (2024–2025): remedies, push to targets',
      ),
      start: '2024-01-01',
      end: '2025-12-31',
      source: 'IV.2',
    },
  ],
  reviews: [
    {
      id: 'R-INTERIM',
      label: text('Sơ kết phong trào (Quý IV/2023)', 'Interim review (Q4 2023)'),
      year: 2023,
      years: { from: 2022, to: 2023 },
      start: '2023-10-01',
      end: '2023-12-31',
      award: GIAY_KHEN,
      quotas: { collective: 5, individual: 5 },
      source: 'IV.1; V.2',
    },
    {
      id: 'R-FINAL',
      label: text('Tổng kết phong trào (Quý IV/2025)', 'Final review (Q4 2025)'),
      year: 2025,
      years: { from: 2021, to: 2025 },
      start: '2025-10-01',
      end: '2025-12-31',
      award: GIAY_KHEN,
      quotas: { collective: 10, individual: 10 },
      source: 'IV.2; V.2',
    },
  ],
  deadlines: [
    {
      id: 'D-UNIT-PLAN',
      purpose: 'unit-plan',
      label: text(
        'Gửi Kế hoạch phát động phong trào của đơn vị về UBND huyện',
        'Send the unit’s movement plan to the District People’s Committee',
      ),
      appliesTo: ['department', 'commune'],
      due: { kind: 'once', date: '2022-09-20' },
      reading: 'before',
      recipient: text(
        'UBND huyện (qua Phòng Văn hóa và Thông tin và Phòng Nội vụ)',
        'District People’s Committee (via Culture & Information and Home Affairs)',
      ),
      source: 'VI.1',
      quote: 'trước ngày 20/9/2022',
    },
    {
      id: 'D-ANNUAL-REPORT',
      label: text('Báo cáo tình hình thực hiện phong trào hằng năm', 'Yearly report on the movement'),
      appliesTo: ['department', 'commune', 'enterprise'],
      due: { kind: 'yearly', month: 12, day: 15, fromYear: 2022, toYear: 2025 },
      reading: 'before',
      recipient: text('Phòng Văn hóa và Thông tin huyện', 'District Culture & Information office'),
      source: 'VI.7',
      quote: 'trước ngày 15/12',
    },
  ],
};
