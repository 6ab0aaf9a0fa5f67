// Answers of the public API in the shapes it really sends (typed from the routers), for the elements' unit tests.
import type { Awards, Calendar, Completeness, Leaderboard, Nominees, Targets, Timeline } from '../api/public-api.js';

const text = (vi: string, en: string) => ({ vi, en });

/** The Ninh Sơn movement's calendar as GET /api/public/calendar answers it in 2026: the last reporting year first. */
export const CALENDAR: Calendar = {
  movementId: 'ninh-son-dx-2021-2025',
  name: text(
    'Phong trào thi đua “Chuyển đổi số giai đoạn 2021–2025” huyện Ninh Sơn',
    'Ninh Sơn “Digital transformation 2021–2025” emulation movement',
  ),
  movements: [
    {
      id: 'ninh-son-dx-2021-2025',
      name: text(
        'Phong trào thi đua “Chuyển đổi số giai đoạn 2021–2025” huyện Ninh Sơn',
        'Ninh Sơn “Digital transformation 2021–2025” emulation movement',
      ),
      reportingYears: [2025, 2024, 2023, 2022],
    },
  ],
  reportingYears: [2025, 2024, 2023, 2022],
  defaultYear: 2025,
  dueDates: { '2022': '2022-12-15', '2023': '2023-12-15', '2024': '2024-12-15', '2025': '2025-12-15' },
  reviews: [
    {
      id: 'R-FINAL',
      label: text('Tổng kết phong trào (Quý IV/2025)', 'Final review (Q4 2025)'),
      year: 2025,
      start: '2025-10-01',
      end: '2025-12-31',
      movementId: 'ninh-son-dx-2021-2025',
    },
    {
      id: 'R-INTERIM',
      label: text('Sơ kết phong trào (Quý IV/2023)', 'Interim review (Q4 2023)'),
      year: 2023,
      start: '2023-10-01',
      end: '2023-12-31',
      movementId: 'ninh-son-dx-2021-2025',
    },
  ],
};

export const TARGETS: Targets = [
  {
    targetId: 'T-G1-DOSSIERS-DISTRICT',
    group: 'G1',
    threshold: { op: 'gte', value: 85 },
    qualitative: false,
    status: 'met',
    value: 86.5,
    progress: 1,
    parts: [],
    weakest: null,
    explanation: text('86,5% (chỉ tiêu ≥ 85%): đạt', '86.5% (target ≥ 85%): met'),
    label: text('Hồ sơ xử lý trực tuyến cấp huyện', 'District dossiers handled online'),
    unit: 'percent',
    groupLabel: text('Chính quyền số', 'Digital government'),
  },
  {
    targetId: 'T-G1-PROVINCE-RANK',
    group: 'G1',
    threshold: { op: 'lte', value: 3 },
    qualitative: false,
    status: 'not_met',
    value: 5,
    progress: 0.5,
    parts: [],
    weakest: null,
    explanation: text('hạng 5 (chỉ tiêu ≤ hạng 3): chưa đạt', 'rank 5 (target ≤ rank 3): not met'),
    label: text('Xếp hạng chuyển đổi số trong tỉnh', 'Provincial DX ranking'),
    unit: 'rank',
    groupLabel: text('Chính quyền số', 'Digital government'),
  },
  {
    targetId: 'T-G3-EPAYMENT',
    group: 'G3',
    threshold: { op: 'gt', value: 50 },
    qualitative: false,
    status: 'missing',
    value: null,
    progress: 0,
    parts: [],
    weakest: null,
    explanation: text('chưa có số liệu', 'no data'),
    label: text('Thanh toán không dùng tiền mặt', 'Cashless payments'),
    unit: 'percent',
    groupLabel: text('Xã hội số', 'Digital society'),
  },
] as Targets;

export const leaderboard = (n: number, kind = 'commune'): Leaderboard => ({
  year: 2025,
  kind,
  total: n,
  rows: Array.from({ length: n }, (_, i) => ({
    position: i + 1,
    rank: i + 1,
    unit_id: `U-${i + 1}`,
    unit_name: `xã Số ${i + 1}`,
    reported: true,
    eligibility: i === 0 ? 'eligible' : 'not_eligible',
    score: 95.5 - i,
    criteria_met: 8 - Math.min(i, 8),
    criteria_not_met: Math.min(i, 8),
    criteria_missing: 0,
  })),
});

