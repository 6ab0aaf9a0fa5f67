// Dates as Decree 30 writes them: "ngày 05 tháng 01 năm 2026" (a zero before days under 10 and months 1 and 2).

export const dateLine = (place: string, isoDate: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month <= 2 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
};

/** 28/12/2023 */
export const shortDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
};
