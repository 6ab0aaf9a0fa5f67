// The bodies named in section VI and the sector programmes of II.3.9, with the indicators that measure them.
import { text, type LocalizedText } from '../../i18n/localized-text.js';
import type { MovementInput } from '../../movement/movement.schema.js';
import type { IndicatorInput } from '../../movement/organisation.schema.js';
import { sectorRegisters } from './registers.js';

export const roles: MovementInput['roles'] = [
  {
    id: 'ROLE-CULTURE',
    body: text('Phòng Văn hóa và Thông tin', 'Culture & Information office'),
    duty: text(
      'Tham mưu, đôn đốc, theo dõi, kiểm tra; phối hợp Phòng Nội vụ tổng hợp báo cáo hằng năm, sơ kết, tổng kết',
      'Coordinates, monitors and inspects; compiles the yearly, interim and final reports with Home Affairs',
    ),
    source: 'VI.3',
  },
  {
    id: 'ROLE-HOME-AFFAIRS',
    body: text('Phòng Nội vụ', 'Home Affairs office'),
    duty: text(
      'Hướng dẫn khen thưởng, thẩm định hồ sơ đề nghị khen thưởng, tham mưu Hội đồng Thi đua - Khen thưởng',
      'Issues award guidance, appraises nomination dossiers, advises the council',
    ),
    source: 'VI.4',
  },
  {
    id: 'ROLE-COUNCIL',
    body: text('Hội đồng Thi đua - Khen thưởng huyện', 'District emulation and commendation council'),
    duty: text('Xét, bỏ phiếu đề nghị khen thưởng', 'Reviews and votes on nominations'),
    source: 'VI.4.2',
  },
  {
    id: 'ROLE-CHAIR',
    body: text('Chủ tịch UBND huyện', 'Chairman of the District People’s Committee'),
    duty: text('Ký quyết định tặng Giấy khen', 'Signs the award decision'),
    source: 'V.2',
  },
  {
    id: 'ROLE-MEDIA',
    body: text(
      'Trung tâm Văn hóa - Thể thao và Truyền thanh huyện',
      'District Culture, Sports and Broadcasting Centre',
    ),
    duty: text('Tuyên truyền, nhân rộng mô hình mới, cách làm hay', 'Publishes and spreads good models and practices'),
    source: 'VI.5',
  },
  {
    id: 'ROLE-FRONT',
    body: text(
      'Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội',
      'Vietnam Fatherland Front committee and socio-political organisations',
    ),
    duty: text(
      'Vận động đoàn viên, hội viên và Nhân dân hưởng ứng phong trào',
      'Mobilise members and citizens to take part',
    ),
    source: 'VI.2',
  },
  {
    id: 'ROLE-UNIT',
    body: text('Cơ quan, đơn vị, xã, thị trấn, doanh nghiệp', 'Each office, commune, town and enterprise'),
    duty: text(
      'Ban hành kế hoạch, đăng ký thi đua, báo cáo hằng năm, đề xuất khen thưởng',
      'Issues its plan, registers, reports yearly, proposes nominees',
    ),
    source: 'VI.1; VI.7',
  },
];

// Sector indicators are the district's operational measures of the programme text, not figures from the plan: II.3.9
// names each programme and what it should achieve, and gives a number only for schools ("100% cơ sở giáo dục"). Each
// indicator quotes the words of the plan it measures, and is entered per commune and year by the sector's office. A
// goal (op and threshold) is the plan's where it gives one, else the district's working mark for the sector's module.
const PERCENT = text('%', '%');
const YES_NO = text('có/không', 'yes/no');

/** `goal`: the share every commune should reach, the district's working mark where the plan gives none. */
const percent = (id: string, label: LocalizedText, source: string, quote: string, goal?: number): IndicatorInput => ({
  id,
  label,
  unit: PERCENT,
  measure: goal === undefined ? { kind: 'percent' } : { kind: 'percent', op: 'gte', threshold: goal },
  source,
  quote,
  workingGoal: goal !== undefined,
});
const count = (
  id: string,
  label: LocalizedText,
  unit: LocalizedText,
  source: string,
  quote: string,
): IndicatorInput => ({ id, label, unit, measure: { kind: 'count' }, source, quote });
const yesNo = (id: string, label: LocalizedText, source: string, quote: string): IndicatorInput => ({
  id,
  label,
  unit: YES_NO,
  measure: { kind: 'boolean' },
  source,
  quote,
});