export const TIMELINE_RUNNING: Timeline = {
  at: '2025-12-10T03:00:00.000Z',
  localDate: '2025-12-10',
  status: 'running',
  phase: { id: 'PH-2', label: text('Giai đoạn 2 (2024–2025)', 'Phase 2 (2024–2025)') },
  openWindows: [],
  nextDeadlines: [
    {
      deadlineId: 'D-ANNUAL-REPORT',
      label: text('Báo cáo kết quả năm', 'Yearly results report'),
      year: 2025,
      dueDate: '2025-12-15',
      dueAt: '2025-12-14T17:00:00.000Z',
      lastOnTimeLocal: '2025-12-14 23:59:59',
      msLeft: 4 * 86_400_000 + 3_600_000,
    },
  ],
};

export const TIMELINE_ENDED: Timeline = {
  at: '2026-11-27T03:00:00.000Z',
  localDate: '2026-11-27',
  status: 'ended',
  phase: null,
  openWindows: [],
  nextDeadlines: [],
};

export const completeness = (year: number, onTime: number, late: number, missing: number): Completeness => ({
  year,
  deadlineId: 'D-ANNUAL-REPORT',
  dueAt: `${year}-12-15T00:00:00+07:00`,
  onTime,
  late,
  missing,
});

export const AWARDS: Awards = {
  reviewId: 'R-INTERIM',
  review: {
    label: text('Sơ kết phong trào (Quý IV/2023)', 'Interim review (Q4 2023)'),
    start: '2023-10-01',
    end: '2023-12-31',
  },
  decisions: [{ number: '2150/QĐ-UBND', date: '2023-12-28', signer: 'Chủ tịch Ủy ban nhân dân huyện', awards: 3 }],
  awards: [
    {
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: '2023-12-28',
      awardClass: 'collective',
      awardee: 'xã Lâm Sơn',
      unit: { id: 'U-LAM-SON', name: text('xã Lâm Sơn', 'Lâm Sơn commune') },
    },
    {
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: '2023-12-28',
      awardClass: 'collective',
      awardee: '<img src=x onerror=alert(1)>',
      unit: { id: 'DN-X', name: text('<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>') },
    },
    {
      decisionNumber: '2150/QĐ-UBND',
      decisionDate: '2023-12-28',
      awardClass: 'individual',
      awardee: 'Bùi Thanh Sơn',
      unit: {
        id: 'VP-HDND-UBND',
        name: text('Văn phòng HĐND và UBND huyện', 'Office of the District People’s Council and People’s Committee'),
      },
    },
  ],
  quotas: [
    { awardClass: 'collective', max: 5, awarded: 2 },
    { awardClass: 'individual', max: 5, awarded: 1 },
  ],
};

/** GET /api/public/nominees in the final review's comment window: a person and a commune; names and counts, no contact. */
export const NOMINEES: Nominees = [
  {
    id: 'NOM-1',
    movementId: 'ninh-son-dx-2021-2025',
    reviewId: 'R-FINAL',
    awardClass: 'individual',
    achievements: 'Chủ trì số hóa 12.000 hồ sơ một cửa.\nHướng dẫn 30 thôn dùng dịch vụ công trực tuyến.',
    commentsUntil: '2025-12-20T10:00:00.000Z',
    unit: null,
    person: { fullName: 'Bùi Thanh Sơn', unit: { name: 'Văn phòng HĐND và UBND huyện' } },
    comments: 3,
    hiddenComments: 1,
  },
  {
    id: 'NOM-2',
    movementId: 'ninh-son-dx-2021-2025',
    reviewId: 'R-FINAL',
    awardClass: 'collective',
    achievements: '<b>100%</b> hồ sơ xử lý trực tuyến năm 2025.',
    commentsUntil: '2025-12-20T10:00:00.000Z',
    unit: { name: 'xã Lâm Sơn' },
    person: null,
    comments: 1,
    hiddenComments: 0,
  },
];
