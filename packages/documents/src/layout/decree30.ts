// The layout of an administrative document under Decree 30/2020/NĐ-CP (Appendix I): A4, margins 20/20/30/15 mm,
// national name and motto on the right, issuing body and number on the left, place and date, title, body in 13–14 pt,
// recipients bottom left and the signature block bottom right; a verification line on every page.
import PDFDocument from 'pdfkit';
import { FONTS, type FontName } from './fonts.js';
import { drawQrCode } from './qr-code.js';
import { dateLine } from './vietnamese-date.js';

const MM = 72 / 25.4;
export const MARGINS = { top: 20 * MM, bottom: 20 * MM, left: 30 * MM, right: 15 * MM } as const;

export type Doc = PDFKit.PDFDocument;

export interface Letterhead {
  /** e.g. "ỦY BAN NHÂN DÂN" */
  parent: string;
  /** e.g. "HUYỆN NINH SƠN" */
  body: string;
  /** "Số: 2150/QĐ-UBND"; a report without a number shows "Số:    /BC-UBND" left for the clerk to fill. */
  number: string;
  place: string;
  /** yyyy-mm-dd */
  date: string;
}

export interface Signer {
  /** "KT. CHỦ TỊCH" / "CHỦ TỊCH" */
  authority: string;
  name: string;
  /** False for a draft: no "(Đã ký)" where the signature goes. Default true (a signed decision). */
  signed?: boolean;
}

/** How the document is issued: its code, where the code is checked, and whether the issuing instance serves demo data. */
export interface Verification {
  code: string;
  url: string;
  /** Demo data (`pnpm start`): every page carries "DỮ LIỆU MẪU / DEMO" so a printout never passes for a real one. */
  demo?: boolean;
}

const DEMO_MARK = 'DỮ LIỆU MẪU / DEMO';

/** A line of text at the top edge and pale diagonal hatching over the page: visible on screen and on paper. The
 * hatching is drawn as lines, not letters, so the document's text still reads (and copies) in order. */
const demoMark = (doc: Doc): void => {
  const { width, height } = doc.page;
  doc.save();
  doc.strokeColor('#b3261e').strokeOpacity(0.08).lineWidth(6);
  for (let x = -height; x < width; x += 36)
    doc
      .moveTo(x, height)
      .lineTo(x + height, 0)
      .stroke();
  doc.restore();
  font(doc, 'bold', 9).fillColor('#8a5300').text(`${DEMO_MARK}: văn bản minh họa, không có giá trị pháp lý`, 0, 6, {
    width,
    align: 'center',
    lineBreak: false,
  });
  doc.fillColor('black');
};

export interface DocumentMeta {
  title: string;
  subject: string;
  /** yyyy-mm-dd: also the PDF's creation date, so the same data gives the same file. */
  date: string;
  layout?: 'portrait' | 'landscape';
}

export const createDocument = (meta: DocumentMeta): Doc => {
  const at = new Date(`${meta.date}T08:00:00+07:00`);
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.layout ?? 'portrait',
    margins: meta.layout === 'landscape' ? { top: 15 * MM, bottom: 22 * MM, left: 20 * MM, right: 20 * MM } : MARGINS,
    bufferPages: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: 'Ủy ban nhân dân huyện Ninh Sơn',
      Creator: 'thidua',
      Producer: 'thidua',
      CreationDate: at,
      ModDate: at,
    },
    lang: 'vi-VN',
  });
  for (const [name, path] of Object.entries(FONTS)) doc.registerFont(name, path);
  doc.font('regular').fontSize(13).fillColor('black');
  return doc;
};

export const font = (doc: Doc, name: FontName, size: number): Doc => doc.font(name).fontSize(size);

const contentWidth = (doc: Doc) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

/** A short line under a centred text, as the decree draws under the issuing body and the motto. */
const underline = (doc: Doc, centreX: number, y: number, width: number) => {
  doc
    .moveTo(centreX - width / 2, y)
    .lineTo(centreX + width / 2, y)
    .lineWidth(0.6)
    .stroke();
};