const sectorList: MovementInput['sectors'] = [
  {
    id: 'S-HEALTH',
    label: text('Y tế', 'Health'),
    highlights: text(
      'Khám, chữa bệnh từ xa; chăm sóc sức khỏe dựa trên công nghệ số; hồ sơ bệnh án điện tử',
      'Telemedicine; digital health care; electronic medical records',
    ),
    source: 'II.3.9.a',
    indicators: [
      percent(
        'I-HEALTH-EMR',
        text(
          'Tỷ lệ cơ sở khám, chữa bệnh (trạm y tế, phòng khám) sử dụng hồ sơ bệnh án điện tử',
          'Health facilities (health station, clinics) using electronic medical records',
        ),
        'II.3.9.a',
        'ứng dụng công nghệ số toàn diện tại các cơ sở khám chữa bệnh, sử dụng hồ sơ bệnh án điện tử',
        100,
      ),
      count(
        'I-HEALTH-TELEMED',
        text('Số lượt khám, chữa bệnh từ xa', 'Telemedicine consultations'),
        text('lượt', 'consultations'),
        'II.3.9.a',
        'Phát triển nền tảng hỗ trợ khám, chữa bệnh từ xa',
      ),
      percent(
        'I-HEALTH-RECORDS',
        text('Tỷ lệ người dân có hồ sơ sức khỏe điện tử', 'Residents with an electronic health record'),
        'II.3.9.a',
        'hệ thống chăm sóc sức khỏe và phòng bệnh, chữa bệnh dựa trên công nghệ số',
      ),
    ],
  },
  {
    id: 'S-EDUCATION',
    label: text('Giáo dục', 'Education'),
    highlights: text(
      'Số hóa tài liệu, giáo trình; chia sẻ tài nguyên dạy học; chuyển đổi số 100% cơ sở giáo dục trực thuộc huyện',
      'Digitised materials, shared teaching resources; 100% of district schools digitally transformed',
    ),
    source: 'II.3.9.b',
    indicators: [
      // The one sector figure the plan gives: every school and training centre of the district by 2025.
      {
        id: 'I-EDUCATION-SCHOOLS-DX',
        label: text(
          'Tỷ lệ cơ sở giáo dục, đào tạo trên địa bàn đã chuyển đổi số',
          'Schools and training centres digitally transformed',
        ),
        unit: PERCENT,
        measure: { kind: 'percent', op: 'eq', threshold: 100 },
        source: 'II.3.9.b',
        quote: 'Chuyển đổi số 100% cơ sở giáo dục, đào tạo trực thuộc huyện',
      },
      count(
        'I-EDUCATION-MATERIALS',
        text('Số tài liệu, giáo trình, bài giảng được số hóa và chia sẻ', 'Teaching materials digitised and shared'),
        text('học liệu', 'materials'),
        'II.3.9.b',
        'Số hóa tài liệu, giáo trình',
      ),
      count(
        'I-EDUCATION-IT-CLASSES',
        text(
          'Số lớp đào tạo, bồi dưỡng về công nghệ thông tin, chuyển đổi số',
          'IT and digital-transformation training classes',
        ),
        text('lớp', 'classes'),
        'II.3.9.b',
        'phát triển các cơ sở đào tạo, lớp đào tạo về công nghệ thông tin, chuyển đổi số',
      ),
    ],
  },
  {
    id: 'S-FINANCE',
    label: text('Tài chính - ngân hàng', 'Finance and banking'),
    highlights: text('Tài chính điện tử; thuế, kho bạc; ngân hàng số', 'E-finance; tax and treasury; digital banking'),
    source: 'II.3.9.c',
    indicators: [
      yesNo(
        'I-FINANCE-E-TREASURY',
        text(
          'Ngân sách xã giao dịch với Kho bạc Nhà nước qua dịch vụ công trực tuyến',
          'The commune budget deals with the State Treasury through online public services',
        ),
        'II.3.9.c',
        'Xây dựng tài chính điện tử',
      ),
      percent(
        'I-FINANCE-E-TAX',
        text('Tỷ lệ hộ kinh doanh khai, nộp thuế điện tử', 'Household businesses filing and paying tax electronically'),
        'II.3.9.c',
        'Triển khai ứng dụng toàn diện công nghệ số trong các ngành thuế, kho bạc',
      ),
      count(
        'I-FINANCE-DIGITAL-BANKING',
        text(
          'Số điểm kinh doanh chấp nhận thanh toán qua ngân hàng số (mã QR)',
          'Outlets accepting digital-banking payments (QR codes)',
        ),
        text('điểm', 'outlets'),
        'II.3.9.c',
        'cung cấp dịch vụ ngân hàng số',
      ),
    ],
  },
  {
    id: 'S-AGRICULTURE',
    label: text('Nông nghiệp', 'Agriculture'),
    highlights: text(
      'Nông nghiệp thông minh, chính xác; truy xuất nguồn gốc, mã vùng trồng; thương mại điện tử sản phẩm OCOP; thanh toán không dùng tiền mặt',
      'Smart and precision farming; traceability and planting-area codes; e-commerce for OCOP products; cashless payments',
    ),
    source: 'II.3.9.d',
    indicators: [
      count(
        'I-AGRICULTURE-TRACE',
        text('Số mã vùng trồng, sản phẩm có mã truy xuất nguồn gốc', 'Planting-area codes and traceable products'),
        text('mã', 'codes'),
        'II.3.9.d',
        'truy xuất nguồn gốc, mã vùng trồng',
      ),
      percent(
        'I-AGRICULTURE-CASHLESS',
        text('Tỷ lệ hộ nông dân giao dịch điện tử không dùng tiền mặt', 'Farm households paying cashless'),
        'II.3.9.d',
        'khuyến khích nông dân chuyển sang phương thức giao dịch điện tử không sử dụng tiền mặt',
        50,
      ),
      count(
        'I-AGRICULTURE-OCOP-ONLINE',
        text(
          'Số sản phẩm chủ lực, sản phẩm OCOP bán trên sàn thương mại điện tử',
          'Key and OCOP products sold on e-commerce platforms',
        ),
        text('sản phẩm', 'products'),
        'II.3.9.d',
        'thương mại điện tử tập trung vào các sản phẩm chủ lực, các sản phẩm OCOP',
      ),
    ],
  },
  {
    id: 'S-TRANSPORT',
    label: text('Giao thông vận tải', 'Transport'),
    highlights: text(
      'Giao thông thông minh; hậu cần điện tử cho nông sản',
      'Smart transport; e-logistics for farm produce',
    ),
    source: 'II.3.9.đ',
    indicators: [
      count(
        'I-TRANSPORT-SMART',
        text(
          'Số camera giám sát giao thông kết nối hệ thống giao thông thông minh',
          'Traffic cameras connected to the smart transport system',
        ),
        text('camera', 'cameras'),
        'II.3.9.đ',
        'Phát triển hệ thống giao thông thông minh',
      ),
      count(
        'I-TRANSPORT-E-LOGISTICS',
        text(
          'Số hợp tác xã, cơ sở kinh doanh nông sản sử dụng dịch vụ hậu cần điện tử',
          'Cooperatives and produce traders using e-logistics',
        ),
        text('cơ sở', 'businesses'),
        'II.3.9.đ',
        'phát triển hệ thống hậu cần điện tử (e-logistics) kết nối chuỗi giá trị nông sản',
      ),
    ],
  },
  {
    id: 'S-ECOMMERCE-ENERGY',
    label: text('Thương mại điện tử, năng lượng', 'E-commerce and energy'),
    highlights: text(
      'Nền tảng thương mại điện tử của huyện; sử dụng điện hiệu quả; năng lượng tái tạo',
      'District e-commerce platform; efficient power use; renewables',
    ),
    source: 'II.3.9.e',
    indicators: [
      count(
        'I-ECOMMERCE-SELLERS',
        text(
          'Số cơ sở sản xuất, kinh doanh bán hàng trên nền tảng thương mại điện tử của huyện',
          'Producers and traders selling on the district e-commerce platform',
        ),
        text('cơ sở', 'businesses'),
        'II.3.9.e',
        'Phát triển nền tảng thương mại điện tử của huyện trên môi trường số',
      ),
      percent(
        'I-ECOMMERCE-ENERGY-METERS',
        text(
          'Tỷ lệ hộ dùng điện được lắp công tơ điện tử đo xa',
          'Households with remote-read electronic power meters',
        ),
        'II.3.9.e',
        'Ứng dụng công nghệ trong việc cung ứng, sử dụng điện một cách hiệu quả, tiết kiệm',
      ),
      count(
        'I-ECOMMERCE-ENERGY-RENEWABLE',
        text(
          'Số công trình năng lượng tái tạo được giám sát, vận hành trên nền tảng số',
          'Renewable-energy installations monitored and run on digital platforms',
        ),
        text('công trình', 'installations'),
        'II.3.9.e',
        'đẩy mạnh chuyển đổi số trong lĩnh vực năng lượng tái tạo',
      ),
    ],
  },
  {
    id: 'S-LAND-ENV',
    label: text('Tài nguyên và môi trường', 'Land and environment'),
    highlights: text(
      'Cơ sở dữ liệu đất đai, tài nguyên, khoáng sản, bản đồ số; quan trắc môi trường, cảnh báo sớm thiên tai',
      'Databases for land, resources and minerals, digital maps; environmental monitoring, early disaster warning',
    ),
    source: 'II.3.9.g',
    indicators: [
      percent(
        'I-LAND-DIGITAL-MAP',
        text('Tỷ lệ thửa đất có trong cơ sở dữ liệu địa chính số', 'Land parcels in the digital cadastral database'),
        'II.3.9.g',
        'Xây dựng hệ thống cơ sở dữ liệu quản lý đất đai, tài nguyên, khoáng sản, bản đồ số',
        100,
      ),
      yesNo(
        'I-LAND-EARLY-WARNING',
        text(
          'Có hệ thống quan trắc, cảnh báo sớm thiên tai tự động trên địa bàn',
          'An automatic monitoring and early disaster-warning system covers the commune',
        ),
        'II.3.9.g',
        'quan trắc, giám sát, quản lý, xử lý sự cố môi trường, cảnh báo sớm thiên tai',
      ),
    ],
  },
  {
    id: 'S-INDUSTRY',
    label: text('Doanh nghiệp, công nghiệp', 'Enterprises and industry'),
    highlights: text(
      'Nhà máy thông minh, dịch vụ dữ liệu, kỹ năng số cho người lao động',
      'Smart factories, data services, digital skills',
    ),
    source: 'II.3.9.h',
    indicators: [
      count(
        'I-INDUSTRY-DX-ENTERPRISES',
        text(
          'Số doanh nghiệp ứng dụng nền tảng số trong quản trị, sản xuất, kinh doanh',
          'Enterprises using digital platforms to manage, produce and sell',
        ),
        text('doanh nghiệp', 'enterprises'),
        'II.3.9.h',
        'Chuyển đổi số trong doanh nghiệp theo hướng chú trọng phát triển các doanh nghiệp trụ cột',
      ),
      count(
        'I-INDUSTRY-DIGITAL-SKILLS',
        text('Số lượt người lao động được bồi dưỡng kỹ năng số', 'Workers trained in digital skills'),
        text('lượt người', 'trainees'),
        'II.3.9.h',
        'phát triển kỹ năng số cho người lao động',
      ),
    ],
  },
  {
    id: 'S-TOURISM',
    label: text('Du lịch', 'Tourism'),
    highlights: text(
      'Nội dung số 3D, 4D về điểm đến; thuyết minh du lịch tự động trên điện thoại',
      '3D/4D destination content; automatic audio guides on phones',
    ),
    source: 'II.3.9.i',
    indicators: [
      count(
        'I-TOURISM-DIGITAL-CONTENT',
        text(
          'Số điểm đến, sản phẩm du lịch có nội dung số 3D, 4D',
          'Destinations and tourism products with 3D/4D digital content',
        ),
        text('điểm', 'sites'),
        'II.3.9.i',
        'Chuẩn hóa nội dung số kết hợp công nghệ 3D, 4D',
      ),
      count(
        'I-TOURISM-AUDIO-GUIDE',
        text(
          'Số điểm du lịch có thuyết minh tự động qua thiết bị di động',
          'Tourist sites with automatic audio guides on phones',
        ),
        text('điểm', 'sites'),
        'II.3.9.i',
        'phát triển ứng dụng thuyết minh du lịch tự động qua thiết bị di động thông minh',
      ),
    ],
  },
  {
    id: 'S-RESIDENTS',
    label: text('Dân cư', 'Residents'),
    highlights: text(
      'Mã số định danh công dân; dữ liệu dân cư "đúng, đủ, sạch, sống"; kết nối cơ sở dữ liệu quốc gia về dân cư',
      'Citizen identity number as the key; population data kept correct, complete, clean and alive; connection to the national population database',
    ),
    source: 'II.3.9.k',
    indicators: [
      percent(
        'I-RESIDENTS-ID',
        text(
          'Tỷ lệ người dân đã kích hoạt tài khoản định danh điện tử (VNeID)',
          'Residents with an activated electronic ID (VNeID)',
        ),
        'II.3.9.k',
        'mã số định danh công dân, thông qua căn cước công dân',
      ),
      percent(
        'I-RESIDENTS-CLEAN',
        text(
          'Tỷ lệ thông tin công dân trong cơ sở dữ liệu quốc gia về dân cư đã rà soát “đúng, đủ, sạch, sống”',
          'Residents’ records in the national population database checked correct, complete, clean and alive',
        ),
        'II.3.9.k',
        'bảo đảm thông tin luôn “đúng, đủ, sạch, sống”',
        100,
      ),
      percent(
        'I-RESIDENTS-ONLINE-SERVICES',
        text(
          'Tỷ lệ hồ sơ dịch vụ công trực tuyến khai thác dữ liệu dân cư, không yêu cầu nộp lại giấy tờ',
          'Online public-service dossiers using population data instead of paper copies',
        ),
        'II.3.9.k',
        'cơ sở dữ liệu Quốc gia về dân cư để giải quyết các dịch vụ công trực tuyến',
      ),
    ],
  },
];

/** The sector programmes, each with the registers its office keeps (registers.ts). */
export const sectors: MovementInput['sectors'] = sectorList.map((s) =>
  sectorRegisters[s.id] ? { ...s, registers: sectorRegisters[s.id] } : s,
);
