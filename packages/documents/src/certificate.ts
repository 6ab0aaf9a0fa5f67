// Giấy khen: one certificate of merit per awardee, A4 landscape, naming the decision it comes from.
import { centred, createDocument, font, toBuffer, verificationFooter, type Verification } from './layout/decree30.js';
import { dateLine, shortDate } from './layout/vietnamese-date.js';
import { drawQrCode } from './layout/qr-code.js';
import type { CertificateModel } from './models.js';

/** 20 mm. */
const CERTIFICATE_QR = 56;

export const renderCertificate = (m: CertificateModel, verification: Verification): Promise<Buffer> => {
  const doc = createDocument({
    title: `Giấy khen: ${m.awardee.name}`,
    subject: `Quyết định ${m.decisionNumber}`,
    date: m.decisionDate,
    layout: 'landscape',
  });
  const { width, height } = doc.page;
  // A double frame, as printed certificates have.
  doc
    .rect(28, 28, width - 56, height - 56)
    .lineWidth(2)
    .stroke();
  doc
    .rect(36, 36, width - 72, height - 72)
    .lineWidth(0.6)
    .stroke();
  doc.y = 60;
  centred(doc, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 14);
  centred(doc, 'Độc lập - Tự do - Hạnh phúc', 'bold', 14);
  doc.moveDown(0.6);
  centred(doc, m.grantor, 'bold', 16);
  doc.moveDown(0.3);
  centred(doc, 'TẶNG GIẤY KHEN', 'bold', 30);
  doc.moveDown(0.4);
  centred(doc, m.awardee.name, 'bold', 22);
  if (m.awardee.unit) centred(doc, m.awardee.unit, 'italic', 15);
  doc.moveDown(0.4);
  centred(doc, m.citation, 'regular', 15);
  font(doc, 'italic', 13);
  const left = doc.page.margins.left;
  const half = (width - left - doc.page.margins.right) / 2;
  const y = Math.max(doc.y + 24, height - 200);
  doc.text(`Quyết định số ${m.decisionNumber}, ngày ${shortDate(m.decisionDate)}`, left, y, {
    width: half,
    align: 'center',
  });
  doc.text(`Số vào sổ: ${m.registerEntry}`, left, doc.y, { width: half, align: 'center' });
  // The check's address as a QR code under the decision's reference, inside the frame.
  drawQrCode(doc, verification.url, left + half / 2 - CERTIFICATE_QR / 2, doc.y + 6, CERTIFICATE_QR);
  doc.text(dateLine(m.place, m.decisionDate), left + half, y, { width: half, align: 'center' });
  font(doc, 'bold', 14).text(m.signer.authority, left + half, doc.y + 2, { width: half, align: 'center' });
  font(doc, 'italic', 12).text('(Đã ký)', left + half, doc.y + 24, { width: half, align: 'center' });
  font(doc, 'bold', 14).text(m.signer.name, left + half, doc.y + 18, { width: half, align: 'center' });
  verificationFooter(doc, verification, { qr: false });
  return toBuffer(doc);
};
