// Quyết định khen thưởng (Decree 30, form 1.4): the decision listing awardees within the review's quota.
import {
  article,
  centred,
  closing,
  createDocument,
  letterhead,
  paragraph,
  table,
  title,
  toBuffer,
  verificationFooter,
  type Verification,
} from './layout/decree30.js';
import { shortDate } from './layout/vietnamese-date.js';
import type { AwardDecisionModel } from './models.js';

const CLASS = { collective: 'Tập thể', individual: 'Cá nhân' } as const;
/** The list states achievements in brief: a row must fit on one page (the nomination keeps the full text). */
const SUMMARY_CHARS = 600;
const summary = (s: string) =>
  s.length <= SUMMARY_CHARS ? s : `${s.slice(0, s.lastIndexOf(' ', SUMMARY_CHARS)).trimEnd()}…`;

export const renderAwardDecision = (m: AwardDecisionModel, verification: Verification): Promise<Buffer> => {
  const doc = createDocument({
    title: `Quyết định ${m.letterhead.number.replace(/^Số:\s*/, '')}`,
    subject: `Về việc ${m.subject}`,
    date: m.letterhead.date,
  });
  letterhead(doc, m.letterhead);
  title(doc, 'QUYẾT ĐỊNH', [`Về việc ${m.subject}`]);
  centred(doc, m.authority);
  for (const basis of m.legalBases) paragraph(doc, basis, { name: 'italic' });
  centred(doc, 'QUYẾT ĐỊNH:');
  const collective = m.awardees.filter((a) => a.awardClass === 'collective').length;
  const individual = m.awardees.length - collective;
  article(
    doc,
    'Điều 1.',
    `Tặng ${m.awardForm} cho ${[collective > 0 ? `${collective} tập thể` : '', individual > 0 ? `${individual} cá nhân` : ''].filter(Boolean).join(' và ')} đã có thành tích xuất sắc trong ${m.reviewLabel} (có danh sách kèm theo).`,
  );
  const quota = m.quotas.map((q) => `${CLASS[q.awardClass].toLowerCase()} ${q.awarded}/${q.max}`).join(', ');
  article(
    doc,
    'Điều 2.',
    `Số lượng khen thưởng nằm trong chỉ tiêu của đợt (${quota}). Quyết định có hiệu lực kể từ ngày ký.`,
  );
  article(
    doc,
    'Điều 3.',
    `${m.executors.join(', ')} và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  );
  closing(doc, m.recipients, m.signer);

  doc.addPage();
  centred(doc, 'DANH SÁCH', 'bold', 14);
  centred(doc, `Tập thể, cá nhân được tặng ${m.awardForm}`, 'bold', 13);
  centred(
    doc,
    `(Kèm theo Quyết định ${m.letterhead.number.replace(/^Số:\s*/, 'số ')} ngày ${shortDate(m.letterhead.date)})`,
    'italic',
    12,
  );
  let n = 0;
  for (const awardClass of ['collective', 'individual'] as const) {
    const rows = m.awardees.filter((a) => a.awardClass === awardClass);
    if (rows.length === 0) continue;
    paragraph(doc, `${awardClass === 'collective' ? 'I' : 'II'}. ${CLASS[awardClass].toUpperCase()} (${rows.length})`, {
      name: 'bold',
      indent: false,
      size: 13,
    });
    table(
      doc,
      [
        { header: 'STT', width: 0.08, align: 'center' },
        { header: awardClass === 'collective' ? 'Tên tập thể' : 'Họ và tên, đơn vị', width: 0.37 },
        { header: 'Thành tích', width: 0.55 },
      ],
      rows.map((a) => [String(++n), a.unit ? `${a.name}, ${a.unit}` : a.name, summary(a.achievements)]),
    );
  }
  verificationFooter(doc, verification);
  return toBuffer(doc);
};
