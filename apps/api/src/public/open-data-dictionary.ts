// The data dictionary and licence of the open dataset, published at /api/public/open-data (one owner for both the
// route and the OpenAPI document).
import type { OPEN_DATA_COLUMNS } from '@thidua/api';
import type { LocalizedText } from '@thidua/domain';

type Column = (typeof OPEN_DATA_COLUMNS)[number];

export const OPEN_DATA_DICTIONARY: Readonly<Record<Column, { vi: string; en: string; type: string }>> = {
  year: { vi: 'Năm báo cáo của phong trào', en: 'Reporting year of the movement', type: 'integer' },
  unit_id: { vi: 'Mã đơn vị (ổn định, không đổi khi đổi tên)', en: 'Unit ID (stable across renames)', type: 'string' },
  unit_name: { vi: 'Tên đơn vị tại thời điểm công bố', en: 'Unit name when published', type: 'string' },
  unit_kind: {
    vi: 'Loại đối tượng thi đua: department (cơ quan), commune (xã, thị trấn), enterprise (doanh nghiệp)',
    en: 'Participant kind: department, commune or enterprise',
    type: 'string',
  },
  item_id: {
    vi: 'Mã tiêu chí (C-…) hoặc chỉ số ngành (I-…) theo Kế hoạch',
    en: 'Criterion (C-…) or sector indicator (I-…) ID from the plan',
    type: 'string',
  },
  item_label_vi: { vi: 'Tên tiêu chí hoặc chỉ số (tiếng Việt)', en: 'Label in Vietnamese', type: 'string' },
  item_label_en: { vi: 'Tên tiêu chí hoặc chỉ số (tiếng Anh)', en: 'Label in English', type: 'string' },
  measure: {
    vi: 'Cách đo: percent (%), count (số lượng), boolean (1 = có, 0 = không), score (điểm), rank (thứ hạng)',
    en: 'Measure: percent, count, boolean (1 = yes, 0 = no), score, rank',
    type: 'string',
  },
  value: { vi: 'Giá trị đã được duyệt', en: 'The approved value', type: 'number' },
  source: {
    vi: 'Nguồn: unit_report (báo cáo năm của đơn vị) hoặc sector_report (báo cáo của phòng chuyên môn theo ngành)',
    en: 'Source: unit_report (a unit’s yearly report) or sector_report (a sector office’s report)',
    type: 'string',
  },
  approved_at: {
    vi: 'Thời điểm Phòng Văn hóa và Thông tin duyệt (ISO 8601, UTC)',
    en: 'When the Culture & Information office approved it (ISO 8601, UTC)',
    type: 'string',
  },
};

export const OPEN_DATA_LICENCE_ID = 'CC-BY-4.0';

/** The licence, crediting whoever runs the movement as its file names them (every office publishes under its name). */
export const openDataLicence = (movement: { issuer: LocalizedText; name: LocalizedText }) => ({
  id: OPEN_DATA_LICENCE_ID,
  url: 'https://creativecommons.org/licenses/by/4.0/',
  vi: `Dữ liệu mở theo giấy phép CC BY 4.0: được tự do sử dụng, chia sẻ, chỉnh sửa, kể cả cho mục đích thương mại, với điều kiện ghi nguồn "${movement.issuer.vi} – ${movement.name.vi}".`,
  en: `Open data under CC BY 4.0: free to use, share and adapt, commercially too, crediting "${movement.issuer.en} – ${movement.name.en}".`,
});
