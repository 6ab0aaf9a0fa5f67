// Texts of the target figures screen.
const vi = {
  'target.title': 'Số liệu các chỉ tiêu năm {year}',
  'target.hint':
    'Nhập số liệu của từng chỉ tiêu kèm nguồn; Phòng Văn hóa và Thông tin kiểm tra, duyệt. Chỉ số liệu đã duyệt được công bố.',
  'target.target': 'Chỉ tiêu',
  'target.sector': 'Ngành',
  'target.value': 'Giá trị',
  'target.source': 'Nguồn số liệu',
  'target.status': 'Trạng thái',
  'target.status.none': 'Chưa nhập',
  'target.status.draft': 'Chờ duyệt',
  'target.status.approved': 'Đã duyệt',
  'target.save': 'Lưu',
  'target.approve': 'Duyệt',
  'target.correct': 'Sửa số liệu đã duyệt',
  'target.reason': 'Lý do sửa (ít nhất 10 ký tự, ghi vào nhật ký)',
  'target.saved': 'Đã lưu.',
  'target.tooBig': 'Giá trị từ 0 đến {max}',
} as const;

const en: Record<keyof typeof vi, string> = {
  'target.title': 'Target figures for {year}',
  'target.hint':
    'Enter each target’s figure with its source; Culture & Information checks and approves it. Only approved figures are published.',
  'target.target': 'Target',
  'target.sector': 'Sector',
  'target.value': 'Value',
  'target.source': 'Source',
  'target.status': 'Status',
  'target.status.none': 'Not entered',
  'target.status.draft': 'Awaiting approval',
  'target.status.approved': 'Approved',
  'target.save': 'Save',
  'target.approve': 'Approve',
  'target.correct': 'Correct the approved figure',
  'target.reason': 'Reason (at least 10 characters, recorded in the audit log)',
  'target.saved': 'Saved.',
  'target.tooBig': 'A value from 0 to {max}',
};

export const targetMessages = { vi, en };
