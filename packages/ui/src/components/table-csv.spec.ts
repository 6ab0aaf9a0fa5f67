// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { csvFileName, tableCsv } from './table-csv.js';

describe('a table as CSV', () => {
  it('keeps what the reader sees, in order, with a BOM for Excel, quoting and no formula', () => {
    const table = document.createElement('table');
    table.innerHTML =
      '<thead><tr><th>Đơn vị</th><th>Điểm</th></tr></thead><tbody><tr><td>xã Lâm Sơn</td><td>91,04</td></tr><tr><td>=HYPERLINK("x")</td><td> 12\n</td></tr></tbody>';
    expect(tableCsv(table)).toBe('\uFEFFĐơn vị,Điểm\r\nxã Lâm Sơn,"91,04"\r\n"\'=HYPERLINK(""x"")",12\r\n');
  });

  it('names the file from the table’s Vietnamese title', () => {
    expect(csvFileName('Bảng xếp hạng xã, thị trấn 2025')).toBe('bang-xep-hang-xa-thi-tran-2025.csv');
    expect(csvFileName('Đơn vị')).toBe('don-vi.csv');
  });
});
