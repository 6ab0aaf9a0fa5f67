// What this module is about: its sector programme, the indicator it keeps in focus, and why (from the plan's text).
export const SECTOR_ID = 'S-RESIDENTS';
export const KEY_INDICATOR = 'I-RESIDENTS-CLEAN';

export const FOCUS = {
  title: { vi: 'Dữ liệu dân cư đúng, đủ, sạch, sống', en: 'Population data correct, complete, clean, alive' },
  why: {
    vi: 'Kế hoạch yêu cầu cập nhật thường xuyên thông tin công dân trong cơ sở dữ liệu quốc gia về dân cư, bảo đảm luôn đúng, đủ, sạch, sống (II.3.9.k).',
    en: "The plan asks that citizens' records in the national population database be kept correct, complete, clean and alive (II.3.9.k).",
  },
};
