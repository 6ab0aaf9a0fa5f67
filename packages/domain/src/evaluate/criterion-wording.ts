// Short texts for a criterion result, built once per criterion so evaluation stays fast.
import { formatNumberEn, formatNumberVi } from '../i18n/format-number.js';
import { COMPARATOR_SYMBOL, type Measure } from '../movement/measure.schema.js';

export interface CriterionWording {
  requirementVi: string;
  requirementEn: string;
  valueVi(value: number): string;
  valueEn(value: number): string;
  expectedVi: string;
  expectedEn: string;
}

const unitFor = (m: Measure): { vi: (s: string) => string; en: (s: string) => string } => {
  switch (m.kind) {
    case 'percent':
      return { vi: (s) => `${s}%`, en: (s) => `${s}%` };
    case 'score':
      return { vi: (s) => `${s}/${formatNumberVi(m.max)} điểm`, en: (s) => `${s}/${formatNumberEn(m.max)} points` };
    case 'rank':
      return { vi: (s) => `hạng ${s}`, en: (s) => `rank ${s}` };
    default:
      return { vi: (s) => s, en: (s) => s };
  }
};

export const criterionWording = (m: Measure): CriterionWording => {
  if (m.kind === 'boolean') {
    return {
      requirementVi: 'yêu cầu: Có',
      requirementEn: 'required: yes',
      valueVi: () => '',
      valueEn: () => '',
      expectedVi: 'có/không',
      expectedEn: 'yes/no',
    };
  }
  const unit = unitFor(m);
  const sym = COMPARATOR_SYMBOL[m.op];
  const expected =
    m.kind === 'percent'
      ? { vi: 'tỷ lệ phần trăm từ 0 đến 100', en: 'a percentage from 0 to 100' }
      : m.kind === 'score'
        ? { vi: `điểm từ 0 đến ${formatNumberVi(m.max)}`, en: `a score from 0 to ${formatNumberEn(m.max)}` }
        : m.kind === 'rank'
          ? { vi: 'thứ hạng là số nguyên từ 1', en: 'a whole-number rank from 1' }
          : { vi: 'số nguyên không âm', en: 'a whole number ≥ 0' };
  return {
    requirementVi: `yêu cầu ${sym} ${unit.vi(formatNumberVi(m.threshold))}`,
    requirementEn: `required ${sym} ${unit.en(formatNumberEn(m.threshold))}`,
    valueVi: (v) => unit.vi(formatNumberVi(v, m.threshold)),
    valueEn: (v) => unit.en(formatNumberEn(v, m.threshold)),
    expectedVi: expected.vi,
    expectedEn: expected.en,
  };
};
