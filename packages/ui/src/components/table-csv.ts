// A table exactly as the reader sees it (its order, its words) as CSV for Excel: UTF-8 with BOM, and no cell that
// Excel would run as a formula.
const cell = (text: string): string => {
  const value = text.replace(/\s+/g, ' ').trim();
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const tableCsv = (table: HTMLTableElement): string => {
  const lines = [...table.rows].map((row) => [...row.cells].map((c) => cell(c.textContent ?? '')).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
};

/** "Bảng xếp hạng xã 2025" → "bang-xep-hang-xa-2025.csv" */
export const csvFileName = (name: string): string =>
  `${
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'bang'
  }.csv`;
