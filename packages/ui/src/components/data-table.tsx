// A sortable table: Vietnamese collation for text, numbers as numbers, sort state announced to screen readers.
import { useMemo, useRef, useState, type ReactNode } from 'react';
import { compareVi } from '../format/format.js';
import { useI18n } from '../i18n/i18n.js';
import { csvFileName, tableCsv } from './table-csv.js';

export interface Column<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The value to sort by; columns without one are not sortable. */
  sortValue?: (row: Row) => string | number | null;
  align?: 'start' | 'end';
}

const compareValues = (a: string | number | null, b: string | number | null): number => {
  if (a === null) return b === null ? 0 : 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : compareVi(String(a), String(b));
};

export const DataTable = <Row,>({
  rows,
  columns,
  rowKey,
  caption,
  onRowClick,
  selectedKey,
  testId,
}: {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row) => string;
  caption?: string;
  onRowClick?: (row: Row) => void;
  selectedKey?: string | null;
  testId?: string;
}) => {
  const { t } = useI18n();
  const table = useRef<HTMLTableElement>(null);
  const [sort, setSort] = useState<{ key: string; dir: 1 | -1 } | null>(null);
  const sorted = useMemo(() => {
    const col = sort && columns.find((c) => c.key === sort.key);
    if (!col?.sortValue || !sort) return rows;
    const value = col.sortValue;
    return [...rows].sort((a, b) => sort.dir * compareValues(value(a), value(b)));
  }, [rows, columns, sort]);
  return (
    // Focusable, so a keyboard user can scroll a table wider than the screen.
    <div className="td-table-wrap" tabIndex={0} role={caption ? 'region' : undefined} aria-label={caption}>
      <table className="td-table" data-testid={testId} ref={table}>
        {caption && <caption className="td-visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={c.align === 'end' ? 'td-num' : undefined}
                aria-sort={sort?.key === c.key ? (sort.dir === 1 ? 'ascending' : 'descending') : undefined}
              >
                {c.sortValue ? (
                  <button
                    type="button"
                    className="td-sort"
                    onClick={() => setSort((s) => ({ key: c.key, dir: s?.key === c.key && s.dir === 1 ? -1 : 1 }))}
                  >
                    {c.header}
                  </button>
                ) : (
                  c.header
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => {
            const key = rowKey(row);
            return (
              <tr key={key} className={selectedKey === key ? 'is-selected' : undefined} data-row={key}>
                {columns.map((c, i) => (
                  <td key={c.key} className={c.align === 'end' ? 'td-num' : undefined}>
                    {i === 0 && onRowClick ? (
                      <button
                        type="button"
                        className="td-link"
                        onClick={() => onRowClick(row)}
                        aria-expanded={selectedKey === key}
                      >
                        {c.cell(row)}
                      </button>
                    ) : (
                      c.cell(row)
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length > 0 && (
        <button
          type="button"
          className="td-link td-table-export"
          onClick={() => table.current && saveCsv(tableCsv(table.current), csvFileName(caption ?? testId ?? 'bang'))}
        >
          {t('table.exportCsv')}
        </button>
      )}
    </div>
  );
};

/** Any table the reader sees can be taken to Excel, in the order and words shown. */
const saveCsv = (csv: string, name: string) => {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
};
