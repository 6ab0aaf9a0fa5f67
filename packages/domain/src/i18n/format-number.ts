// Numbers in explanations: Vietnamese uses a decimal comma. Kept free of Intl so it stays fast on hot paths.
const round = (value: number, digits: number): number => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

// Two decimals, unless rounding would print a value that missed its threshold as the threshold itself
// (99.999 shown as "100" next to "required = 100: not met").
const shown = (value: number, threshold?: number): number =>
  threshold !== undefined && value !== threshold && round(value, 2) === threshold ? round(value, 6) : round(value, 2);

export const formatNumberEn = (value: number, threshold?: number): string => String(shown(value, threshold));

export const formatNumberVi = (value: number, threshold?: number): string =>
  String(shown(value, threshold)).replace('.', ',');
