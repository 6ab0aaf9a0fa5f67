// Texts of the form tools (drafts kept in the browser, signing in again mid-form): loaded with the first form.
export const formMessages = {
  vi: {
    'form.restored': 'Đã khôi phục số liệu bạn nhập lúc {at} nhưng chưa lưu lên máy chủ. Kiểm tra rồi bấm Lưu.',
    'form.discardRestored': 'Bỏ số liệu chưa lưu này',
    'form.keptLocally': 'Đã giữ trên máy này lúc {at} (chưa lưu lên máy chủ).',
    'form.unsent':
      'Chưa gửi được: không kết nối được máy chủ. Số liệu được giữ trên máy này và sẽ tự gửi lại khi có mạng.',
    'reauth.title': 'Phiên làm việc đã hết hạn',
    'reauth.explain': 'Nhập lại mật khẩu của {user} để lưu tiếp. Số liệu đang nhập vẫn được giữ nguyên.',
    'reauth.password': 'Mật khẩu',
    'reauth.code': 'Mã xác thực 6 số',
    'reauth.continue': 'Đăng nhập và lưu',
    'reauth.needCode': 'Tài khoản cần mã xác thực: nhập mã 6 số từ ứng dụng xác thực.',
  },
  en: {
    'form.restored': 'Restored the figures you typed at {at} that were not saved to the server. Check them, then Save.',
    'form.discardRestored': 'Discard these unsaved figures',
    'form.keptLocally': 'Kept on this device at {at} (not saved to the server yet).',
    'form.unsent':
      'Not sent yet: the server cannot be reached. The figures are kept on this device and go again by themselves when the link is back.',
    'reauth.title': 'Your session has ended',
    'reauth.explain': 'Enter the password of {user} again to go on saving. What you typed is kept.',
    'reauth.password': 'Password',
    'reauth.code': '6-digit code',
    'reauth.continue': 'Sign in and save',
    'reauth.needCode': 'This account needs a code: enter the 6 digits from your authenticator app.',
  },
};
