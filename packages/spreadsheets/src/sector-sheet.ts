// A sector office's yearly figures as an Excel sheet: one row per commune and indicator of the sector, generated from
// the plan (indicator IDs, Vietnamese labels, units, allowed ranges, data validation), filled with the saved draft;
// read back with every problem named by sheet, row and column, all or nothing; both in the person's language.
import { say, type Language, type Sector } from '@thidua/domain';
import {
  rangeOf,
  readFilledCells,
  sheetWords,
  startWorkbook,
  text,
  writeValueCell,
  type SheetProblem,
} from './sheet-cells.js';
import { finishSubmissionBook, openSubmissionSheet } from './submission-sheet.js';

export const SECTOR_SHEET = 'bao_cao_nganh';
const FIRST_ROW = 7;
const COLUMNS = {
  vi: [
    'Mã xã',
    'Xã, thị trấn',
    'Mã chỉ số',
    'Chỉ số',
    'Đơn vị tính',
    'Giá trị cho phép',
    'Giá trị',
    'Link minh chứng',
    'Ghi chú',
  ],
  en: [
    'Commune ID',
    'Commune',
    'Indicator ID',
    'Indicator',
    'Unit',
    'Allowed values',
    'Value',
    'Evidence link',
    'Note',
  ],
} as const;
const COL = {
  unit: 1,
  unitName: 2,
  id: 3,
  label: 4,
  measureUnit: 5,
  range: 6,
  value: 7,
  evidence: 8,
  note: 9,
} as const;
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
export const buildSectorWorkbook = async (
  sector: Sector,
  communes: readonly SectorCommune[],
  year: number,
  values: readonly SectorStoredValue[],
  version: number | null,
  lang: Language = 'vi',
): Promise<Buffer> => {
  const w = say(lang);
  const widths = [18, 22, 20, 50, 14, 16, 12, 36, 30];
  const { book, sheet } = startWorkbook(
    SECTOR_SHEET,
    FIRST_ROW,
    {
      title: w(`Số liệu ${sector.label.vi} năm ${year}`, `${sector.label.en}: figures for ${year}`),
      facts: [
        [w('Chương trình', 'Programme'), sector.label[lang]],
        [w('Mã ngành', 'Sector ID'), sector.id],
        [w('Năm báo cáo', 'Reporting year'), year],
      ],
      hint: w(
        'Nhập vào cột "Giá trị" (và link minh chứng nếu có); không sửa các cột mã. Ô trống là chưa có số liệu.',
        'Fill in the "Value" column (and an evidence link if any); do not change the ID columns. A blank cell means no figure yet.',
      ),
    },
    COLUMNS[lang].map((header, k) => ({ header, width: widths[k]! })),
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
      row.getCell(COL.label).value = i.label[lang];
      row.getCell(COL.label).alignment = { wrapText: true, vertical: 'top' };
      row.getCell(COL.measureUnit).value = i.unit[lang];
      row.getCell(COL.range).value = rangeOf(i.measure, lang);
      writeValueCell(row.getCell(COL.value), i.measure, v, lang);
      row.getCell(COL.evidence).value = v?.evidenceUrl ?? null;
      row.getCell(COL.note).value = v?.note ?? null;
    }
  }
  return finishSubmissionBook(
    book,
    [
      ['sector_id', sector.id],
      ['year', year],
    ],
    version,
  );
};

/** Reads a filled sheet back; nothing is returned to save unless every row is right. Problems are worded in `lang`. */
export const readSectorWorkbook = async (
  file: Buffer,
  sector: Sector,
  communes: readonly SectorCommune[],
  year: number,
  lang: Language = 'vi',
): Promise<{ values: SectorImportedValue[]; problems: SheetProblem[]; version: number | null }> => {
  const w = say(lang);
  const blank = sheetWords(lang).blank;
  const opened = await openSubmissionSheet(file, SECTOR_SHEET, COLUMNS, lang);
  if ('problem' in opened) return { values: [], problems: [opened.problem], version: null };
  const { sheet, meta, problems, at } = opened;
  const fileSector = meta.get('sector_id') ?? text(sheet.getCell('B3').value);
  const fileYear = Number(meta.get('year') ?? text(sheet.getCell('B4').value));
  if (fileSector !== sector.id)
    at(
      3,
      2,
      w(
        `Tệp là số liệu của ngành "${fileSector || blank}", không phải ${sector.label.vi} (${sector.id}).`,
        `The file holds the figures of sector "${fileSector || blank}", not ${sector.label.en} (${sector.id}).`,
      ),
    );
  if (fileYear !== year)
    at(
      4,
      2,
      w(
        `Tệp là số liệu năm ${Number.isFinite(fileYear) ? fileYear : blank}, không phải năm ${year}.`,
        `The file holds the figures for ${Number.isFinite(fileYear) ? fileYear : blank}, not ${year}.`,
      ),
    );

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
    if (!active.has(unitId))
      return void at(
        r,
        COL.unit,
        unitId
          ? w(
              `"${unitId}" không phải xã, thị trấn đang hoạt động năm ${year}.`,
              `"${unitId}" is not a commune or town active in ${year}.`,
            )
          : w('Thiếu mã xã.', 'The commune ID is missing.'),
      );
    const indicator = indicators.get(id);
    if (!indicator)
      return void at(
        r,
        COL.id,
        id
          ? w(`"${id}" không phải chỉ số của ${sector.label.vi}.`, `"${id}" is not an indicator of ${sector.label.en}.`)
          : w('Thiếu mã chỉ số.', 'The indicator ID is missing.'),
      );
    const key = `${unitId}|${id}`;
    if (seen.has(key))
      return void at(
        r,
        COL.id,
        w(
          `${active.get(unitId)} · ${id} đã có ở dòng ${seen.get(key)}.`,
          `${active.get(unitId)} · ${id} is already on row ${seen.get(key)}.`,
        ),
      );
    seen.set(key, r);
    const filled = readFilledCells(row, COL, indicator.measure, (col, message) => at(r, col, message), lang);
    if (!filled) return;
    const { number, bool, evidenceUrl, note: noteText } = filled;
    values.push({ unitId, indicatorId: id, number, bool, evidenceUrl, note: noteText });
  });
  return { values, problems, version: opened.version() };
};
