// The guard in front of the workbook library: a real template passes; a zip bomb, a sheet of 200,000 rows, a cell
// beyond Excel's own limit, a column past the limit, a part that lies about its size and a broken file are refused
// with their reason, and the bomb is stopped at the limit instead of being inflated whole.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetXml, zipOf } from './testing/zip-of.js';
import { guardWorkbook, WORKBOOK_LIMITS } from './workbook-guard.js';

const refusal = (file: Buffer) =>
  guardWorkbook(file).then(
    () => 'accepted',
    (e: Error) => e.message,
  );

describe('the workbook guard', () => {
  it('accepts a workbook the templates make, with every kind of cell', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Báo cáo');
    for (let i = 0; i < 500; i++)
      sheet.addRow([
        `C-COMM-${i}`,
        'Tiêu chí có dấu tiếng Việt',
        i,
        i % 2 === 0 ? 'Có' : 'Không',
        'https://example.vn/a',
        'x'.repeat(2000),
      ]);
    expect(await refusal(Buffer.from(await book.xlsx.writeBuffer()))).toBe('accepted');
  });

  it('stops a zip bomb at the inflated-size limit: 256 MB of zeros in a file of a few hundred kilobytes', async () => {
    const bomb = Buffer.alloc(4 * WORKBOOK_LIMITS.inflatedBytes); // zero-filled; the guard never inflates it whole
    const file = zipOf([{ name: 'xl/media/image1.png', data: bomb }]);
    expect(file.length).toBeLessThan(1024 * 1024);
    const before = process.memoryUsage().arrayBuffers;
    expect(await refusal(file)).toContain(`hơn ${Math.round(WORKBOOK_LIMITS.inflatedBytes / 1024 / 1024)} MB`);
    // Memory held after the refusal stays below the limit, far from the bomb's size.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(WORKBOOK_LIMITS.inflatedBytes);
  });

  it('refuses a part that inflates beyond the size it declares', async () => {
    const file = zipOf([
      { name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>'), declaredSize: 10 },
    ]);
    expect(await refusal(file)).toContain('quá giới hạn');
  });

  it('refuses a sheet of 200,000 rows, naming the limit', async () => {
    const rows = Array.from(
      { length: 200_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    expect(await refusal(zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml(rows) }]))).toBe(
      'Trang tính thứ 1 có hơn 100.100 dòng, quá giới hạn: hãy dùng mẫu tải từ hệ thống, mỗi dòng một giá trị.',
    );
  });

  it('refuses a cell longer than Excel allows, in a sheet or in the shared strings', async () => {
    const long = 'a'.repeat(WORKBOOK_LIMITS.cellChars + 1);
    const shared = Buffer.from(
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${long}</t></si></sst>`,
    );
    expect(await refusal(zipOf([{ name: 'xl/sharedStrings.xml', data: shared }]))).toContain('hơn 32.767 ký tự');
    const inline = sheetXml(`<row r="1"><c r="A1" t="inlineStr"><is><t>${long}</t></is></c></row>`);
    expect(await refusal(zipOf([{ name: 'xl/worksheets/sheet2.xml', data: inline }]))).toContain('hơn 32.767 ký tự');
    // Entities count as the character they stand for: 32,767 ampersands fit although the XML spells each with five.
    const escaped = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${'&amp;'.repeat(WORKBOOK_LIMITS.cellChars)}</t></is></c></row>`,
    );
    expect(await refusal(zipOf([{ name: 'xl/worksheets/sheet2.xml', data: escaped }]))).toBe('accepted');
    const fits = sheetXml(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>${'a'.repeat(WORKBOOK_LIMITS.cellChars)}</t></is></c></row>`,
    );
    expect(await refusal(zipOf([{ name: 'xl/worksheets/sheet2.xml', data: fits }]))).toBe('accepted');
  });

  it('refuses a column beyond the limit and accepts the last one allowed', async () => {
    expect(
      await refusal(
        zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"><c r="CW1"><v>1</v></c></row>') }]),
      ),
    ).toBe('Trang tính thứ 1 có ô CW1, quá giới hạn 100 cột.');
    expect(
      await refusal(
        zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"><c r="CV1"><v>1</v></c></row>') }]),
      ),
    ).toBe('accepted');
  });

  it('refuses a zip that tells the guard one thing and the workbook library another', async () => {
    const unreadable = 'Không đọc được tệp: hãy lưu lại dưới dạng Excel (.xlsx) rồi thử lại.';
    const bomb = zipOf([{ name: 'xl/media/image1.png', data: Buffer.alloc(4 * WORKBOOK_LIMITS.inflatedBytes) }]);
    // An end record that counts no entries, while the directory still holds the bomb.
    const noCount = Buffer.from(bomb);
    noCount.writeUInt16LE(0, noCount.length - 22 + 8);
    noCount.writeUInt16LE(0, noCount.length - 22 + 10);
    expect(await refusal(noCount)).toBe(unreadable);
    // A local header naming a worksheet behind a central entry naming an image.
    const rows = sheetXml(Array.from({ length: 200_000 }, (_, i) => `<row r="${i + 1}"/>`).join(''));
    const renamed = zipOf([{ name: 'xl/media/sheet.png', data: rows }]);
    renamed.write('xl/worksheets/sheet1', 30, 'latin1');
    expect(await refusal(renamed)).toBe(unreadable);
    // Names the library still takes for a worksheet are scanned like one.
    expect(await refusal(zipOf([{ name: '/xl/worksheets/sheet1.xml', data: rows }]))).toContain('quá giới hạn');
    expect(await refusal(zipOf([{ name: 'xl/worksheets/sheet1.xml.bak', data: rows }]))).toContain('quá giới hạn');
  });

  it('refuses a file that is not a zip and a truncated one as unreadable (broken XML is the workbook library’s to refuse)', async () => {
    const unreadable = 'Không đọc được tệp: hãy lưu lại dưới dạng Excel (.xlsx) rồi thử lại.';
    expect(await refusal(Buffer.from('not a workbook at all, just some text that is long enough'))).toBe(unreadable);
    const good = zipOf([{ name: 'xl/worksheets/sheet1.xml', data: sheetXml('<row r="1"/>') }]);
    expect(await refusal(good.subarray(0, good.length - 30))).toBe(unreadable);
  });
});
