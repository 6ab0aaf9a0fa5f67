// What a user reads when the input was refused by the schema: the field in their words and the limit it broke, in both
// languages; never zod's raw report.
import type { ZodError } from 'zod';

type Issue = ZodError['issues'][number];

// The fields people type into, named as the screens name them; others keep their technical path.
const FIELD_NAMES: Record<string, [string, string]> = {
  reason: ['Lý do', 'Reason'],
  title: ['Trích yếu', 'Title'],
  documentNumber: ['Số, ký hiệu văn bản', 'Document number'],
  pledges: ['Nội dung đăng ký', 'Pledges'],
  achievements: ['Thành tích tóm tắt', 'Achievements'],
  comment: ['Ý kiến', 'Comment'],
  note: ['Ghi chú', 'Note'],
  fullName: ['Họ tên', 'Full name'],
  name: ['Tên', 'Name'],
  username: ['Tên đăng nhập', 'User name'],
  password: ['Mật khẩu', 'Password'],
  evidenceUrl: ['Đường dẫn minh chứng', 'Evidence link'],
};

const fieldOf = (issue: Issue): [string, string] => {
  const path = issue.path.map(String);
  const last = [...path].reverse().find((p) => !/^\d+$/.test(p));
  const named = last ? FIELD_NAMES[last] : undefined;
  const where = path.join('.') || '—';
  return named ? [`${named[0]} (${where})`, `${named[1]} (${where})`] : [where, where];
};

/** A limit written as each language writes numbers: 1.000 and 1,000. */
const n = (value: unknown): [string, string] =>
  typeof value === 'bigint' || typeof value === 'number'
    ? [Number(value).toLocaleString('vi-VN'), Number(value).toLocaleString('en-US')]
    : [String(value), String(value)];

/** The limit an issue broke, as a reader says it; null when zod's issue carries none. */
const limitOf = (issue: Issue): [string, string] | null => {
  if (issue.code === 'too_big') {
    const [vi, en] = n(issue.maximum);
    if (issue.origin === 'string') return [`tối đa ${vi} ký tự`, `at most ${en} characters`];
    if (issue.origin === 'array' || issue.origin === 'set') return [`tối đa ${vi} mục`, `at most ${en} items`];
    return [`không lớn hơn ${vi}`, `no more than ${en}`];
  }
  if (issue.code === 'too_small') {
    const [vi, en] = n(issue.minimum);
    if (issue.origin === 'string')
      return issue.minimum === 1
        ? ['không được để trống', 'must not be empty']
        : [`ít nhất ${vi} ký tự`, `at least ${en} characters`];
    if (issue.origin === 'array' || issue.origin === 'set') return [`ít nhất ${vi} mục`, `at least ${en} items`];
    return [`không nhỏ hơn ${vi}`, `no less than ${en}`];
  }
  return null;
};

export const inputErrorMessage = (error: ZodError): string => {
  // Messages written for users in this codebase are "tiếng Việt / English"; zod's own defaults are English only.
  const ownIssue = error.issues.find((i) => i.message.includes(' / '));
  if (ownIssue) {
    const [vi, en] = ownIssue.message.split(' / ');
    const [fieldVi, fieldEn] = fieldOf(ownIssue);
    return `Dữ liệu không hợp lệ (${fieldVi}): ${vi} | Invalid input (${fieldEn}): ${en ?? vi}`;
  }
  const described = error.issues.slice(0, 5).map((i) => ({ field: fieldOf(i), limit: limitOf(i) }));
  if (described.some((d) => d.limit !== null)) {
    const vi = described.map((d) => (d.limit ? `${d.field[0]}: ${d.limit[0]}` : d.field[0])).join('; ');
    const en = described.map((d) => (d.limit ? `${d.field[1]}: ${d.limit[1]}` : d.field[1])).join('; ');
    return `Dữ liệu không hợp lệ: ${vi} | Invalid input: ${en}`;
  }
  const fields = [...new Set(described.map((d) => d.field))];
  return `Dữ liệu không hợp lệ ở: ${fields.map((f) => f[0]).join(', ')} | Invalid input in: ${fields.map((f) => f[1]).join(', ')}`;
};
