// A QR code of the verification address drawn as vector squares, so a phone opens the check without typing.
import QRCode from 'qrcode';

type Doc = PDFKit.PDFDocument;

/** Draws the code with its top-left corner at (x, y), `size` points wide, including a quiet zone of 2 modules. */
export const drawQrCode = (doc: Doc, text: string, x: number, y: number, size: number): void => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save();
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell);
    }
  }
  doc.fill('black').restore();
};