export const letterhead = (doc: Doc, head: Letterhead): void => {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const leftWidth = width * 0.4;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  const top = doc.y;

  font(doc, 'regular', 12.5).text(head.parent, left, top, { width: leftWidth, align: 'center' });
  font(doc, 'bold', 12.5).text(head.body, left, doc.y, { width: leftWidth, align: 'center' });
  underline(doc, left + leftWidth / 2, doc.y + 1, leftWidth * 0.35);
  font(doc, 'regular', 13).text(head.number, left, doc.y + 8, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;

  font(doc, 'bold', 12).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', rightX, top, { width: rightWidth, align: 'center' });
  font(doc, 'bold', 13).text('Độc lập - Tự do - Hạnh phúc', rightX, doc.y, { width: rightWidth, align: 'center' });
  underline(doc, rightX + rightWidth / 2, doc.y + 1, doc.widthOfString('Độc lập - Tự do - Hạnh phúc'));
  font(doc, 'italic', 13).text(dateLine(head.place, head.date), rightX, doc.y + 8, {
    width: rightWidth,
    align: 'center',
  });

  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + 18;
};

/** The document's name (QUYẾT ĐỊNH, BÁO CÁO) and its summary line(s), centred and bold. */
export const title = (doc: Doc, name: string, summary: readonly string[]): void => {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  font(doc, 'bold', 14).text(name, left, doc.y, { width, align: 'center' });
  for (const line of summary) font(doc, 'bold', 14).text(line, left, doc.y, { width, align: 'center' });
  underline(doc, left + width / 2, doc.y + 2, 90);
  doc.y += 14;
};

export const centred = (doc: Doc, text: string, name: FontName = 'bold', size = 14): void => {
  font(doc, name, size).text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc), align: 'center' });
  doc.moveDown(0.4);
};

/** A body paragraph: justified, first line indented, 6 pt after. */
export const paragraph = (
  doc: Doc,
  text: string,
  options: { name?: FontName; size?: number; indent?: boolean } = {},
): void => {
  font(doc, options.name ?? 'regular', options.size ?? 14).text(text, doc.page.margins.left, doc.y, {
    width: contentWidth(doc),
    align: 'justify',
    indent: options.indent === false ? 0 : 28,
    paragraphGap: 6,
    lineGap: 1.5,
  });
};

/** A numbered part's heading (I., II., …): bold, not indented. */
export const section = (doc: Doc, heading: string): void => paragraph(doc, heading, { name: 'bold', indent: false });

/** A paragraph that starts with a bold lead ("Điều 1.") and goes on in regular type. */
export const article = (doc: Doc, lead: string, text: string): void => {
  font(doc, 'bold', 14).text(`${lead} `, doc.page.margins.left, doc.y, {
    width: contentWidth(doc),
    align: 'justify',
    indent: 28,
    continued: true,
    lineGap: 1.5,
  });
  font(doc, 'regular', 14).text(text, { align: 'justify', paragraphGap: 6, lineGap: 1.5 });
};

export interface Column {
  header: string;
  /** Share of the width. */
  width: number;
  align?: 'left' | 'center' | 'right';
}

