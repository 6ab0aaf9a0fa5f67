// The year in a route's path (/…/:year): four digits, or a readable refusal. Whether the movement reports in that year
// is the procedure's answer, which names the movement's own years.
export const reportYearOf = (raw: string): number | null => {
  const year = Number(raw);
  return /^\d{4}$/.test(raw) && Number.isInteger(year) ? year : null;
};

export const BAD_YEAR = {
  error: {
    code: 'BAD_REQUEST',
    message:
      'Năm báo cáo gồm 4 chữ số, là một năm báo cáo của phong trào | The year has 4 digits and is a reporting year of the movement',
  },
};
