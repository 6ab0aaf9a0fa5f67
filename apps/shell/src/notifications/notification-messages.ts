// Texts of the notification bell and list.
export const vi = {
  'notify.bell': 'Thông báo',
  'notify.bellUnread': 'Thông báo: {count} chưa đọc',
  'notify.title': 'Thông báo',
  'notify.hint':
    'Nhắc hạn báo cáo, đợt sơ kết, tổng kết và kết quả xử lý hồ sơ của bạn. Nếu tài khoản có địa chỉ e-mail, thông báo cũng được gửi qua e-mail.',
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

export const notificationMessages = { vi };
