// The registers the five sector offices with a module of their own keep (II.3.9): the things each programme is about,
// one item per school, health facility, producer, dataset or village, from which the sector's shares are computed.
import { text } from '../../i18n/localized-text.js';
import type { RegisterInput } from '../../sectors/register.schema.js';

const yesNo = (id: string, vi: string, en: string) => ({ id, label: text(vi, en), kind: 'yes_no' as const });
const percent = (id: string, vi: string, en: string) => ({ id, label: text(vi, en), kind: 'percent' as const });
const option = (id: string, vi: string, en: string) => ({ id, label: text(vi, en) });

/** Schools by level; a school counts as transformed when it has e-records, online enrolment and a connection. */
const schools: RegisterInput = {
  id: 'REG-EDUCATION-SCHOOLS',
  label: text('Cơ sở giáo dục', 'School'),
  source: 'II.3.9.b',
  fields: [
    {
      id: 'level',
      label: text('Cấp học', 'Level'),
      kind: 'choice',
      options: [
        option('preschool', 'Mầm non', 'Preschool'),
        option('primary', 'Tiểu học', 'Primary'),
        option('lower_secondary', 'Trung học cơ sở', 'Lower secondary'),
        option('continuing', 'Giáo dục nghề nghiệp - giáo dục thường xuyên', 'Vocational and continuing education'),
      ],
    },
    yesNo('e_records', 'Hồ sơ, học bạ điện tử', 'Electronic records'),
    yesNo('online_enrolment', 'Tuyển sinh trực tuyến', 'Online enrolment'),
    yesNo('connected', 'Kết nối Internet tốc độ cao', 'High-speed connection'),
  ],
  rollups: [
    {
      kind: 'share_all_yes',
      indicatorId: 'I-EDUCATION-SCHOOLS-DX',
      fields: ['e_records', 'online_enrolment', 'connected'],
    },
  ],
};

const healthFacilities: RegisterInput = {
  id: 'REG-HEALTH-FACILITIES',
  label: text('Cơ sở y tế', 'Health facility'),
  source: 'II.3.9.a',
  fields: [
    {
      id: 'kind',
      label: text('Loại cơ sở', 'Kind'),
      kind: 'choice',
      options: [
        option('station', 'Trạm y tế xã', 'Commune health station'),
        option('centre', 'Trung tâm y tế', 'Health centre'),
        option('clinic', 'Phòng khám', 'Clinic'),
      ],
    },
    yesNo('emr', 'Hồ sơ bệnh án điện tử', 'Electronic medical records'),
    yesNo('cashless', 'Thanh toán viện phí không dùng tiền mặt', 'Cashless payment'),
    yesNo('telemedicine', 'Khám, chữa bệnh từ xa', 'Telemedicine'),
  ],
  rollups: [{ kind: 'share_yes', indicatorId: 'I-HEALTH-EMR', field: 'emr' }],
};

const producers: RegisterInput = {
  id: 'REG-AGRICULTURE-PRODUCERS',
  label: text('Hợp tác xã, sản phẩm OCOP', 'Cooperative or OCOP product'),
  source: 'II.3.9.d',
  fields: [
    {
      id: 'kind',
      label: text('Loại', 'Kind'),
      kind: 'choice',
      options: [option('cooperative', 'Hợp tác xã', 'Cooperative'), option('ocop', 'Sản phẩm OCOP', 'OCOP product')],
    },
    yesNo('traceable', 'Có mã truy xuất nguồn gốc', 'Traceability code'),
    yesNo('online', 'Bán trên sàn thương mại điện tử', 'Listed on an e-commerce platform'),
    percent('cashless', 'Tỷ lệ giao dịch không dùng tiền mặt', 'Share of cashless payments'),
  ],
  rollups: [
    { kind: 'count', indicatorId: 'I-AGRICULTURE-TRACE', field: 'traceable' },
    { kind: 'count', indicatorId: 'I-AGRICULTURE-OCOP-ONLINE', field: 'online' },
    { kind: 'mean', indicatorId: 'I-AGRICULTURE-CASHLESS', field: 'cashless' },
  ],
};

const landDatasets: RegisterInput = {
  id: 'REG-LAND-DATASETS',
  label: text('Bộ dữ liệu đất đai', 'Land dataset'),
  source: 'II.3.9.g',
  fields: [
    {
      id: 'dataset',
      label: text('Loại dữ liệu', 'Dataset'),
      kind: 'choice',
      options: [
        option('cadastre', 'Địa chính', 'Cadastre'),
        option('land_use_plan', 'Quy hoạch, kế hoạch sử dụng đất', 'Land-use plan'),
        option('land_price', 'Giá đất', 'Land prices'),
        option('minerals', 'Tài nguyên, khoáng sản', 'Resources and minerals'),
      ],
    },
    percent('progress', 'Tiến độ số hóa', 'Digitised so far'),
  ],
  rollups: [{ kind: 'mean', indicatorId: 'I-LAND-DIGITAL-MAP', field: 'progress' }],
};

/** Kept for the office's own follow-up: the plan's early-warning indicator is a yes/no per commune, entered as such. */
const monitoringPoints: RegisterInput = {
  id: 'REG-LAND-MONITORING',
  label: text('Điểm quan trắc môi trường', 'Environmental monitoring point'),
  source: 'II.3.9.g',
  fields: [
    {
      id: 'kind',
      label: text('Loại quan trắc', 'Kind'),
      kind: 'choice',
      options: [
        option('water', 'Nước', 'Water'),
        option('air', 'Không khí', 'Air'),
        option('hazard', 'Thiên tai', 'Natural hazards'),
      ],
    },
    yesNo('early_warning', 'Kết nối hệ thống cảnh báo sớm', 'Linked to early warning'),
  ],
};

const villages: RegisterInput = {
  id: 'REG-RESIDENTS-VILLAGES',
  label: text('Thôn, khu phố', 'Village or quarter'),
  source: 'II.3.9.k',
  fields: [
    percent('cleaned', 'Dữ liệu dân cư đã làm sạch ("đúng, đủ, sạch, sống")', 'Population data cleaned'),
    percent('vneid', 'Người dân đã kích hoạt VNeID', 'Residents with VNeID activated'),
  ],
  rollups: [
    { kind: 'mean', indicatorId: 'I-RESIDENTS-CLEAN', field: 'cleaned' },
    { kind: 'mean', indicatorId: 'I-RESIDENTS-ID', field: 'vneid' },
  ],
};

/** By sector ID. */
export const sectorRegisters: Record<string, RegisterInput[]> = {
  'S-HEALTH': [healthFacilities],
  'S-EDUCATION': [schools],
  'S-AGRICULTURE': [producers],
  'S-LAND-ENV': [landDatasets, monitoringPoints],
  'S-RESIDENTS': [villages],
};
