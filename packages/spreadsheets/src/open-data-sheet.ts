// The open dataset as a workbook: its rows on one sheet (du_lieu), and the meaning of each column with the licence on
// another (tu_dien), so a file passed on still says what it holds and on what terms.
import ExcelJS from 'exceljs';
import { safeCell } from './spreadsheet-cell.js';

export interface OpenDataSheet<C extends string> {
  columns: readonly C[];
  rows: ReadonlyArray<Readonly<Record<C, string | number | null>>>;
  dictionary: Readonly<Record<C, { vi: string; en: string; type: string }>>;
  licence: { id: string; vi: string; en: string };
}

/** Wide columns for names and labels, narrow for codes and figures. */
const widthOf = (column: string) => (column.startsWith('item_label') || column === 'unit_name' ? 40 : 16);

export const buildOpenDataWorkbook = async <C extends string>(data: OpenDataSheet<C>): Promise<Buffer> => {
  const book = new ExcelJS.Workbook();
  book.creator = 'thidua';
  const sheet = book.addWorksheet('du_lieu');
  sheet.columns = data.columns.map((c) => ({ header: c, key: c, width: widthOf(c) }));
  for (const r of data.rows) sheet.addRow(data.columns.map((c) => safeCell(r[c])));
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const dictionary = book.addWorksheet('tu_dien');
  dictionary.columns = [
    { header: 'column', key: 'column', width: 16 },
    { header: 'type', key: 'type', width: 10 },
    { header: 'vi', key: 'vi', width: 70 },
    { header: 'en', key: 'en', width: 70 },
  ];
  for (const c of data.columns) dictionary.addRow({ column: c, ...data.dictionary[c] });
  dictionary.addRow({});
  dictionary.addRow({ column: 'licence', type: data.licence.id, vi: data.licence.vi, en: data.licence.en });
  return Buffer.from(await book.xlsx.writeBuffer());
};
