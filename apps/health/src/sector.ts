// What this module is about: its sector programme, the indicator it keeps in focus, and why (from the plan's text).
export const SECTOR_ID = 'S-HEALTH';
export const KEY_INDICATOR = 'I-HEALTH-EMR';

export const FOCUS = {
  title: { vi: 'Hồ sơ bệnh án điện tử', en: 'Electronic medical records' },
  why: {
    vi: 'Kế hoạch yêu cầu ứng dụng công nghệ số toàn diện tại các cơ sở khám chữa bệnh, sử dụng hồ sơ bệnh án điện tử (II.3.9.a).',
    en: 'The plan asks for digital technology throughout health facilities, with electronic medical records (II.3.9.a).',
  },
};
