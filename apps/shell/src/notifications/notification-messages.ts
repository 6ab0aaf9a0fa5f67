// Texts of the notification bell and list.
const vi = {
  'notify.bell': 'Thông báo',
  'notify.bellUnread': 'Thông báo: {count} chưa đọc',
  'notify.title': 'Thông báo',
  'notify.hint': 'Nhắc hạn báo cáo, đợt sơ kết, tổng kết và kết quả xử lý hồ sơ của bạn. Nếu tài khoản có địa chỉ e-mail, thông báo cũng được gửi qua e-mail.',
  'notify.unreadOnly': 'Chỉ hiện thông báo chưa đọc',
  'notify.markAll': 'Đánh dấu tất cả đã đọc',
  'notify.markOne': 'Đã đọc',
  'notify.open': 'Mở để xử lý',
  'notify.more': 'Xem thêm',
  'notify.none': 'Chưa có thông báo nào.',
  'notify.noneUnread': 'Không có thông báo chưa đọc.',
  'notify.unread': 'Chưa đọc',
  'notify.count': '{unread} chưa đọc',
  'notify.kind.reminder': 'Nhắc hạn',
  'notify.kind.report.returned': 'Báo cáo bị trả lại',
  'notify.kind.sector_report.returned': 'Báo cáo ngành bị trả lại',
  'notify.kind.nomination.decided': 'Kết quả đề nghị khen thưởng',
} as const;

const en: Record<keyof typeof vi, string> = {
  'notify.bell': 'Notifications',
  'notify.bellUnread': 'Notifications: {count} unread',
  'notify.title': 'Notifications',
  'notify.hint': 'Reminders of report deadlines and reviews, and what happened to your submissions. If your account has an e-mail address, they are e-mailed too.',
  'notify.unreadOnly': 'Show unread only',
  'notify.markAll': 'Mark all as read',
  'notify.markOne': 'Mark as read',
  'notify.open': 'Open to act on it',
  'notify.more': 'Show more',
  'notify.none': 'No notifications yet.',
  'notify.noneUnread': 'No unread notifications.',
  'notify.unread': 'Unread',
  'notify.count': '{unread} unread',
  'notify.kind.reminder': 'Reminder',
  'notify.kind.report.returned': 'Report returned',
  'notify.kind.sector_report.returned': 'Sector report returned',
  'notify.kind.nomination.decided': 'Award proposal outcome',
};

export const notificationMessages = { vi, en };