/** A ruled table that continues on the next page with its header repeated. */
export const table = (
  doc: Doc,
  columns: readonly Column[],
  rows: ReadonlyArray<readonly string[]>,
  size = 12,
): void => {
  const left = doc.page.margins.left;
  const total = contentWidth(doc);
  const widths = columns.map((c) => c.width * total);
  const pad = 3;
  const bottom = () => doc.page.height - doc.page.margins.bottom - 14;
  const heightOf = (cells: readonly string[], name: FontName) => {
    font(doc, name, size);
    return (
      Math.max(...cells.map((cell, i) => doc.heightOfString(cell, { width: (widths[i] ?? 0) - 2 * pad }))) + 2 * pad
    );
  };
  const drawRow = (cells: readonly string[], name: FontName, isHeader = false) => {
    const h = heightOf(cells, name);
    if (doc.y + h > bottom()) {
      doc.addPage();
      // A body row that moves to a new page takes the header with it; a header row just moves.
      if (!isHeader)
        drawRow(
          columns.map((c) => c.header),
          'bold',
          true,
        );
    }
    const y = doc.y;
    let x = left;
    cells.forEach((cell, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, h).lineWidth(0.5).stroke();
      font(doc, name, size).text(cell, x + pad, y + pad, {
        width: w - 2 * pad,
        align: name === 'bold' ? 'center' : (columns[i]?.align ?? 'left'),
      });
      x += w;
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(
    columns.map((c) => c.header),
    'bold',
    true,
  );
  for (const row of rows) drawRow(row, 'regular');
  doc.y += 10;
};

/** "Nơi nhận:" with its list on the left, the signature block on the right, kept together on one page. */
export const closing = (doc: Doc, recipients: readonly string[], signer: Signer): void => {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const needed = 40 + recipients.length * 14 + 20;
  if (doc.y + Math.max(needed, 130) > doc.page.height - doc.page.margins.bottom - 14) doc.addPage();
  const top = doc.y + 6;
  font(doc, 'boldItalic', 12).text('Nơi nhận:', left, top, { width: width * 0.45 });
  for (const r of recipients) font(doc, 'regular', 11).text(`- ${r}`, left, doc.y, { width: width * 0.45 });
  const leftBottom = doc.y;
  const rightX = left + width * 0.45;
  const rightWidth = width * 0.55;
  font(doc, 'bold', 14).text(signer.authority, rightX, top, { width: rightWidth, align: 'center' });
  font(doc, 'italic', 12).text(signer.signed === false ? ' ' : '(Đã ký)', rightX, doc.y + 36, {
    width: rightWidth,
    align: 'center',
  });
  font(doc, 'bold', 14).text(signer.name, rightX, doc.y + 24, { width: rightWidth, align: 'center' });
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + 10;
};

/** On every page: the verification code, where to check it and a QR code of that address; from page 2 the page number at the top centre
 * (Decree 30/2020/NĐ-CP, Appendix I). */
/** 14 mm: readable by a phone camera for an address of about 70 characters. */
const QR_SIZE = 40;

/** `qr: false` when the page draws the code itself (the certificate, inside its frame). */
export const verificationFooter = (doc: Doc, verification: Verification, options: { qr?: boolean } = {}): void => {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottomMargin = doc.page.margins.bottom;
    const topMargin = doc.page.margins.top;
    doc.page.margins.bottom = 0;
    doc.page.margins.top = 0;
    const width = contentWidth(doc);
    if (i > range.start)
      font(doc, 'regular', 13).text(String(i - range.start + 1), doc.page.margins.left, topMargin / 2 - 6, {
        width,
        align: 'center',
        lineBreak: false,
      });
    const y = doc.page.height - bottomMargin + 4;
    const qr = options.qr === false ? 0 : Math.min(QR_SIZE, bottomMargin - 8);
    font(doc, 'regular', 9).text(`Mã xác minh: ${verification.code}`, doc.page.margins.left, y, {
      width: width - qr - 6,
      lineBreak: false,
    });
    font(doc, 'regular', 8).text(`Tra cứu tính xác thực: ${verification.url}`, doc.page.margins.left, y + 11, {
      width: width - qr - 6,
      lineBreak: false,
    });
    if (qr > 0) drawQrCode(doc, verification.url, doc.page.margins.left + width - qr, y - 2, qr);
    if (verification.demo) demoMark(doc);
    doc.page.margins.bottom = bottomMargin;
    doc.page.margins.top = topMargin;
  }
};

export const toBuffer = (doc: Doc): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
