// Plain-text tables that line up with Vietnamese diacritics (measured in code points, NFC).
const width = (s: string): number => [...s.normalize('NFC')].length;

export const renderTable = (header: string[], rows: string[][]): string => {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
};
