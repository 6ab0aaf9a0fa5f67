// What this module is about: its sector programme, the indicator it keeps in focus, and why (from the plan's text).
export const SECTOR_ID = 'S-AGRICULTURE';
export const KEY_INDICATOR = 'I-AGRICULTURE-CASHLESS';

export const FOCUS = {
  title: { vi: 'Thanh toán không dùng tiền mặt của nông dân', en: 'Cashless payments by farmers' },
  why: {
    vi: 'Kế hoạch khuyến khích nông dân chuyển sang giao dịch điện tử không dùng tiền mặt (II.3.9.d); mục tiêu 50% là mức huyện đặt ra để theo dõi.',
    en: "The plan encourages farmers to pay electronically (II.3.9.d); the 50% goal is the district's working mark.",
  },
};
