// Báo cáo kết quả thực hiện phong trào năm … of one unit: every criterion that applies to it with the value and the
// requirement, its score and rank, its reporting, what is behind and what it proposes.
import {
  centred,
  closing,
  createDocument,
  letterhead,
  paragraph,
  section,
  table,
  title,
  toBuffer,
  verificationFooter,
  type Verification,
} from './layout/decree30.js';
import type { UnitYearReportModel } from './models.js';

export const renderUnitYearReport = (m: UnitYearReportModel, verification: Verification): Promise<Buffer> => {
  const doc = createDocument({ title: `Báo cáo ${m.subject}`, subject: m.subject, date: m.letterhead.date });
  letterhead(doc, m.letterhead);
  if (m.draft) centred(doc, 'DỰ THẢO', 'bold', 13);
  title(doc, 'BÁO CÁO', [m.subject]);
  for (const p of m.introduction) paragraph(doc, p);

  section(doc, 'I. KẾT QUẢ THỰC HIỆN CÁC TIÊU CHÍ THI ĐUA');
  const met = m.criteria.filter((c) => c.status === 'Đạt').length;
  paragraph(doc, `Đạt ${met}/${m.criteria.length} tiêu chí áp dụng cho đơn vị năm ${m.year}.`);
  table(
    doc,
    [
      { header: 'Mã', width: 0.24 },
      { header: 'Tiêu chí', width: 0.36 },
      { header: 'Kết quả', width: 0.26 },
      { header: 'Đánh giá', width: 0.14, align: 'center' },
    ],
    m.criteria.map((c) => [c.id, c.label, c.result, c.status]),
    10.5,
  );

  section(doc, 'II. ĐIỂM VÀ XẾP HẠNG THI ĐUA');
  for (const s of m.standing) paragraph(doc, s);
  section(doc, 'III. VIỆC BÁO CÁO (D-ANNUAL-REPORT)');
  for (const r of m.reporting) paragraph(doc, r);
  section(doc, 'IV. TỒN TẠI, HẠN CHẾ');
  for (const b of m.behind) paragraph(doc, `- ${b}`);
  section(doc, 'V. ĐỀ XUẤT, KIẾN NGHỊ');
  for (const p of m.proposals) paragraph(doc, `- ${p}`);

  closing(doc, m.recipients, m.signer);
  verificationFooter(doc, verification);
  return toBuffer(doc);
};
