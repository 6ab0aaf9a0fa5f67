// The district's year in one sheet, for Culture & Information: one row per unit and criterion (unit_id,
// criterion_id, value, evidence_url), long format so any system can produce it; read back row by row. The column
// names are fixed for machines; labels, the guide and problems are in the person's language.
import { say, type Language, type Movement } from '@thidua/domain';
import ExcelJS from 'exceljs';
import { isFormula, openUploadedSheet, readValueCell, sheetWords, text, yesNo, type Measure } from './sheet-cells.js';

export const DISTRICT_SHEET = 'so_lieu';
const HEADER = ['unit_id', 'unit_name', 'criterion_id', 'criterion_label', 'value', 'evidence_url'] as const;

export interface DistrictUnit {
  id: string;
  name: string;
  kind: 'department' | 'commune' | 'enterprise';
  values: ReadonlyArray<{
    key: string;
    numberValue: number | null;
    boolValue: boolean | null;
    evidenceUrl: string | null;
  }>;
}

export const buildDistrictWorkbook = async (
  movement: Movement,
  year: number,
  units: readonly DistrictUnit[],
  lang: Language = 'vi',
): Promise<Buffer> => {
  const w = say(lang);
  const { yes, no } = yesNo(lang);
  const book = new ExcelJS.Workbook();
  book.creator = 'thidua';
  const sheet = book.addWorksheet(DISTRICT_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADER.map((h) => ({ header: h, key: h, width: h.endsWith('label') || h === 'unit_name' ? 40 : 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const unit of units) {
    const saved = new Map(unit.values.map((v) => [v.key, v]));
    for (const c of movement.criteria.filter((x) => x.appliesTo.includes(unit.kind))) {
      const v = saved.get(c.id);
      sheet.addRow([
        unit.id,
        unit.name,
        c.id,
        c.label[lang],
        c.measure.kind === 'boolean'
          ? v?.boolValue === true
            ? yes
            : v?.boolValue === false
              ? no
              : null
          : (v?.numberValue ?? null),
        v?.evidenceUrl ?? null,
      ]);
    }
  }
  // Which year the file is for: a 2024 sheet cannot be imported into 2025 by mistake.
  const meta = book.addWorksheet('_thidua', { state: 'veryHidden' });
  meta.addRow(['year', year]);
  meta.addRow(['movement_id', movement.id]);
  const guide = book.addWorksheet('huong_dan');
  guide.addRow([
    w(
      `Số liệu năm ${year}: mỗi dòng là một đơn vị và một tiêu chí. Điền cột value (số, hoặc ${yes}/${no}), có thể thêm evidence_url (http/https).`,
      `Figures for ${year}: each row is one unit and one criterion. Fill in the value column (a number, or ${yes}/${no}); an evidence_url (http/https) may be added.`,
    ),
  ]);
  guide.addRow([
    w(
      'Dòng để trống cột value được bỏ qua. Báo cáo đã nộp hoặc đã duyệt không bị ghi đè: cả tệp sẽ bị từ chối.',
      'Rows with an empty value column are skipped. A submitted or approved report is never overwritten: the whole file is refused.',
    ),
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
};

export interface DistrictRead {
  rows: Array<{
    unitId: string;
    key: string;
    number: number | null;
    bool: boolean | null;
    evidenceUrl: string | null;
    line: number;
  }>;
  problems: Array<{ sheet: string; row: number | null; column: string | null; message: string }>;
}

const COLUMN = (name: (typeof HEADER)[number]) => `${String.fromCharCode(65 + HEADER.indexOf(name))} (${name})`;

/** Reads the rows with a value; `criterionOf` gives the rule for a unit's criterion (null when unknown). */
export const readDistrictWorkbook = async (
  file: Buffer,
  year: number,
  criterionOf: (unitId: string, key: string) => { measure: Measure } | null,
  lang: Language = 'vi',
): Promise<DistrictRead> => {
  const w = say(lang);
  const words = sheetWords(lang);
  const opened = await openUploadedSheet(file, DISTRICT_SHEET, lang);
  if ('problem' in opened) return { rows: [], problems: [opened.problem] };
  const { book, sheet } = opened;
  const fileYear = Number(text(book.getWorksheet('_thidua')?.getRow(1).getCell(2).value));
  const shown = Number.isFinite(fileYear) && fileYear > 0 ? String(fileYear) : w('(không rõ)', '(unknown)');
  if (fileYear !== year)
    return {
      rows: [],
      problems: [
        {
          sheet: '_thidua',
          row: null,
          column: null,
          message: w(
            `Tệp là số liệu năm ${shown}, không phải năm ${year}: hãy tải bảng tính của năm ${year}.`,
            `The file holds figures for ${shown}, not ${year}: download the sheet for ${year}.`,
          ),
        },
      ],
    };
  const header = HEADER.map((_, i) => text(sheet.getRow(1).getCell(i + 1).value).trim());
  if (header.join('|') !== HEADER.join('|'))
    return {
      rows: [],
      problems: [
        {
          sheet: DISTRICT_SHEET,
          row: 1,
          column: null,
          message: w(`Dòng tiêu đề phải là: ${HEADER.join(', ')}.`, `The heading row must be: ${HEADER.join(', ')}.`),
        },
      ],
    };
  const out: DistrictRead = { rows: [], problems: [] };
  const at = (row: number, column: (typeof HEADER)[number], message: string) =>
    out.problems.push({ sheet: DISTRICT_SHEET, row, column: COLUMN(column), message });
  sheet.eachRow((row, line) => {
    if (line === 1) return;
    const cell = row.getCell(5).value;
    const evidence = text(row.getCell(6).value).trim();
    if (text(cell).trim() === '' && !evidence) return;
    const unitId = text(row.getCell(1).value).trim();
    const key = text(row.getCell(3).value).trim();
    if (isFormula(cell)) return at(line, 'value', words.formula);
    const criterion = criterionOf(unitId, key);
    if (!criterion)
      return at(
        line,
        'criterion_id',
        w(`"${key}" không phải tiêu chí của đơn vị "${unitId}".`, `"${key}" is not a criterion of unit "${unitId}".`),
      );
    const parsed = readValueCell(criterion.measure, cell, row.getCell(5).numFmt, lang);
    if ('problem' in parsed) return at(line, 'value', parsed.problem);
    if (evidence && !/^https?:\/\/\S+$/i.test(evidence)) return at(line, 'evidence_url', words.evidenceLink);
    out.rows.push({ unitId, key, ...parsed, evidenceUrl: evidence || null, line });
  });
  return out;
};
