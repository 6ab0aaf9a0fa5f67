// The bodies named in section VI and the sector programmes of II.3.9.
import { text } from '../../i18n/localized-text.js';
import type { MovementInput } from '../../movement/movement.schema.js';

export const roles: MovementInput['roles'] = [
  {
    id: 'ROLE-CULTURE',
    body: text('Phòng Văn hóa và Thông tin', 'Culture & Information office'),
    duty: text('Tham mưu, đôn đốc, theo dõi, kiểm tra; phối hợp Phòng Nội vụ tổng hợp báo cáo hằng năm, sơ kết, tổng kết', 'Coordinates, monitors and inspects; compiles the yearly, interim and final reports with Home Affairs'),
    source: 'VI.3',
  },
  {
    id: 'ROLE-HOME-AFFAIRS',
    body: text('Phòng Nội vụ', 'Home Affairs office'),
    duty: text('Hướng dẫn khen thưởng, thẩm định hồ sơ đề nghị khen thưởng, tham mưu Hội đồng Thi đua - Khen thưởng', 'Issues award guidance, appraises nomination dossiers, advises the council'),
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
    body: text('Trung tâm Văn hóa - Thể thao và Truyền thanh huyện', 'District Culture, Sports and Broadcasting Centre'),
    duty: text('Tuyên truyền, nhân rộng mô hình mới, cách làm hay', 'Publishes and spreads good models and practices'),
    source: 'VI.5',
  },
  {
    id: 'ROLE-FRONT',
    body: text('Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội', 'Vietnam Fatherland Front committee and socio-political organisations'),
    duty: text('Vận động đoàn viên, hội viên và Nhân dân hưởng ứng phong trào', 'Mobilise members and citizens to take part'),
    source: 'VI.2',
  },
  {
    id: 'ROLE-UNIT',
    body: text('Cơ quan, đơn vị, xã, thị trấn, doanh nghiệp', 'Each office, commune, town and enterprise'),
    duty: text('Ban hành kế hoạch, đăng ký thi đua, báo cáo hằng năm, đề xuất khen thưởng', 'Issues its plan, registers, reports yearly, proposes nominees'),
    source: 'VI.1; VI.7',
  },
];

export const sectors: MovementInput['sectors'] = [
  { id: 'S-HEALTH', label: text('Y tế', 'Health'), highlights: text('Khám, chữa bệnh từ xa; chăm sóc sức khỏe dựa trên công nghệ số; hồ sơ bệnh án điện tử', 'Telemedicine; digital health care; electronic medical records'), source: 'II.3.9.a' },
  { id: 'S-EDUCATION', label: text('Giáo dục', 'Education'), highlights: text('Số hóa tài liệu, giáo trình; chia sẻ tài nguyên dạy học; chuyển đổi số 100% cơ sở giáo dục trực thuộc huyện', 'Digitised materials, shared teaching resources; 100% of district schools digitally transformed'), source: 'II.3.9.b' },
  { id: 'S-FINANCE', label: text('Tài chính - ngân hàng', 'Finance and banking'), highlights: text('Tài chính điện tử; thuế, kho bạc; ngân hàng số', 'E-finance; tax and treasury; digital banking'), source: 'II.3.9.c' },
  { id: 'S-AGRICULTURE', label: text('Nông nghiệp', 'Agriculture'), highlights: text('Nông nghiệp thông minh, chính xác; truy xuất nguồn gốc, mã vùng trồng; thương mại điện tử sản phẩm OCOP; thanh toán không dùng tiền mặt', 'Smart and precision farming; traceability and planting-area codes; e-commerce for OCOP products; cashless payments'), source: 'II.3.9.d' },
  { id: 'S-TRANSPORT', label: text('Giao thông vận tải', 'Transport'), highlights: text('Giao thông thông minh; hậu cần điện tử cho nông sản', 'Smart transport; e-logistics for farm produce'), source: 'II.3.9.đ' },
  { id: 'S-ECOMMERCE-ENERGY', label: text('Thương mại điện tử, năng lượng', 'E-commerce and energy'), highlights: text('Nền tảng thương mại điện tử của huyện; sử dụng điện hiệu quả; năng lượng tái tạo', 'District e-commerce platform; efficient power use; renewables'), source: 'II.3.9.e' },
  { id: 'S-LAND-ENV', label: text('Tài nguyên và môi trường', 'Land and environment'), highlights: text('Cơ sở dữ liệu đất đai, tài nguyên, khoáng sản, bản đồ số; quan trắc môi trường, cảnh báo sớm thiên tai', 'Databases for land, resources and minerals, digital maps; environmental monitoring, early disaster warning'), source: 'II.3.9.g' },
  { id: 'S-INDUSTRY', label: text('Doanh nghiệp, công nghiệp', 'Enterprises and industry'), highlights: text('Nhà máy thông minh, dịch vụ dữ liệu, kỹ năng số cho người lao động', 'Smart factories, data services, digital skills'), source: 'II.3.9.h' },
  { id: 'S-TOURISM', label: text('Du lịch', 'Tourism'), highlights: text('Nội dung số 3D, 4D về điểm đến; thuyết minh du lịch tự động trên điện thoại', '3D/4D destination content; automatic audio guides on phones'), source: 'II.3.9.i' },
  { id: 'S-RESIDENTS', label: text('Dân cư', 'Residents'), highlights: text('Mã số định danh công dân; dữ liệu dân cư "đúng, đủ, sạch, sống"; kết nối cơ sở dữ liệu quốc gia về dân cư', 'Citizen identity number as the key; population data kept correct, complete, clean and alive; connection to the national population database'), source: 'II.3.9.k' },
];
