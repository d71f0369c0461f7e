import type { Role } from '../../shared/domain/vocabulary';

export interface NavItem {
  readonly href: string;
  readonly label: string;
  readonly roles: readonly Role[];
}

const SO = ['council_secretary', 'director'] as const satisfies readonly Role[];
const ALL_READERS = [
  'unit_officer',
  'council_secretary',
  'council_member',
  'director',
  'province_officer',
  'province_leader',
] as const satisfies readonly Role[];

/** The main menu, in the order of a nomination's route; each person sees the items of their roles. */
export const NAV: readonly NavItem[] = [
  { href: '/', label: 'Trang chính', roles: [...ALL_READERS, 'admin'] },
  {
    href: '/phong-trao',
    label: 'Phong trào thi đua',
    roles: ['unit_officer', ...SO, 'province_officer', 'province_leader'],
  },
  { href: '/de-nghi', label: 'Đề nghị của đơn vị', roles: ['unit_officer'] },
  { href: '/tham-dinh', label: 'Hồ sơ chờ xử lý', roles: SO },
  { href: '/ty-le', label: 'Tỷ lệ khen thưởng', roles: SO },
  { href: '/thu-ngung-gui', label: 'Thư bị ngừng gửi', roles: SO },
  { href: '/thong-ke', label: 'Thống kê', roles: [...SO, 'province_officer', 'province_leader'] },
  {
    href: '/bieu-thong-ke',
    label: 'Biểu mẫu thống kê',
    roles: [...SO, 'province_officer', 'province_leader'],
  },
  { href: '/hoi-dong', label: 'Họp Hội đồng', roles: ['council_secretary', 'council_member', 'director'] },
  { href: '/quyet-dinh', label: 'Ký quyết định, tờ trình', roles: ['director', 'province_leader'] },
  {
    href: '/in-phoi',
    label: 'In trên phôi',
    roles: ['council_secretary', 'director', 'province_officer', 'province_leader'],
  },
  { href: '/tinh', label: 'Thẩm định của tỉnh', roles: ['province_officer', 'province_leader'] },
  { href: '/hoi-dong-tinh', label: 'Hội đồng tỉnh', roles: ['province_officer', 'province_leader'] },
  {
    href: '/cong-khai',
    label: 'Danh sách công khai',
    roles: ALL_READERS,
  },
  { href: '/tra-cuu', label: 'Tra cứu cá nhân', roles: ALL_READERS },
  { href: '/quan-tri/nguoi-dung', label: 'Người dùng', roles: ['admin'] },
  { href: '/quan-tri/co-quan', label: 'Cơ quan, đơn vị', roles: ['admin'] },
  { href: '/quan-tri/can-bo', label: 'Cán bộ', roles: ['admin'] },
  { href: '/quan-tri/hoi-dong', label: 'Hội đồng TĐKT', roles: ['admin'] },
  { href: '/quan-tri/nhat-ky', label: 'Nhật ký', roles: ['admin'] },
  {
    href: '/nhap-khen-thuong',
    label: 'Nhập khen thưởng cũ',
    roles: ['admin', 'council_secretary', 'province_officer', 'unit_officer'],
  },
  { href: '/nhap-can-bo', label: 'Nhập danh sách cán bộ', roles: ['unit_officer'] },
];

export const navFor = (roles: readonly Role[]) =>
  NAV.filter((item) => item.roles.some((r) => roles.includes(r)));
