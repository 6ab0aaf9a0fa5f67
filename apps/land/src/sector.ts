// What this module is about: its sector programme, the indicator it keeps in focus, and why (from the plan's text).
export const SECTOR_ID = 'S-LAND-ENV';
export const KEY_INDICATOR = 'I-LAND-DIGITAL-MAP';

export const FOCUS = {
  title: { vi: 'Cơ sở dữ liệu đất đai số', en: 'Digital land database' },
  why: {
    vi: 'Kế hoạch yêu cầu xây dựng cơ sở dữ liệu quản lý đất đai, tài nguyên, khoáng sản, bản đồ số (II.3.9.g); cơ sở dữ liệu đất đai là một trong các cơ sở dữ liệu nền tảng phải hoàn thành 100% (mục tiêu 1.4).',
    en: 'The plan asks for land, resource and mineral databases and digital maps (II.3.9.g); land is one of the base databases to complete 100% (goal 1.4).',
  },
};
