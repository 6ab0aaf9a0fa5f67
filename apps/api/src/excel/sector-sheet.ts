// A sector office's yearly figures as an Excel sheet: one row per commune and indicator of the sector, generated from
// the plan (indicator IDs, Vietnamese labels, units, allowed ranges, data validation), filled with the saved draft;
// read back with every problem named by sheet, row and column, all or nothing.
import type { Sector } from '@thidua/domain';
import { openUploadedSheet, rangeOf, readFilledCells, startWorkbook, text, writeValueCell, type SheetProblem } from './sheet-cells.js';

export const SECTOR_SHEET = 'bao_cao_nganh';
const META = '_thidua';
const FIRST_ROW = 7;
const COLUMNS = ['Mã xã', 'Xã, thị trấn', 'Mã chỉ số', 'Chỉ số', 'Đơn vị tính', 'Giá trị cho phép', 'Giá trị', 'Link minh chứng', 'Ghi chú'] as const;
const COL = { unit: 1, unitName: 2, id: 3, label: 4, measureUnit: 5, range: 6, value: 7, evidence: 8, note: 9 } as const;
export interface SectorCommune {
  id: string;
  name: string;
}

export interface SectorStoredValue {
  unitId: string;
  indicatorId: string;
  numberValue: number | null;
  boolValue: boolean | null;
  evidenceUrl: string | null;
  note: string | null;
}

export interface SectorImportedValue {
  unitId: string;
  indicatorId: string;
  number: number | null;
  bool: boolean | null;
  evidenceUrl: string | null;
  note: string | null;
}

/** `version`: the saved report's version the sheet shows (none before the first save); an import must match it. */
export const buildSectorWorkbook = async (sector: Sector, communes: readonly SectorCommune[], year: number, values: readonly SectorStoredValue[], version: number | null): Promise<Buffer> => {
  const widths = [18, 22, 20, 50, 14, 16, 12, 36, 30];
  const { book, sheet } = startWorkbook(
    SECTOR_SHEET,
    FIRST_ROW,
    {
      title: `Số liệu ${sector.label.vi} năm ${year}`,
      facts: [['Chương trình', sector.label.vi], ['Mã ngành', sector.id], ['Năm báo cáo', year]],
      hint: 'Nhập vào cột "Giá trị" (và link minh chứng nếu có); không sửa các cột mã. Ô trống là chưa có số liệu.',
    },
    COLUMNS.map((header, k) => ({ header, width: widths[k]! })),
  );
  const stored = new Map(values.map((v) => [`${v.unitId}|${v.indicatorId}`, v]));
  let r = FIRST_ROW;
  for (const c of communes) {
    for (const i of sector.indicators) {
      const row = sheet.getRow(r++);
      const v = stored.get(`${c.id}|${i.id}`);
      row.getCell(COL.unit).value = c.id;
      row.getCell(COL.unitName).value = c.name;
      row.getCell(COL.id).value = i.id;
      row.getCell(COL.label).value = i.label.vi;
      row.getCell(COL.label).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(COL.measureUnit).value = i.unit.vi;
      row.getCell(COL.range).value = rangeOf(i.measure);
      writeValueCell(row.getCell(COL.value), i.measure, v);
      row.getCell(COL.evidence).value = v?.evidenceUrl ?? null;
      row.getCell(COL.note).value = v?.note ?? null;
    }
  }
  const meta = book.addWorksheet(META, { state: 'veryHidden' });
  meta.addRow(['sector_id', sector.id]);
  meta.addRow(['year', year]);
  meta.addRow(['version', version ?? 0]);
  return Buffer.from(await book.xlsx.writeBuffer());
};

const columnName = (n: number) => `${String.fromCharCode(64 + n)} (${COLUMNS[n - 1]})`;

/** Reads a filled sheet back; nothing is returned to save unless every row is right. */
export const readSectorWorkbook = async (file: Buffer, sector: Sector, communes: readonly SectorCommune[], year: number): Promise<{ values: SectorImportedValue[]; problems: SheetProblem[]; version: number | null }> => {
  const opened = await openUploadedSheet(file, SECTOR_SHEET);
  if ('problem' in opened) return { values: [], problems: [opened.problem], version: null };
  const { book, sheet } = opened;
  const problems: SheetProblem[] = [];
  const at = (row: number | null, column: number | null, message: string) => problems.push({ sheet: SECTOR_SHEET, row, column: column === null ? null : columnName(column), message });
  const meta = new Map<string, string>();
  book.getWorksheet(META)?.eachRow((r) => meta.set(text(r.getCell(1).value), text(r.getCell(2).value)));
  const fileSector = meta.get('sector_id') ?? text(sheet.getCell('B3').value);
  const fileYear = Number(meta.get('year') ?? text(sheet.getCell('B4').value));
  if (fileSector !== sector.id) at(3, 2, `Tệp là số liệu của ngành "${fileSector || '(trống)'}", không phải ${sector.label.vi} (${sector.id}).`);
  if (fileYear !== year) at(4, 2, `Tệp là số liệu năm ${Number.isFinite(fileYear) ? fileYear : '(trống)'}, không phải năm ${year}.`);

  const indicators = new Map(sector.indicators.map((i) => [i.id, i]));
  const active = new Map(communes.map((c) => [c.id, c.name]));
  const seen = new Map<string, number>();
  const values: SectorImportedValue[] = [];
  sheet.eachRow((row, r) => {
    if (r < FIRST_ROW) return;
    const unitId = text(row.getCell(COL.unit).value).trim();
    const id = text(row.getCell(COL.id).value).trim();
    const cell = row.getCell(COL.value).value;
    const raw = text(cell).trim();
    const evidence = text(row.getCell(COL.evidence).value).trim();
    const note = text(row.getCell(COL.note).value).trim();
    if (!unitId && !id && !raw && !evidence && !note) return;
    if (!active.has(unitId)) return void at(r, COL.unit, unitId ? `"${unitId}" không phải xã, thị trấn đang hoạt động năm ${year}.` : 'Thiếu mã xã.');
    const indicator = indicators.get(id);
    if (!indicator) return void at(r, COL.id, id ? `"${id}" không phải chỉ số của ${sector.label.vi}.` : 'Thiếu mã chỉ số.');
    const key = `${unitId}|${id}`;
    if (seen.has(key)) return void at(r, COL.id, `${active.get(unitId)} · ${id} đã có ở dòng ${seen.get(key)}.`);
    seen.set(key, r);
    const filled = readFilledCells(row, COL, indicator.measure, (col, message) => at(r, col, message));
    if (!filled) return;
    const { number, bool, evidenceUrl, note: noteText } = filled;
    values.push({ unitId, indicatorId: id, number, bool, evidenceUrl, note: noteText });
  });
  const version = Number(meta.get('version'));
  return { values, problems, version: Number.isInteger(version) ? version : null };
};
