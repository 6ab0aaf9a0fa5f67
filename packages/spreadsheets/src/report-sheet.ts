// The yearly report of one unit as an Excel sheet: generated from the movement (criterion IDs, Vietnamese labels,
// units, allowed ranges, data validation in each value cell), filled with what the unit has entered so far; and read
// back, every row checked by the domain's rules, every problem named by sheet, row and column. Both in the language of
// the person it is for (Vietnamese first); the criterion IDs and the sheet's name are the same in both.
import { say, type Language, type Movement, type ParticipantKind } from '@thidua/domain';
import {
  rangeOf,
  readFilledCells,
  sheetWords,
  startWorkbook,
  text,
  unitWord,
  writeValueCell,
  type SheetProblem,
} from './sheet-cells.js';
import { finishSubmissionBook, openSubmissionSheet } from './submission-sheet.js';

export type { SheetProblem };

export const SHEET = 'bao_cao';
const FIRST_ROW = 7;
const COLUMNS = {
  vi: ['Mã tiêu chí', 'Tiêu chí', 'Đơn vị tính', 'Giá trị cho phép', 'Giá trị', 'Link minh chứng', 'Ghi chú'],
  en: ['Criterion ID', 'Criterion', 'Unit', 'Allowed values', 'Value', 'Evidence link', 'Note'],
} as const;
const COL = { id: 1, label: 2, unit: 3, range: 4, value: 5, evidence: 6, note: 7 } as const;

export interface SheetUnit {
  id: string;
  name: string;
  kind: Exclude<ParticipantKind, 'individual'>;
}

export interface StoredValue {
  key: string;
  numberValue: number | null;
  boolValue: boolean | null;
  evidenceUrl: string | null;
  note: string | null;
}

export const criteriaFor = (movement: Movement, kind: ParticipantKind) =>
  movement.criteria.filter((c) => c.appliesTo.includes(kind));

/** `version`: the saved report's version the sheet shows (none before the first save); an import must match it. */
export const buildReportWorkbook = async (
  movement: Movement,
  unit: SheetUnit,
  year: number,
  values: readonly StoredValue[],
  version: number | null,
  lang: Language = 'vi',
): Promise<Buffer> => {
  const w = say(lang);
  const widths = [22, 60, 12, 16, 12, 36, 30];
  const { book, sheet } = startWorkbook(
    SHEET,
    FIRST_ROW,
    {
      title: w(`Báo cáo kết quả ${movement.name.vi} năm ${year}`, `${movement.name.en}: results for ${year}`),
      facts: [
        [w('Đơn vị', 'Unit'), unit.name],
        [w('Mã đơn vị', 'Unit ID'), unit.id],
        [w('Năm báo cáo', 'Reporting year'), year],
      ],
      hint: w(
        'Nhập vào cột "Giá trị" (và link minh chứng nếu có); không sửa cột "Mã tiêu chí". Ô trống là chưa có số liệu.',
        'Fill in the "Value" column (and an evidence link if any); do not change the "Criterion ID" column. A blank cell means no figure yet.',
      ),
    },
    COLUMNS[lang].map((header, k) => ({ header, width: widths[k]! })),
  );
  const stored = new Map(values.map((v) => [v.key, v]));
  criteriaFor(movement, unit.kind).forEach((c, i) => {
    const row = sheet.getRow(FIRST_ROW + i);
    const v = stored.get(c.id);
    row.getCell(COL.id).value = c.id;
    row.getCell(COL.label).value = c.label[lang];
    row.getCell(COL.label).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(COL.unit).value = unitWord(c.measure, lang);
    row.getCell(COL.range).value = rangeOf(c.measure, lang);
    writeValueCell(row.getCell(COL.value), c.measure, v, lang);
    row.getCell(COL.evidence).value = v?.evidenceUrl ?? null;
    row.getCell(COL.note).value = v?.note ?? null;
  });
  // Which unit and year the file belongs to, so a sheet cannot be imported into another unit's report by mistake.
  return finishSubmissionBook(
    book,
    [
      ['unit_id', unit.id],
      ['year', year],
      ['movement_id', movement.id],
    ],
    version,
  );
};

export interface ImportedValue {
  key: string;
  number: number | null;
  bool: boolean | null;
  evidenceUrl: string | null;
  note: string | null;
}

/** Reads a filled sheet back. Nothing is returned to save unless every row is right (all or nothing). Problems are
 * worded in `lang`, whichever language the sheet was made in. */
export const readReportWorkbook = async (
  file: Buffer,
  movement: Movement,
  unit: SheetUnit,
  year: number,
  lang: Language = 'vi',
): Promise<{ values: ImportedValue[]; problems: SheetProblem[]; version: number | null }> => {
  const w = say(lang);
  const blank = sheetWords(lang).blank;
  const opened = await openSubmissionSheet(file, SHEET, COLUMNS, lang);
  if ('problem' in opened) return { values: [], problems: [opened.problem], version: null };
  const { sheet, meta, problems, at } = opened;
  const fileUnit = meta.get('unit_id') ?? text(sheet.getCell('B3').value);
  const fileYear = Number(meta.get('year') ?? text(sheet.getCell('B4').value));
  if (fileUnit !== unit.id)
    at(
      3,
      2,
      w(
        `Tệp là báo cáo của đơn vị "${fileUnit || blank}", không phải ${unit.name} (${unit.id}).`,
        `The file is the report of unit "${fileUnit || blank}", not ${unit.name} (${unit.id}).`,
      ),
    );
  if (fileYear !== year)
    at(
      4,
      2,
      w(
        `Tệp là báo cáo năm ${Number.isFinite(fileYear) ? fileYear : blank}, không phải năm ${year}.`,
        `The file is the report for ${Number.isFinite(fileYear) ? fileYear : blank}, not ${year}.`,
      ),
    );

  const criteria = new Map(criteriaFor(movement, unit.kind).map((c) => [c.id, c]));
  const values: ImportedValue[] = [];
  const seen = new Map<string, number>();
  // eachRow visits rows that hold something: a stray cell far below does not make a million empty rows.
  sheet.eachRow((row, r) => {
    if (r < FIRST_ROW) return;
    const id = text(row.getCell(COL.id).value).trim();
    const cell = row.getCell(COL.value).value;
    const raw = text(cell).trim();
    const evidence = text(row.getCell(COL.evidence).value).trim();
    const note = text(row.getCell(COL.note).value).trim();
    if (!id && !raw && !evidence && !note) return;
    const criterion = criteria.get(id);
    if (!criterion) {
      at(
        r,
        COL.id,
        id
          ? w(`"${id}" không phải tiêu chí của ${unit.name}.`, `"${id}" is not a criterion of ${unit.name}.`)
          : w('Thiếu mã tiêu chí.', 'The criterion ID is missing.'),
      );
      return;
    }
    if (seen.has(id)) {
      at(
        r,
        COL.id,
        w(`Tiêu chí ${id} đã có ở dòng ${seen.get(id)}.`, `Criterion ${id} is already on row ${seen.get(id)}.`),
      );
      return;
    }
    seen.set(id, r);
    const filled = readFilledCells(row, COL, criterion.measure, (col, message) => at(r, col, message), lang);
    if (!filled) return;
    const { number, bool, evidenceUrl, note: noteText } = filled;
    values.push({ key: id, number, bool, evidenceUrl, note: noteText });
  });
  return { values, problems, version: opened.version() };
};
