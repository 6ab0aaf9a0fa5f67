// A small RFC 4180 reader: quoted fields, doubled quotes, CRLF, and ";" files from Vietnamese-locale Excel.
export interface CsvTable {
  header: string[];
  /** Each row with its 1-based line number in the file, for error messages. */
  rows: Array<{ line: number; cells: string[] }>;
}

const detectDelimiter = (firstLine: string): string =>
  firstLine.includes(';') && !firstLine.includes(',')
    ? ';'
    : firstLine.includes('\t') && !firstLine.includes(',')
      ? '\t'
      : ',';

export const parseCsv = (source: string): CsvTable => {
  const text = source.replace(/^\uFEFF/, '');
  const delimiter = detectDelimiter(text.slice(0, text.search(/\r?\n|$/)));
  const records: Array<{ line: number; cells: string[] }> = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(field);
      records.push({ line: recordLine, cells });
      cells = [];
      field = '';
      line++;
      recordLine = line;
    } else field += ch;
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    records.push({ line: recordLine, cells });
  }
  const nonEmpty = records.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [head, ...rows] = nonEmpty;
  return { header: (head?.cells ?? []).map((h) => h.trim()), rows };
};
