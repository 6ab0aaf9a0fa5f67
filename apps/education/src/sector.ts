// What this module is about: its sector programme, the indicator it keeps in focus, and why (from the plan's text).
export const SECTOR_ID = 'S-EDUCATION';
export const KEY_INDICATOR = 'I-EDUCATION-SCHOOLS-DX';

export const FOCUS = {
  title: { vi: 'Chuyển đổi số 100% cơ sở giáo dục', en: '100% of schools digitally transformed' },
  why: {
    vi: 'Chỉ tiêu duy nhất của chương trình giáo dục trong kế hoạch: chuyển đổi số 100% cơ sở giáo dục, đào tạo trực thuộc huyện (II.3.9.b).',
    en: 'The one figure the plan sets for education: every school and training centre of the district digitally transformed (II.3.9.b).',
  },
};
