import { hasRole, useMe } from '../lib/me';
import { Link } from '../lib/router';
import { navFor } from '../nav';
import { WorklistPanel } from './worklist';

const DESCRIPTIONS: Readonly<Record<string, string>> = {
  '/phong-trao': 'Các phong trào đang phát động, các đợt và hạn đề nghị khen thưởng.',
  '/de-nghi': 'Lập đề nghị, theo dõi trạng thái, bổ sung hồ sơ khi bị trả lại.',
  '/tham-dinh': 'Kiểm tra hồ sơ các đơn vị gửi: tiếp nhận hoặc trả lại kèm lý do từng tài liệu.',
  '/ty-le': 'Số đề nghị của từng đơn vị so với tỷ lệ tối đa (ví dụ CSTĐCS ≤ 15 % số LĐTT).',
  '/thong-ke': 'Số đề nghị theo giai đoạn, hình thức và cơ quan; thời gian xử lý từng bước so với hạn.',
  '/in-phoi': 'In Bằng khen, Giấy khen của quyết định đã ký lên phôi của tỉnh; in trang thử để căn vị trí.',
  '/bieu-thong-ke':
    'Biểu 0601.N, 0602.N, 0603.N theo Thông tư 02/2023/TT-BNV của một năm hoặc một kỳ; xuất Excel đúng mẫu.',
  '/thu-ngung-gui': 'Địa chỉ trong danh bạ mà thư bị trả lại hoặc bị báo rác; gửi lại khi đã khắc phục.',
  '/hoi-dong': 'Mở phiên họp, bỏ phiếu, kiểm phiếu theo số thành viên tối thiểu và tỷ lệ thông qua.',
  '/quyet-dinh': 'Chọn các đề nghị đã được thông qua, ký một quyết định hoặc một tờ trình cho tất cả.',
  '/tinh': 'Hồ sơ các Sở trình: tiếp nhận, thẩm định, trả lại Sở khi cần bổ sung.',
  '/tra-cuu': 'Tìm cá nhân theo họ tên và xem quá trình khen thưởng.',
  '/quan-tri/nguoi-dung': 'Tạo tài khoản, đổi vai trò, vô hiệu hóa hoặc kích hoạt lại người dùng.',
  '/quan-tri/co-quan': 'Tên, mã của các cơ quan, phòng, ban và địa chỉ nhận thông báo.',
  '/quan-tri/nhat-ky': 'Mọi thao tác trong hệ thống theo tháng: ai, khi nào, làm gì; lọc và xuất Excel.',
};

/** The start page: what this person can do, one card per task, in the order of the route. */
export function HomeScreen() {
  const me = useMe();
  const tasks = navFor(me.roles).filter((item) => item.href !== '/');
  return (
    <>
      <h1>Xin chào, {me.name}</h1>
      {hasRole(me, 'unit_officer') ? (
        <p>
          Bắt đầu bằng <Link href="/de-nghi/moi">lập đề nghị khen thưởng mới</Link>; bản nháp được lưu tự
          động.
        </p>
      ) : null}
      <WorklistPanel />
      <h2>Chức năng</h2>
      <ul class="cards" aria-label="Công việc">
        {tasks.map((item) => (
          <li key={item.href} class="card" style={{ listStyle: 'none' }}>
            <h3>
              <Link href={item.href}>{item.label}</Link>
            </h3>
            <p>{DESCRIPTIONS[item.href]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
