// Reads one cell the way district staff type it: "84,99", "85%", "1.200", "có", "x", "không". Figures are read by the
// domain's one reader, as the form and the Excel import read them.
import { readMeasureValue, unambiguousSpellings, type Criterion } from '@thidua/domain';

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

export const readCell = (criterion: Criterion, raw: string): CellResult => {
  if (criterion.measure.kind === 'boolean') {
    const b = parseBoolean(raw);
    return b === undefined
      ? { ok: false, vi: `"${raw}" không phải có/không`, en: `"${raw}" is not yes/no` }
      : { ok: true, value: b };
  }
  if (raw.trim() === '') return { ok: true, value: null };
  const n = readMeasureValue(criterion.measure, raw);
  if (n.ok) return n;
  if (n.problem === 'ambiguous') {
    const [first, second] = unambiguousSpellings(n.readings);
    return {
      ok: false,
      vi: `"${raw}" có thể là ${first} hoặc ${second}: hãy ghi ${first} hoặc ${second}, không dùng dấu phân cách hàng nghìn`,
      en: `"${raw}" could be ${n.readings[0]} or ${n.readings[1]}: write it without a thousands separator`,
    };
  }
  return n.problem === 'out-of-range'
    ? { ok: false, vi: `"${raw}" ngoài phạm vi cho phép`, en: `"${raw}" is out of the allowed range` }
    : { ok: false, vi: `"${raw}" không phải là số`, en: `"${raw}" is not a number` };
};
