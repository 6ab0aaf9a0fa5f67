// The emulation criteria of the Ninh Sơn plan (V.1), with the plan's own wording kept in `quote`.
import { text } from '../../i18n/localized-text.js';
import type { MovementInput } from '../../movement/movement.schema.js';

const COLLECTIVES = ['department', 'commune', 'enterprise'] as const;

// ADR 0003: "đạt tỷ lệ điểm cao" is read as at least 80 % of the maximum DTI points by default.
const DTI = { kind: 'score', op: 'gte', threshold: 80, max: 100 } as const;
const DTI_NOTE = text(
  'Điểm Bộ chỉ số Chuyển đổi số tỉnh quy đổi về thang 100; "điểm cao" mặc định là từ 80 điểm (có thể cấu hình: ngưỡng điểm hoặc top-k).',
  'Provincial DTI points scaled to 100; "high" defaults to at least 80 (configurable: a minimum score or top-k rank).',
);

export const criteria: MovementInput['criteria'] = [
  {
    id: 'C-COL-LAUNCH',
    label: text(
      'Tổ chức phát động phong trào thiết thực, hiệu quả',
      'Launched the movement in a practical, effective way',
    ),
    source: 'V.1.1',
    quote: 'tổ chức phát động Phong trào thi đua Chuyển đổi số thiết thực hiệu quả',
    appliesTo: [...COLLECTIVES],
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
  {
    id: 'C-COL-REGISTERED',
    label: text('Có đăng ký thi đua', 'Registered for the movement'),
    source: 'V.1.1',
    quote: 'có đăng ký thi đua thực hiện Phong trào thi đua Chuyển đổi số',
    appliesTo: [...COLLECTIVES],
    valueFromAttribute: 'registered',
    measure: { kind: 'boolean' },
    evidence: 'none',
    note: text('Không đăng ký thì không được khen thưởng.', 'No registration, no award.'),
  },
  {
    id: 'C-COL-INITIATIVE',
    label: text(
      'Có sáng kiến, giải pháp trong lãnh đạo, chỉ đạo chuyển đổi số đạt kết quả tốt',
      'Has initiatives or solutions in leading DX with good results',
    ),
    source: 'V.1.1',
    quote:
      'có sáng kiến, giải pháp trong lãnh đạo, chỉ đạo thực hiện chuyển đổi số của cơ quan, đơn vị đạt kết quả tốt',
    appliesTo: [...COLLECTIVES],
    measure: { kind: 'count', op: 'gte', threshold: 1 },
    evidence: 'required',
    note: text('Số sáng kiến được công nhận.', 'Number of recognised initiatives.'),
  },
  {
    id: 'C-DEPT-TASKS',
    label: text(
      'Hoàn thành nhiệm vụ đúng hạn, có chất lượng; thực hiện tốt chế độ báo cáo theo KH 87/KH-UBND',
      'Completes assigned tasks on time with quality; keeps the reporting regime of Plan 87/KH-UBND',
    ),
    source: 'V.1.1.a',
    quote:
      'Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao và thực hiện tốt chế độ thông tin, báo cáo theo quy định tại Kế hoạch số 87/KH-UBND ngày 11/3/2022',
    appliesTo: ['department'],
    measure: { kind: 'boolean' },
    evidence: 'optional',
  },
  {
    id: 'C-DEPT-PRODUCTS',
    label: text(
      'Ứng dụng công nghệ số tạo sản phẩm, dịch vụ mới, thiết thực, đảm bảo an toàn thông tin',
      'Applies digital technology to create new, practical products or services that meet standards and cyber-safety',
    ),
    source: 'V.1.1.a',
    quote:
      'Thực hiện ứng dụng công nghệ số để tạo ra các sản phẩm, dịch vụ mới và thiết thực trong các ngành, lĩnh vực',
    appliesTo: ['department'],
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
  {
    id: 'C-DEPT-DOSSIERS',
    label: text(
      'Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (trừ hồ sơ mật)',
      'Share of work dossiers processed online (state secrets excluded)',
    ),
    source: 'V.1.1.a',
    quote: 'đạt từ 85% trở lên',
    appliesTo: ['department'],
    measure: { kind: 'percent', op: 'gte', threshold: 85 },
    evidence: 'optional',
  },
  {
    id: 'C-DEPT-EDOCS',
    label: text(
      'Tỷ lệ báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) gửi, nhận điện tử',
      'Share of periodic reports and administrative documents (secret excluded) sent and received electronically',
    ),
    source: 'V.1.1.a',
    quote: '100% chế độ báo cáo định kỳ và văn bản hành chính (trừ văn bản Mật) được gửi nhận bằng văn bản điện tử',
    appliesTo: ['department'],
    measure: { kind: 'percent', op: 'eq', threshold: 100 },
    evidence: 'optional',
  },
  {
    id: 'C-DEPT-SHAREDDB',
    label: text(
      'Tỷ lệ cơ sở dữ liệu dùng chung kết nối liên thông qua nền tảng LGSP',
      'Share of shared databases connected through the LGSP integration platform',
    ),
    source: 'V.1.1.a',
    quote:
      'Tối thiểu 70% có hệ thống cơ sở dữ liệu dùng chung trên phạm vi toàn huyện, kết nối liên thông qua nền tảng tích hợp và chia sẻ dữ liệu dùng chung (LGSP)',
    appliesTo: ['department'],
    measure: { kind: 'percent', op: 'gte', threshold: 70 },
    evidence: 'optional',
    note: text(
      'Mẫu số: số cơ sở dữ liệu dùng chung của đơn vị theo danh mục của huyện; tử số: số đã kết nối qua LGSP.',
      'Denominator: the unit’s shared databases in the district catalogue; numerator: those connected through LGSP.',
    ),
  },
  {
    id: 'C-DEPT-DTI',
    label: text(
      'Đạt tỷ lệ điểm cao theo Bộ chỉ số đánh giá Chuyển đổi số tỉnh',
      'High score on the provincial DX index (DTI)',
    ),
    source: 'V.1.1.a',
    quote: 'Đạt tỷ lệ điểm cao theo Bộ chỉ số đánh giá Chuyển đổi số tỉnh Ninh Thuận',
    appliesTo: ['department'],
    measure: DTI,
    evidence: 'optional',
    note: DTI_NOTE,
  },
  {
    id: 'C-COMM-EFFECTIVE',
    label: text(
      'Tổ chức phong trào thiết thực, hiệu quả; có nhiều sáng kiến, giải pháp đạt kết quả tốt',
      'Organises the movement effectively, with initiatives that give good results',
    ),
    source: 'V.1.1.b',
    quote: 'Tổ chức phong trào thi đua thiết thực hiệu quả; có nhiều sáng kiến, giải pháp',
    appliesTo: ['commune'],
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
  {
    id: 'C-COMM-DOSSIERS',
    label: text(
      'Tỷ lệ hồ sơ công việc cấp xã xử lý trên môi trường mạng',
      'Share of commune-level work dossiers processed online',
    ),
    source: 'V.1.1.b',
    quote: 'đạt từ 65% trở lên',
    appliesTo: ['commune'],
    measure: { kind: 'percent', op: 'gte', threshold: 65 },
    evidence: 'optional',
  },
  {
    id: 'C-COMM-EDOCS',
    label: text(
      'Tỷ lệ báo cáo định kỳ và văn bản hành chính gửi, nhận điện tử',
      'Share of periodic reports and administrative documents sent and received electronically',
    ),
    source: 'V.1.1.b',
    quote: '100% chế độ báo cáo định kỳ và văn bản hành chính (trừ văn bản Mật) được gửi, nhận bằng văn bản điện tử',
    appliesTo: ['commune'],
    measure: { kind: 'percent', op: 'eq', threshold: 100 },
    evidence: 'optional',
  },
  {
    id: 'C-COMM-SOCIOREPORTS',
    label: text(
      'Tỷ lệ báo cáo kinh tế - xã hội định kỳ thực hiện trên phần mềm báo cáo của tỉnh',
      'Share of periodic socio-economic reports made on the provincial reporting software',
    ),
    source: 'V.1.1.b',
    quote:
      '100% báo cáo định kỳ về chỉ tiêu phát triển kinh tế - xã hội được thực hiện trên hệ thống phần mềm báo cáo của tỉnh',
    appliesTo: ['commune'],
    measure: { kind: 'percent', op: 'eq', threshold: 100 },
    evidence: 'optional',
  },
  {
    id: 'C-COMM-DTI',
    label: text(
      'Đạt tỷ lệ điểm cao theo Bộ chỉ số đánh giá Chuyển đổi số tỉnh',
      'High score on the provincial DX index (DTI)',
    ),
    source: 'V.1.1.b',
    quote: 'Đạt tỷ lệ điểm cao theo Bộ chỉ số đánh giá Chuyển đổi số tỉnh Ninh Thuận',
    appliesTo: ['commune'],
    measure: DTI,
    evidence: 'optional',
    note: DTI_NOTE,
  },
  {
    id: 'C-ENT-DIGITAL',
    label: text(
      'Ứng dụng công nghệ số tạo sản phẩm, dịch vụ mới',
      'Applies digital technology to create new products or services',
    ),
    source: 'V.1.1.c',
    quote:
      'Thực hiện ứng dụng công nghệ số để tạo ra các sản phẩm, dịch vụ mới trong các ngành, lĩnh vực kinh tế - xã hội',
    appliesTo: ['enterprise'],
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
  {
    id: 'C-ENT-MAKEINVN',
    label: text(
      'Làm chủ công nghệ số, chuyển từ lắp ráp, gia công sang sản phẩm "Made in Việt Nam"',
      'Masters digital technology, moving from assembly and outsourcing to products made in Vietnam',
    ),
    source: 'V.1.1.c',
    quote: 'Các doanh nghiệp công nghệ thông tin nghiên cứu, phát triển, làm chủ công nghệ số ... “Made in Việt Nam”',
    appliesTo: ['enterprise'],
    applicability: {
      attribute: 'isItEnterprise',
      equals: true,
      label: text('chỉ áp dụng cho doanh nghiệp công nghệ thông tin', 'applies to IT enterprises only'),
    },
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
  {
    id: 'C-IND-ACTIVE',
    label: text('Tích cực tham gia phong trào thi đua Chuyển đổi số', 'Actively takes part in the movement'),
    source: 'V.1.2',
    quote: 'tích cực tham gia phong trào thi đua Chuyển đổi số',
    appliesTo: ['individual'],
    measure: { kind: 'boolean' },
    evidence: 'optional',
  },
  {
    id: 'C-IND-INITIATIVE',
    label: text(
      'Có sáng kiến, giải pháp hữu ích được công nhận và nhân rộng trên địa bàn huyện',
      'Has a useful initiative recognised and replicated across the district',
    ),
    source: 'V.1.2',
    quote: 'Có sáng kiến, giải pháp hữu ích được công nhận và nhân rộng trên địa bàn toàn huyện',
    appliesTo: ['individual'],
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
  {
    id: 'C-IND-POLICY',
    label: text(
      'Trực tiếp xây dựng, tham mưu, tổ chức thực hiện cơ chế, chính sách thúc đẩy chuyển đổi số',
      'Drafted, advised on, implemented or inspected policies that ease digital transformation',
    ),
    source: 'V.1.2',
    quote:
      'Trực tiếp xây dựng, ban hành hoặc tham mưu cấp có thẩm quyền ban hành, tổ chức thực hiện, kiểm tra việc thực hiện cơ chế, chính sách, hướng dẫn',
    appliesTo: ['individual'],
    measure: { kind: 'boolean' },
    evidence: 'required',
  },
];
