// Reads one cell the way district staff type it: "84,99", "85%", "có", "x", "không".
import type { Criterion } from '@thidua/domain';

export type CellResult = { ok: true; value: number | boolean | null } | { ok: false; vi: string; en: string };

const TRUE_WORDS = new Set(['true', 'yes', 'y', 'có', 'co', 'x', '1', 'đạt', 'dat']);
const FALSE_WORDS = new Set(['false', 'no', 'n', 'không', 'khong', '0', 'chưa đạt', 'chua dat', 'không đạt']);

export const parseBoolean = (raw: string): boolean | null | undefined => {
  const v = raw.trim().toLowerCase();
  if (v === '') return null;
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return undefined;
};

export const parseNumber = (raw: string): number | null | undefined => {
  const v = raw.trim().replace(/%$/, '').trim();
  if (v === '') return null;
  // One decimal comma (Vietnamese) or one decimal point; no thousands separators in percentages.
  if (!/^-?\d+(?:[.,]\d+)?$/.test(v)) return undefined;
  return Number(v.replace(',', '.'));
};

export const readCell = (criterion: Criterion, raw: string): CellResult => {
  if (criterion.measure.kind === 'boolean') {
    const b = parseBoolean(raw);
    return b === undefined
      ? { ok: false, vi: `"${raw}" không phải có/không`, en: `"${raw}" is not yes/no` }
      : { ok: true, value: b };
  }
  const n = parseNumber(raw);
  return n === undefined ? { ok: false, vi: `"${raw}" không phải là số`, en: `"${raw}" is not a number` } : { ok: true, value: n };
};
