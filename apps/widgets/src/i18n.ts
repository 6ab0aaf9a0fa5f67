// The widgets' words in Vietnamese (first) and English; plan texts (targets, reviews, units) come from the API.
export type Lang = 'vi' | 'en';

const vi = {
  loading: 'Đang tải dữ liệu…',
  unreachable: 'Không kết nối được máy chủ số liệu thi đua. Vui lòng thử lại sau.',
  refused: 'Trang này chưa được phép hiển thị số liệu thi đua. Quản trị cổng thông tin cần đăng ký địa chỉ trang với huyện.',
  failed: 'Máy chủ số liệu thi đua đang gặp sự cố. Vui lòng thử lại sau.',
  retry: 'Thử lại',
  stale: 'Chưa cập nhật được, đang hiển thị số liệu lúc {time}.',
  updated: 'Cập nhật lúc {time}',
  source: 'Nguồn: Phong trào thi đua Chuyển đổi số huyện Ninh Sơn 2021–2025, số liệu đã duyệt.',
  'targets.title': 'Chỉ tiêu chuyển đổi số năm {year}',
  'targets.summary': 'Đạt {met}/{total} chỉ tiêu có số liệu',
  'targets.value': '{value} (chỉ tiêu {op} {threshold})',
  'status.met': 'Đạt',
  'status.not_met': 'Chưa đạt',
  'status.missing': 'Chưa có số liệu',
  'status.qualitative': 'Định tính',
  'leaderboard.title': 'Bảng xếp hạng {kind} năm {year}',
  'kind.commune': 'xã, thị trấn',
  'kind.department': 'cơ quan, đơn vị',
  'kind.enterprise': 'doanh nghiệp',
  'leaderboard.rank': 'Hạng',
  'leaderboard.unit': 'Đơn vị',
  'leaderboard.score': 'Điểm',
  'leaderboard.criteria': 'Tiêu chí đạt',
  'leaderboard.eligible': 'Đủ điều kiện xét khen',
  'leaderboard.not_eligible': 'Chưa đủ điều kiện',
  'leaderboard.incomplete': 'Chưa đủ số liệu',
  'leaderboard.more': 'Xem thêm {n} đơn vị',
  'leaderboard.less': 'Thu gọn',
  'leaderboard.csv': 'Tải bảng (CSV)',
  'leaderboard.empty': 'Chưa có báo cáo được duyệt.',
  'deadlines.title': 'Thời hạn và tình hình nộp báo cáo',
  'deadlines.phase': 'Giai đoạn hiện tại',
  'deadlines.not_started': 'Phong trào chưa bắt đầu',
  'deadlines.ended': 'Phong trào đã kết thúc',
  'deadlines.next': 'Hạn sắp tới',
  'deadlines.none': 'Không còn hạn nào sắp tới.',
  'deadlines.left': 'còn {days} ngày',
  'deadlines.today': 'hôm nay',
  'deadlines.year': 'Báo cáo năm',
  'deadlines.due': 'Hạn nộp',
  'deadlines.onTime': 'Đúng hạn',
  'deadlines.late': 'Trễ hạn',
  'deadlines.missing': 'Chưa nộp',
  'deadlines.rate': 'Tỷ lệ đúng hạn',
  'awards.title': 'Kết quả khen thưởng: {review}',
  'awards.decision': 'Quyết định số {number} ngày {date} của {signer}',
  'awards.collective': 'Tập thể',
  'awards.individual': 'Cá nhân',
  'awards.quota': '{awarded}/{max} theo chỉ tiêu khen thưởng',
  'awards.none': 'Chưa có quyết định khen thưởng cho đợt này.',
} as const;

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  loading: 'Loading…',
  unreachable: 'The emulation data server cannot be reached. Please try again later.',
  refused: 'This page is not allowed to show the emulation data. The portal’s administrator must register its address with the district.',
  failed: 'The emulation data server has a problem. Please try again later.',
  retry: 'Try again',
  stale: 'Could not update; showing data from {time}.',
  updated: 'Updated at {time}',
  source: 'Source: Ninh Sơn district digital transformation emulation movement 2021–2025, approved data.',
  'targets.title': 'Digital transformation targets for {year}',
  'targets.summary': '{met} of {total} targets with data met',
  'targets.value': '{value} (target {op} {threshold})',
  'status.met': 'Met',
  'status.not_met': 'Not met',
  'status.missing': 'No data yet',
  'status.qualitative': 'Qualitative',
  'leaderboard.title': 'Leaderboard of {kind}, {year}',
  'kind.commune': 'communes and towns',
  'kind.department': 'offices and organisations',
  'kind.enterprise': 'enterprises',
  'leaderboard.rank': 'Rank',
  'leaderboard.unit': 'Unit',
  'leaderboard.score': 'Score',
  'leaderboard.criteria': 'Criteria met',
  'leaderboard.eligible': 'Eligible for awards',
  'leaderboard.not_eligible': 'Not eligible',
  'leaderboard.incomplete': 'Data incomplete',
  'leaderboard.more': 'Show {n} more',
  'leaderboard.less': 'Show fewer',
  'leaderboard.csv': 'Download (CSV)',
  'leaderboard.empty': 'No approved reports yet.',
  'deadlines.title': 'Deadlines and reporting',
  'deadlines.phase': 'Current phase',
  'deadlines.not_started': 'The movement has not started',
  'deadlines.ended': 'The movement has ended',
  'deadlines.next': 'Next deadlines',
  'deadlines.none': 'No deadlines ahead.',
  'deadlines.left': '{days} days left',
  'deadlines.today': 'today',
  'deadlines.year': 'Yearly report',
  'deadlines.due': 'Due',
  'deadlines.onTime': 'On time',
  'deadlines.late': 'Late',
  'deadlines.missing': 'Missing',
  'deadlines.rate': 'On-time rate',
  'awards.title': 'Award results: {review}',
  'awards.decision': 'Decision No. {number} of {date} by the {signer}',
  'awards.collective': 'Collectives',
  'awards.individual': 'Individuals',
  'awards.quota': '{awarded} of {max} allowed by the quota',
  'awards.none': 'No award decision for this review yet.',
};

const MESSAGES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export const translator =
  (lang: Lang): Translate =>
  (key, params = {}) =>
    MESSAGES[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));

/** The element's own lang attribute, else the page's, else Vietnamese. */
export const langOf = (el: Element): Lang => {
  const declared = (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase();
  return declared.startsWith('en') ? 'en' : 'vi';
};
