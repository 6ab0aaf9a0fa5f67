// Báo cáo sơ kết / tổng kết: results against every target and criterion, reporting on time, rankings, awards, what
// is behind and what is proposed; the same layout serves the yearly report of the district.
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
import type { ReviewReportModel } from './models.js';

export const renderReviewReport = (m: ReviewReportModel, verification: Verification): Promise<Buffer> => {
  const doc = createDocument({ title: `${m.name} ${m.subject}`, subject: m.subject, date: m.letterhead.date });
  letterhead(doc, m.letterhead);
  // Made on demand from live data: a draft until the office gives it a number and signs it.
  if (m.signer.signed === false) centred(doc, 'DỰ THẢO', 'bold', 13);
  title(doc, m.name, [m.subject]);
  for (const p of m.introduction) paragraph(doc, p);

  section(doc, 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU');
  paragraph(
    doc,
    `Số liệu đã được phê duyệt đến năm ${m.year}; ${m.targets.filter((t) => t.status === 'Đạt').length}/${m.targets.length} chỉ tiêu đạt.`,
  );
  table(
    doc,
    [
      { header: 'Mã', width: 0.24 },
      { header: 'Chỉ tiêu', width: 0.4 },
      { header: 'Kết quả', width: 0.22 },
      { header: 'Đánh giá', width: 0.14, align: 'center' },
    ],
    m.targets.map((t) => [t.id, t.label, t.result, t.status]),
    10.5,
  );

  section(doc, 'II. KẾT QUẢ THEO TIÊU CHÍ THI ĐUA');
  paragraph(doc, 'Số đơn vị đạt, chưa đạt và chưa có số liệu đối với từng tiêu chí, theo báo cáo đã được phê duyệt.');
  table(
    doc,
    [
      { header: 'Mã', width: 0.24 },
      { header: 'Tiêu chí', width: 0.4 },
      { header: 'Đối tượng', width: 0.12 },
      { header: 'Đạt', width: 0.08, align: 'right' },
      { header: 'Chưa đạt', width: 0.08, align: 'right' },
      { header: 'Chưa có', width: 0.08, align: 'right' },
    ],
    m.criteria.map((c) => [c.id, c.label, c.kind, String(c.met), String(c.notMet), String(c.missing)]),
    10.5,
  );

  section(doc, 'III. TÌNH HÌNH BÁO CÁO ĐỊNH KỲ (D-ANNUAL-REPORT)');
  table(
    doc,
    [
      { header: 'Năm', width: 0.2, align: 'center' },
      { header: 'Đúng hạn', width: 0.2, align: 'right' },
      { header: 'Trễ hạn', width: 0.2, align: 'right' },
      { header: 'Chưa nộp', width: 0.2, align: 'right' },
      { header: 'Tỷ lệ đúng hạn', width: 0.2, align: 'right' },
    ],
    m.reporting.map((r) => {
      const total = r.onTime + r.late + r.missing;
      return [
        String(r.year),
        String(r.onTime),
        String(r.late),
        String(r.missing),
        total > 0 ? `${((100 * r.onTime) / total).toFixed(1).replace('.', ',')}%` : '—',
      ];
    }),
    11,
  );

  section(doc, 'IV. XẾP HẠNG THI ĐUA');
  for (const r of m.rankings) {
    paragraph(doc, r.kind, { name: 'bold', indent: false, size: 13 });
    table(
      doc,
      [
        { header: 'Hạng', width: 0.1, align: 'center' },
        { header: 'Đơn vị', width: 0.5 },
        { header: 'Điểm', width: 0.15, align: 'right' },
        { header: 'Xếp loại', width: 0.25 },
      ],
      r.rows.map((row) => [String(row.rank), row.name, row.score, row.eligibility]),
      11,
    );
  }

  section(doc, 'V. KHEN THƯỞNG');
  if (m.awards.length === 0) paragraph(doc, m.noAwards);
  for (const a of m.awards)
    paragraph(
      doc,
      `- ${a.awardClass === 'collective' ? 'Tập thể' : 'Cá nhân'}: ${a.unit ? `${a.name}, ${a.unit}` : a.name}.`,
      { indent: false },
    );

  section(doc, 'VI. TỒN TẠI, HẠN CHẾ');
  for (const b of m.behind) paragraph(doc, `- ${b}`);
  section(doc, 'VII. ĐỀ XUẤT, KIẾN NGHỊ');
  for (const p of m.proposals) paragraph(doc, `- ${p}`);

  closing(doc, m.recipients, m.signer);
  verificationFooter(doc, verification);
  return toBuffer(doc);
};
