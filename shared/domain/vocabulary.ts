/**
 * The shared vocabulary of the domain: award codes, subjects, deciding authorities, tracks,
 * roles and task ratings. Names in code are English; the Vietnamese labels are what people see.
 */

export const AWARD_CODES = [
  'LDTT',
  'CSTDCS',
  'CSTD_TINH',
  'TTLDTT',
  'TTLDXS',
  'GIAY_KHEN',
  'BK_TINH',
  'CO_TINH',
  'CSTD_TQ',
  'CO_CP',
  'BK_TTG',
  /** Bằng khen of a Bộ, ban, ngành Trung ương: the Bộ decides, the province proposes (Điều 74). */
  'BK_BO',
  /** Huân chương Lao động hạng Ba, hạng Nhì, hạng Nhất (Điều 44, 43, 42 Luật TĐKT 2022). */
  'HCLD_3',
  'HCLD_2',
  'HCLD_1',
] as const;
export type AwardCode = (typeof AWARD_CODES)[number];

/** Who is nominated: an individual (cá nhân) or a collective (tập thể). */
export const SUBJECTS = ['person', 'collective'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** Who signs the decision: the Giám đốc Sở, the Chủ tịch UBND tỉnh, or the national level. */
export const AUTHORITIES = ['department', 'province', 'national'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/**
 * Every award has a track. Only `annual` awards count toward the annual prerequisites of higher
 * titles (e.g. "3 consecutive CSTĐCS"); campaign and ad-hoc rewards never do.
 */
export const TRACKS = ['annual', 'campaign', 'ad_hoc', 'service'] as const;
export type Track = (typeof TRACKS)[number];

export const TRACK_LABELS: Readonly<Record<Track, string>> = {
  annual: 'Thường xuyên (hằng năm)',
  campaign: 'Theo chuyên đề / đợt thi đua',
  ad_hoc: 'Đột xuất',
  service: 'Quá trình cống hiến',
};

/** Annual task-completion ratings (xếp loại chất lượng), best first. */
export const TASK_RATINGS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type TaskRating = (typeof TASK_RATINGS)[number];

export const TASK_RATING_LABELS: Readonly<Record<TaskRating, string>> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

/** Cognito groups are these roles. */
export const ROLES = [
  'unit_officer',
  'council_secretary',
  'council_member',
  'director',
  'province_officer',
  'province_leader',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  unit_officer: 'Cán bộ thi đua của đơn vị',
  council_secretary: 'Thư ký Hội đồng TĐKT Sở',
  council_member: 'Thành viên Hội đồng TĐKT Sở',
  director: 'Giám đốc Sở',
  province_officer: 'Chuyên viên Ban TĐKT tỉnh',
  province_leader: 'Lãnh đạo UBND tỉnh',
  admin: 'Quản trị hệ thống',
};
