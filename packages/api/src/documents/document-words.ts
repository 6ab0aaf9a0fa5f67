// Words the documents share, so a commune is called the same and a score printed the same in every report.
export const KIND_LABEL = {
  department: 'Cơ quan, đơn vị',
  commune: 'Xã, thị trấn',
  enterprise: 'Doanh nghiệp',
} as const;

/** A criterion's or a target's verdict as the tables print it. */
export const VERDICT = { met: 'Đạt', not_met: 'Chưa đạt', missing: 'Chưa có số liệu' } as const;

/** 82.5 → "82,5"; at most two decimals, no trailing zeros. */
export const scoreVi = (n: number): string =>
  n
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace('.', ',');
