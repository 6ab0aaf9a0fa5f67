// What every sheet shares: how a value cell is validated in Excel and read back by the plan's own rule, how any
// cell reads as text, and how an uploaded workbook is opened; everything in the language of the person it is for.
import {
  isPossibleValue,
  readMeasureValue,
  say,
  unambiguousSpellings,
  type Criterion,
  type Indicator,
  type Language,
} from '@thidua/domain';
import ExcelJS from 'exceljs';
import { guardWorkbook, UNREADABLE, WorkbookRefused } from './workbook-guard.js';

/** How yes and no are written in a sheet made for `lang`; either language's words are read back. */
export const yesNo = (lang: Language) => (lang === 'en' ? { yes: 'Yes', no: 'No' } : { yes: 'Có', no: 'Không' });

/** A criterion's or a sector indicator's measure: the same kinds and bounds. */
export type Measure = Criterion['measure'] | Indicator['measure'];

export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

export const rangeOf = (m: Measure, lang: Language) => {
  const w = say(lang);
  const { yes, no } = yesNo(lang);
  return m.kind === 'percent'
    ? '0 – 100'
    : m.kind === 'score'
      ? `0 – ${m.max}`
      : m.kind === 'rank'
        ? m.outOf
          ? `1 – ${m.outOf}`
          : '≥ 1'
        : m.kind === 'count'
          ? w('số nguyên ≥ 0', 'whole number ≥ 0')
          : w(`${yes} hoặc ${no}`, `${yes} or ${no}`);
};

/** The word for a measure's unit in the sheet's "unit" column. */
export const unitWord = (m: Measure, lang: Language) => {
  const w = say(lang);
  return {
    percent: '%',
    score: w('điểm', 'points'),
    rank: w('hạng', 'rank'),
    count: w('số lượng', 'count'),
    boolean: w('Có/Không', 'Yes/No'),
  }[m.kind];
};

export const validationOf = (m: Measure, lang: Language): ExcelJS.DataValidation => {
  const w = say(lang);
  const { yes, no } = yesNo(lang);
  const error = {
    showErrorMessage: true,
    errorStyle: 'stop' as const,
    errorTitle: w('Giá trị không hợp lệ', 'Value not allowed'),
    error: `${w('Giá trị cho phép', 'Allowed values')}: ${rangeOf(m, lang)}`,
  };
  if (m.kind === 'boolean') return { type: 'list', allowBlank: true, formulae: [`"${yes},${no}"`], ...error };
  if (m.kind === 'percent')
    return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 100], ...error };
  if (m.kind === 'score')
    return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, m.max], ...error };
  if (m.kind === 'rank')
    return m.outOf
      ? { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, m.outOf], ...error }
      : { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [1], ...error };
  return { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0], ...error };
};

/** The cell an officer fills in: the saved value (Có/Không or Yes/No for yes/no), the measure's validation, a light fill. */
export const writeValueCell = (
  cell: ExcelJS.Cell,
  measure: Measure,
  saved: { numberValue: number | null; boolValue: boolean | null } | undefined,
  lang: Language,
): void => {
  const { yes, no } = yesNo(lang);
  cell.value =
    measure.kind === 'boolean'
      ? saved?.boolValue === true
        ? yes
        : saved?.boolValue === false
          ? no
          : null
      : (saved?.numberValue ?? null);
  cell.dataValidation = validationOf(measure, lang);
  cell.numFmt = measure.kind === 'boolean' ? '@' : '0.##';
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF8DC' } };
};

/** A new workbook with its data sheet: a title, what the file is for (label, value rows), how to fill it, the column
 * headings on the row above the first data row (frozen), and the columns' widths. */
export const startWorkbook = (
  sheetName: string,
  firstRow: number,
  heading: { title: string; facts: ReadonlyArray<readonly [string, string | number]>; hint: string },
  columns: ReadonlyArray<{ header: string; width: number }>,
): { book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } => {
  const book = new ExcelJS.Workbook();
  book.creator = 'thidua';
  const sheet = book.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: firstRow - 1 }] });
  sheet.getCell('A1').value = heading.title;
  sheet.getCell('A1').font = { bold: true, size: 13 };
  heading.facts.forEach(([label, value], i) => {
    sheet.getCell(i + 2, 1).value = label;
    sheet.getCell(i + 2, 2).value = value;
  });
  const hint = sheet.getCell(heading.facts.length + 2, 1);
  hint.value = heading.hint;
  hint.font = { italic: true };
  const header = sheet.getRow(firstRow - 1);
  columns.forEach((c, i) => (header.getCell(i + 1).value = c.header));
  header.font = { bold: true };
  sheet.columns = columns.map((c) => ({ width: c.width }));
  return { book, sheet };
};

export const text = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v && typeof v.text === 'string') return v.text; // hyperlink cells
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return 'result' in v && v.result !== undefined ? String(v.result) : '';
  return String(v);
};

/** One value cell read by its measure's own rule: a number in range, or yes/no in either language; a Vietnamese
 * decimal comma is fine. A problem is worded in `lang`. */
