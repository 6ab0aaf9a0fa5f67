// CSV for open data: UTF-8 with BOM (Excel opens Vietnamese correctly), CRLF, quoted fields, no formulas.
const cell = (value: unknown): string => {
  let s = value === null || value === undefined ? '' : String(value);
  // A leading = + - @ would run as a formula in a spreadsheet: neutralise it.
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export const toCsv = (columns: readonly string[], rows: ReadonlyArray<Record<string, unknown>>): string =>
  '\uFEFF' +
  [columns.map(cell).join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))].join('\r\n') +
  '\r\n';
