// The page a person sees after scanning a document's QR code: is this document genuine, and what is it. Plain HTML,
// every value escaped, nothing but the title, reference, subject and date the register holds.
import { formatDateVi } from '@thidua/domain';

const KIND: Record<string, string> = {
  'award-decision': 'Quyết định khen thưởng',
  certificate: 'Giấy khen',
  'review-report': 'Báo cáo sơ kết, tổng kết',
  'unit-year-report': 'Báo cáo năm của đơn vị',
  'district-year-report': 'Báo cáo năm của huyện',
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type VerifyResult =
  | { valid: true; code: string; kind: string; title: string; reference: string; subject: string; issuedOn: string }
  | { valid: false; code: string };

export const verificationPage = (r: VerifyResult): string => {
  const body = r.valid
    ? `<h1>Văn bản hợp lệ</h1>
<p>Mã xác minh <strong>${escape(r.code)}</strong> là của một văn bản do hệ thống thi đua của huyện lập ra:</p>
<dl>
<dt>Loại văn bản</dt><dd>${escape(KIND[r.kind] ?? r.kind)}</dd>
<dt>Văn bản</dt><dd>${escape(r.title)}</dd>
<dt>Số, ký hiệu / căn cứ</dt><dd>${escape(r.reference)}</dd>
<dt>Về</dt><dd>${escape(r.subject)}</dd>
<dt>Ngày</dt><dd>${escape(/^\d{4}-\d{2}-\d{2}$/.test(r.issuedOn) ? formatDateVi(r.issuedOn) : r.issuedOn)}</dd>
</dl>
<p>Nội dung văn bản phải khớp với các thông tin trên; văn bản đã sửa sẽ có mã khác.</p>`
    : `<h1>Không tìm thấy văn bản</h1>
<p>Mã <strong>${escape(r.code)}</strong> không phải mã xác minh của văn bản nào do hệ thống lập ra. Hãy kiểm tra lại mã in ở chân trang văn bản (dạng XXXXX-XXXXX), hoặc liên hệ Phòng Nội vụ huyện.</p>`;
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${r.valid ? 'Văn bản hợp lệ' : 'Không tìm thấy văn bản'}: ${escape(r.code)}</title></head>
<body>
${body}
<p lang="en">${r.valid ? 'This document is genuine: it was issued by the district’s emulation platform.' : 'No document with this verification code was issued by the platform.'}</p>
</body>
</html>
`;
};
