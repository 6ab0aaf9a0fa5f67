import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, CRLF, a BOM and blank lines', () => {
    const t = parseCsv('\uFEFFid,name\r\n1,"Lâm Sơn, xã"\r\n\r\n2,"say ""hi"""\r\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'Lâm Sơn, xã'] },
      { line: 4, cells: ['2', 'say "hi"'] },
    ]);
  });

  it('keeps line numbers right after a quoted newline', () => {
    const t = parseCsv('a,b\n"x\ny",1\nz,2');
    expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it('detects semicolon and tab delimiters from the header', () => {
    expect(parseCsv('a;b\n1,5;2').rows[0]?.cells).toEqual(['1,5', '2']);
    expect(parseCsv('a\tb\n1\t2').rows[0]?.cells).toEqual(['1', '2']);
  });
});
