// Numbers as officials type them: Vietnamese first ("1.200", "1 200", "1.000,5", "85,5 %"), English accepted
// ("1,200.5"). One reading is taken only when it is the only sensible one; "1.000" in a field that takes decimals could
// be one thousand (Vietnamese grouping) or one (an English decimal point), so the caller gets both readings to ask
// about instead of a silent guess. The form, the Excel import and the CSV reader all read numbers here.

export type NumberReading =
  | { ok: true; value: number }
  | { ok: false; problem: 'not-a-number' }
  /** Two sensible readings: ask which one was meant (values in the order Vietnamese, English). */
  | { ok: false; problem: 'ambiguous'; readings: [number, number] };

export interface NumberField {
  /** Counts and ranks: a decimal reading is not sensible there. */
  integer: boolean;
}

const NOT_A_NUMBER: NumberReading = { ok: false, problem: 'not-a-number' };

/** "1.234.567" with the separator given: every group after the first has exactly three digits. */
const grouped = (text: string, separator: string): boolean => {
  const groups = text.split(separator);
  return groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
};

const plain = (digits: string): number | null => (/^\d+$/.test(digits) ? Number(digits) : null);

/** Whole part (with optional grouping by `thousands`) and fraction digits. */
const compose = (whole: string, thousands: string, fraction: string | null): number | null => {
  const integer = grouped(whole, thousands) ? Number(whole.split(thousands).join('')) : plain(whole);
  if (integer === null) return null;
  if (fraction === null) return integer;
  return /^\d+$/.test(fraction) ? Number(`${integer}.${fraction}`) : null;
};

const unsigned = (text: string, field: NumberField): NumberReading => {
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  const answer = (value: number | null): NumberReading => (value === null ? NOT_A_NUMBER : { ok: true, value });
  if (dots === 0 && commas === 0) return answer(plain(text));
  if (dots > 0 && commas > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands ("1.000,5", "1,000.5").
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const at = text.lastIndexOf(decimal);
    if (text.split(decimal).length - 1 !== 1) return answer(null);
    return answer(compose(text.slice(0, at), thousands, text.slice(at + 1)));
  }
  const mark = dots > 0 ? '.' : ',';
  const count = dots + commas;
  // Several of one mark can only group thousands ("1.000.000", "1,000,000").
  if (count > 1) return answer(grouped(text, mark) ? Number(text.split(mark).join('')) : null);
  const [whole, fraction] = text.split(mark) as [string, string];
  if (!/^\d+$/.test(whole) || !/^\d+$/.test(fraction)) return answer(null);
  const asDecimal = Number(`${whole}.${fraction}`);
  // One mark with three digits after it and a short whole part: grouping or a decimal mark, both sensible.
  if (fraction.length === 3 && whole.length <= 3 && whole !== '0') {
    const asThousands = Number(whole + fraction);
    if (field.integer) return { ok: true, value: asThousands };
    // Vietnamese reads "1.000" as one thousand and "1,000" as one; English the other way round.
    return mark === '.'
      ? { ok: false, problem: 'ambiguous', readings: [asThousands, asDecimal] }
      : { ok: false, problem: 'ambiguous', readings: [asDecimal, asThousands] };
  }
  return { ok: true, value: asDecimal };
};

/** Reads a typed or imported number; a trailing "%" (with or without a space) is allowed and does not scale. */
export const parseOfficialNumber = (raw: string, field: NumberField): NumberReading => {
  let text = raw.trim().replace(/\s*%$/, '');
  const negative = text.startsWith('-');
  if (/^[+-]/.test(text)) text = text.slice(1).trimStart();
  // Spaces (also the no-break and thin ones) group the whole part's thousands, in threes: "1 200", "1 200,5".
  if (/[\s\u00a0\u202f\u2009]/.test(text)) {
    const spaced = text.replace(/[\s\u00a0\u202f\u2009]+/g, ' ');
    const cut = spaced.search(/[.,]/);
    const whole = cut < 0 ? spaced : spaced.slice(0, cut);
    const rest = cut < 0 ? '' : spaced.slice(cut);
    if (rest.includes(' ') || !grouped(whole, ' ')) return NOT_A_NUMBER;
    text = whole.replaceAll(' ', '') + rest;
  }
  if (text === '' || !/^[\d.,]+$/.test(text)) return NOT_A_NUMBER;
  const reading = unsigned(text, field);
  const signed = (v: number) => (negative ? -v : v);
  if (!reading.ok)
    return reading.problem === 'ambiguous'
      ? { ok: false, problem: 'ambiguous', readings: [signed(reading.readings[0]), signed(reading.readings[1])] }
      : reading;
  const value = signed(reading.value);
  return Number.isFinite(value) ? { ok: true, value } : NOT_A_NUMBER;
};
