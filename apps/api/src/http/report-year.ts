// The reporting year in a route's path (/…/:year): one of the plan's reporting years, or a readable refusal.
export const reportYearOf = (raw: string): number | null => {
  const year = Number(raw);
  return Number.isInteger(year) && year >= 2022 && year <= 2025 ? year : null;
};

export const BAD_YEAR = { error: { code: 'BAD_REQUEST', message: 'Năm báo cáo phải từ 2022 đến 2025 | The year must be 2022 to 2025' } };
