import type { ComponentType } from 'preact';
import { lazyScreen } from './lib/lazy';
import { CampaignsScreen } from './screens/campaigns';
import { DecisionsScreen } from './screens/decisions';
import { HomeScreen } from './screens/home';
import { MeetingScreen, ProvinceMeetingScreen } from './screens/meeting';
import { MeetingsScreen, ProvinceMeetingsScreen } from './screens/meetings';
import { NominationDetailScreen } from './screens/nomination-detail';
import { NominationEditorScreen } from './screens/nomination-form/nomination-editor';
import { PersonScreen, PersonSearchScreen } from './screens/person-search';
import { ProvinceQueueScreen } from './screens/province-queue';
import { QuotaScreen } from './screens/quota';
import { SecretariatQueueScreen } from './screens/secretariat-queue';
import { UnitNominationsScreen } from './screens/unit-nominations';

export interface ScreenRoute {
  /** A page path of the app; Vietnamese words so they never collide with the API's English paths. */
  readonly path: string;
  readonly title: string;
  readonly screen: ComponentType<{ params: Record<string, string> }>;
}

// Authoring and administration screens load on demand: most people never open them.
const CampaignEditorScreen = lazyScreen(() =>
  import('./screens/campaign-form/campaign-editor').then((m) => m.CampaignEditorScreen),
);
const CampaignProgressScreen = lazyScreen(() =>
  import('./screens/campaign-progress').then((m) => m.CampaignProgressScreen),
);
const PublicNoticeScreen = lazyScreen(() =>
  import('./screens/public-notice').then((m) => m.PublicNoticeScreen),
);
const UsersScreen = lazyScreen(() => import('./screens/admin/users').then((m) => m.UsersScreen));
const ChangePasswordScreen = lazyScreen(() =>
  import('./screens/account/change-password').then((m) => m.ChangePasswordScreen),
);
const CouncilAdminScreen = lazyScreen(() =>
  import('./screens/admin/council').then((m) => m.CouncilAdminScreen),
);
const StaffScreen = lazyScreen(() => import('./screens/admin/staff').then((m) => m.StaffScreen));
const CollectiveScreen = lazyScreen(() => import('./screens/collective').then((m) => m.CollectiveScreen));
const AwardImportScreen = lazyScreen(() =>
  import('./screens/admin/spreadsheet-import').then((m) => m.AwardImportScreen),
);
const StaffImportScreen = lazyScreen(() =>
  import('./screens/admin/spreadsheet-import').then((m) => m.StaffImportScreen),
);
const NominationListScreen = lazyScreen(() =>
  import('./screens/nomination-list').then((m) => m.NominationListScreen),
);
const DirectoryScreen = lazyScreen(() => import('./screens/admin/directory').then((m) => m.DirectoryScreen));
const ActivityScreen = lazyScreen(() => import('./screens/admin/activity').then((m) => m.ActivityScreen));
const StatisticsScreen = lazyScreen(() => import('./screens/statistics').then((m) => m.StatisticsScreen));
const CertificatesScreen = lazyScreen(() =>
  import('./screens/certificates').then((m) => m.CertificatesScreen),
);
const SectorFormsScreen = lazyScreen(() => import('./screens/sector-forms').then((m) => m.SectorFormsScreen));
const SuppressedAddressesScreen = lazyScreen(() =>
  import('./screens/suppressed-addresses').then((m) => m.SuppressedAddressesScreen),
);

export const ROUTES: readonly ScreenRoute[] = [
  { path: '/', title: 'Trang chính', screen: HomeScreen },
  { path: '/phong-trao', title: 'Phong trào thi đua', screen: CampaignsScreen },
  { path: '/phong-trao/moi', title: 'Soạn phong trào thi đua', screen: CampaignEditorScreen },
  { path: '/phong-trao/:id/tien-do', title: 'Tiến độ chỉ tiêu', screen: CampaignProgressScreen },
  { path: '/phong-trao/:id/sua', title: 'Sửa phong trào thi đua', screen: CampaignEditorScreen },
  { path: '/de-nghi', title: 'Đề nghị của đơn vị', screen: UnitNominationsScreen },
  { path: '/de-nghi/moi', title: 'Lập đề nghị khen thưởng', screen: NominationEditorScreen },
  { path: '/de-nghi/danh-sach', title: 'Lập danh sách đề nghị', screen: NominationListScreen },
  { path: '/de-nghi/:id/sua', title: 'Sửa đề nghị khen thưởng', screen: NominationEditorScreen },
  { path: '/de-nghi/:id', title: 'Đề nghị khen thưởng', screen: NominationDetailScreen },
  { path: '/tham-dinh', title: 'Hồ sơ chờ xử lý', screen: SecretariatQueueScreen },
  { path: '/ty-le', title: 'Tỷ lệ khen thưởng', screen: QuotaScreen },
  { path: '/thu-ngung-gui', title: 'Địa chỉ thư bị ngừng gửi', screen: SuppressedAddressesScreen },
  { path: '/thong-ke', title: 'Thống kê thi đua, khen thưởng', screen: StatisticsScreen },
  { path: '/in-phoi', title: 'In bằng khen, giấy khen trên phôi', screen: CertificatesScreen },
  { path: '/bieu-thong-ke', title: 'Biểu mẫu báo cáo thống kê', screen: SectorFormsScreen },
  { path: '/hoi-dong', title: 'Họp Hội đồng', screen: MeetingsScreen },
  { path: '/hoi-dong/:id', title: 'Phiên họp Hội đồng', screen: MeetingScreen },
  { path: '/quyet-dinh', title: 'Ký quyết định, tờ trình', screen: DecisionsScreen },
  { path: '/tinh', title: 'Thẩm định của tỉnh', screen: ProvinceQueueScreen },
  { path: '/hoi-dong-tinh', title: 'Họp Hội đồng TĐKT tỉnh', screen: ProvinceMeetingsScreen },
  { path: '/hoi-dong-tinh/:id', title: 'Phiên họp Hội đồng TĐKT tỉnh', screen: ProvinceMeetingScreen },
  { path: '/cong-khai', title: 'Danh sách công khai', screen: PublicNoticeScreen },
  { path: '/tra-cuu', title: 'Tra cứu cá nhân', screen: PersonSearchScreen },
  { path: '/ca-nhan/:id', title: 'Quá trình khen thưởng', screen: PersonScreen },
  { path: '/tap-the/:id', title: 'Hồ sơ tập thể', screen: CollectiveScreen },
  { path: '/tai-khoan/mat-khau', title: 'Đổi mật khẩu', screen: ChangePasswordScreen },
  { path: '/quan-tri/nguoi-dung', title: 'Người dùng', screen: UsersScreen },
  { path: '/quan-tri/can-bo', title: 'Cán bộ các đơn vị', screen: StaffScreen },
  { path: '/quan-tri/hoi-dong', title: 'Hội đồng Thi đua – Khen thưởng', screen: CouncilAdminScreen },
  { path: '/quan-tri/co-quan', title: 'Cơ quan, đơn vị', screen: DirectoryScreen },
  { path: '/quan-tri/nhat-ky', title: 'Nhật ký hoạt động', screen: ActivityScreen },
  { path: '/nhap-khen-thuong', title: 'Nhập quá trình khen thưởng', screen: AwardImportScreen },
  { path: '/nhap-can-bo', title: 'Nhập danh sách cán bộ', screen: StaffImportScreen },
];