export const readValueCell = (
  measure: Measure,
  cell: ExcelJS.CellValue,
  numFmt: string | undefined,
  lang: Language,
): { number: number | null; bool: boolean | null } | { problem: string } => {
  const w = say(lang);
  const raw = text(cell).trim();
  if (raw === '') return { number: null, bool: null };
  const outOfRange = () => ({
    problem: w(
      `${raw} ngoài phạm vi cho phép (${rangeOf(measure, lang)}).`,
      `${raw} is outside the allowed range (${rangeOf(measure, lang)}).`,
    ),
  });
  if (measure.kind === 'boolean') {
    if (/^(có|co|x|yes|true|1)$/i.test(raw)) return { number: null, bool: true };
    if (/^(không|khong|no|false|0)$/i.test(raw)) return { number: null, bool: false };
    const { yes, no } = yesNo(lang);
    return {
      problem: w(`Cần "${yes}" hoặc "${no}", không phải "${raw}".`, `"${yes}" or "${no}" is needed, not "${raw}".`),
    };
  }
  if (typeof cell === 'number') {
    // "85%" typed into Excel is stored as 0.85 shown with a percent format: the reader meant 85.
    const n = (numFmt ?? '').includes('%') ? Math.round(cell * 1e6) / 1e4 : cell;
    return isPossibleValue(measure, n) ? { number: n, bool: null } : outOfRange();
  }
  // Typed as text ("1.200", "1 200", "85,5 %"): read as the form reads it, by the domain's one reader of figures.
  const read = readMeasureValue(measure, raw);
  if (read.ok) return { number: read.value, bool: null };
  if (read.problem === 'ambiguous') {
    const [first, second] = unambiguousSpellings(read.readings);
    return {
      problem: w(
        `"${raw}" có thể là ${first} hoặc ${second}: hãy nhập ${first} hoặc ${second}, không dùng dấu phân cách hàng nghìn.`,
        `"${raw}" could be ${first} or ${second}: type ${first} or ${second}, with no thousands separator.`,
      ),
    };
  }
  return read.problem === 'out-of-range'
    ? outOfRange()
    : { problem: w(`"${raw}" không phải là số.`, `"${raw}" is not a number.`) };
};

/** The problems every sheet shares, worded in `lang`. */
export const sheetWords = (lang: Language) => {
  const w = say(lang);
  return {
    formula: w(
      'Ô chứa công thức: hãy nhập giá trị, không nhập công thức.',
      'The cell holds a formula: type the value, not a formula.',
    ),
    evidenceLink: w(
      'Link minh chứng phải bắt đầu bằng http:// hoặc https://.',
      'The evidence link must start with http:// or https://.',
    ),
    noteTooLong: w('Ghi chú dài quá 2000 ký tự.', 'The note is longer than 2000 characters.'),
    blank: w('(trống)', '(blank)'),
  };
};

/** Reads a row's value, evidence link and note by the same rules in every sheet; null when the value cell holds a
 * formula (a problem is reported for each formula cell: imports take values, never formulas). */
export const readFilledCells = (
  row: ExcelJS.Row,
  col: { value: number; evidence: number; note: number },
  measure: Measure,
  problem: (column: number, message: string) => void,
  lang: Language,
): { number: number | null; bool: boolean | null; evidenceUrl: string | null; note: string | null } | null => {
  const words = sheetWords(lang);
  const cell = row.getCell(col.value).value;
  for (const c of [col.value, col.evidence, col.note]) {
    if (isFormula(row.getCell(c).value)) problem(c, words.formula);
  }
  if (isFormula(cell)) return null;
  const parsed = readValueCell(measure, cell, row.getCell(col.value).numFmt, lang);
  if ('problem' in parsed) problem(col.value, parsed.problem);
  const evidence = text(row.getCell(col.evidence).value).trim();
  const note = text(row.getCell(col.note).value).trim();
  if (evidence && !/^https?:\/\/\S+$/i.test(evidence)) problem(col.evidence, words.evidenceLink);
  if (note.length > 2000) problem(col.note, words.noteTooLong);
  return {
    ...('problem' in parsed ? { number: null, bool: null } : parsed),
    evidenceUrl: evidence || null,
    note: note || null,
  };
};

export const isFormula = (v: ExcelJS.CellValue) =>
  typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);

/** Loads an uploaded workbook (once it has streamed through the guard's limits) and finds its data sheet, or says in
 * `lang` why it cannot. */
export const openUploadedSheet = async (
  file: Buffer,
  name: string,
  lang: Language,
): Promise<{ book: ExcelJS.Workbook; sheet: ExcelJS.Worksheet } | { problem: SheetProblem }> => {
  const unreadable = { problem: { sheet: '', row: null, column: null, message: UNREADABLE[lang] } };
  try {
    await guardWorkbook(file);
  } catch (e) {
    return e instanceof WorkbookRefused
      ? { problem: { sheet: '', row: null, column: null, message: e.words[lang] } }
      : unreadable;
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    return unreadable;
  }
  const sheet = book.getWorksheet(name);
  return sheet
    ? { book, sheet }
    : {
        problem: {
          sheet: name,
          row: null,
          column: null,
          message: say(lang)(
            `Không có trang tính "${name}": hãy dùng mẫu tải từ hệ thống.`,
            `There is no worksheet "${name}": use the template downloaded from the system.`,
          ),
        },
      };
};
