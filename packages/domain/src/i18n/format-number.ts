// Numbers in explanations: Vietnamese uses a decimal comma. Kept free of Intl so it stays fast on hot paths.
const round = (value: number): number => Math.round(value * 100) / 100;

export const formatNumberEn = (value: number): string => String(round(value));

export const formatNumberVi = (value: number): string => String(round(value)).replace('.', ',');
