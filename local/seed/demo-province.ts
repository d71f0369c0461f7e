/**
 * The demo province that `npm start` seeds: Hà Tĩnh, with its Sở Nội vụ (whose 2022 launch plan
 * is seed document 004, carried over to the current year), a second Sở to show that tenants are
 * kept apart, and the UBND tỉnh. Names of people are invented; the structure of units follows the
 * real Sở.
 *
 * Dates are relative to the year the demo is seeded in (`demoPeople(year)`, `demoCampaigns(today)`),
 * so `npm start` opens a campaign that takes nominations on any date. Tests run the stack on a
 * fixed clock in the reference year and use the `DEMO_*` constants built for it.
 */
import type { CampaignInput } from '../../shared/domain/forms';
import type { AwardCode, Role, Track } from '../../shared/domain/vocabulary';

export const DEMO_PROVINCE = { code: 'ha-tinh', name: 'Hà Tĩnh' } as const;

export interface DemoOrganisation {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  /** The UBND tỉnh is the province's own organisation; the others are departments (Sở). */
  readonly level?: 'province' | 'department';
  readonly units: readonly { readonly id: string; readonly name: string }[];
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    id: 'org-ubnd',
    code: 'UBND',
    level: 'province',
    name: 'Ủy ban nhân dân tỉnh Hà Tĩnh',
    units: [
      {
        id: 'unit-ubnd-btdkt',
        name: 'Ban Thi đua – Khen thưởng (Sở Nội vụ, cơ quan thường trực Hội đồng TĐKT tỉnh)',
      },
    ],
  },
  {
    id: 'org-snv',
    code: 'SNV',
    name: 'Sở Nội vụ tỉnh Hà Tĩnh',
    units: [
      { id: 'unit-snv-vp', name: 'Văn phòng Sở' },
      { id: 'unit-snv-tcbc', name: 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ' },
      { id: 'unit-snv-ccvc', name: 'Phòng Công chức, viên chức' },
      { id: 'unit-snv-xdcq', name: 'Phòng Xây dựng chính quyền và công tác thanh niên' },
      { id: 'unit-snv-ttlt', name: 'Trung tâm Lưu trữ lịch sử' },
    ],
  },
  {
    id: 'org-stc',
    code: 'STC',
    name: 'Sở Tài chính tỉnh Hà Tĩnh',
    units: [
      { id: 'unit-stc-vp', name: 'Văn phòng Sở' },
      { id: 'unit-stc-qlns', name: 'Phòng Quản lý ngân sách' },
    ],
  },
];

export interface DemoAward {
  readonly year: number;
  readonly awardCode: AwardCode;
  readonly track: Track;
  readonly decisionNumber: string;
  readonly decidedAt: string;
}

export interface DemoPerson {
  readonly id: string;
  readonly fullName: string;
  readonly position: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly gender: 'female' | 'male';
  readonly holdsLeadershipPost: boolean;
  /** yyyy-mm-dd: started work (the LĐTT rules read it as the recruitment date). */
  readonly startedOn?: string;
  readonly awards: readonly DemoAward[];
}

const annual = (year: number, awardCode: AwardCode, decisionNumber: string): DemoAward => ({
  year,
  awardCode,
  track: 'annual',
  decisionNumber,
  decidedAt: `${year + 1}-01-15T08:00:00.000Z`,
});

/** Award histories chosen to exercise the rules: 3 consecutive CSTĐCS, 2 only, a campaign award. */
export function demoPeople(year: number): readonly DemoPerson[] {
  return [
    {
      id: 'person-snv-01',
      fullName: 'Nguyễn Thị Hồng Nhung',
      position: 'Chuyên viên chính',
      organisationId: 'org-snv',
      unitId: 'unit-snv-vp',
      gender: 'female',
      holdsLeadershipPost: false,
      awards: [
        annual(year - 3, 'LDTT', '15/QĐ-SNV'),
        annual(year - 3, 'CSTDCS', '16/QĐ-SNV'),
        annual(year - 2, 'LDTT', '12/QĐ-SNV'),
        annual(year - 2, 'CSTDCS', '13/QĐ-SNV'),
        annual(year - 1, 'LDTT', '09/QĐ-SNV'),
        annual(year - 1, 'CSTDCS', '10/QĐ-SNV'),
      ],
    },
    {
      id: 'person-snv-02',
      fullName: 'Trần Văn Minh',
      position: 'Phó Chánh Văn phòng',
      organisationId: 'org-snv',
      unitId: 'unit-snv-vp',
      gender: 'male',
      holdsLeadershipPost: true,
      awards: [
        annual(year - 2, 'LDTT', '12/QĐ-SNV'),
        annual(year - 2, 'CSTDCS', '13/QĐ-SNV'),
        annual(year - 1, 'LDTT', '09/QĐ-SNV'),
        annual(year - 1, 'CSTDCS', '10/QĐ-SNV'),
      ],
    },
    {
      id: 'person-snv-03',
      fullName: 'Lê Thị Thu Hà',
      position: 'Chuyên viên',
      organisationId: 'org-snv',
      unitId: 'unit-snv-vp',
      gender: 'female',
      holdsLeadershipPost: false,
      awards: [
        annual(year - 1, 'LDTT', '09/QĐ-SNV'),
        {
          year: year - 1,
          awardCode: 'GIAY_KHEN',
          track: 'campaign',
          decisionNumber: '85/QĐ-SNV',
          decidedAt: `${year - 1}-06-20T08:00:00.000Z`,
        },
      ],
    },
    {
      id: 'person-snv-04',
      fullName: 'Phạm Quốc Huy',
      position: 'Chuyên viên',
      organisationId: 'org-snv',
      unitId: 'unit-snv-vp',
      gender: 'male',
      holdsLeadershipPost: false,
      awards: [annual(year - 1, 'LDTT', '09/QĐ-SNV')],
    },
    {
      id: 'person-snv-05',
      fullName: 'Võ Thị Mai Anh',
      position: 'Văn thư',
      organisationId: 'org-snv',
      unitId: 'unit-snv-vp',
      gender: 'female',
      holdsLeadershipPost: false,
      awards: [],
    },
    {
      id: 'person-snv-06',
      fullName: 'Đặng Minh Tuấn',
      position: 'Trưởng phòng',
      organisationId: 'org-snv',
      unitId: 'unit-snv-ccvc',
      gender: 'male',
      holdsLeadershipPost: true,
      awards: [annual(year - 1, 'LDTT', '09/QĐ-SNV'), annual(year - 1, 'CSTDCS', '10/QĐ-SNV')],
    },
    {
      // Three CSTĐCS in a row: the demo's candidate for CSTĐ cấp tỉnh through both councils, in
      // a unit no council member belongs to (so no one is recused from the 90 % secret ballot).
      id: 'person-snv-08',
      fullName: 'Bùi Thị Thanh Hương',
      position: 'Lưu trữ viên chính',
      organisationId: 'org-snv',
      unitId: 'unit-snv-ttlt',
      gender: 'female',
      holdsLeadershipPost: false,
      startedOn: '2012-09-01',
      awards: [
        annual(year - 3, 'LDTT', '15/QĐ-SNV'),
        annual(year - 3, 'CSTDCS', '16/QĐ-SNV'),
        annual(year - 2, 'LDTT', '12/QĐ-SNV'),
        annual(year - 2, 'CSTDCS', '13/QĐ-SNV'),
        annual(year - 1, 'LDTT', '09/QĐ-SNV'),
        annual(year - 1, 'CSTDCS', '10/QĐ-SNV'),
      ],
    },
    {
      // Two CSTĐCS so far (the tests record the third before proposing CSTĐ cấp tỉnh).
      id: 'person-snv-09',
      fullName: 'Cao Văn Thịnh',
      position: 'Lưu trữ viên',
      organisationId: 'org-snv',
      unitId: 'unit-snv-ttlt',
      gender: 'male',
      holdsLeadershipPost: false,
      startedOn: '2012-09-01',
      awards: [
        annual(year - 2, 'LDTT', '12/QĐ-SNV'),
        annual(year - 2, 'CSTDCS', '13/QĐ-SNV'),
        annual(year - 1, 'LDTT', '09/QĐ-SNV'),
        annual(year - 1, 'CSTDCS', '10/QĐ-SNV'),
      ],
    },
    {
      id: 'person-snv-07',
      fullName: 'Hoàng Thị Lan',
      position: 'Chuyên viên',
      organisationId: 'org-snv',
      unitId: 'unit-snv-ccvc',
      gender: 'female',
      holdsLeadershipPost: false,
      awards: [annual(year - 2, 'LDTT', '12/QĐ-SNV'), annual(year - 1, 'LDTT', '09/QĐ-SNV')],
    },
    {
      id: 'person-stc-01',
      fullName: 'Bùi Văn Sơn',
      position: 'Chuyên viên',
      organisationId: 'org-stc',
      unitId: 'unit-stc-vp',
      gender: 'male',
      holdsLeadershipPost: false,
      awards: [annual(year - 1, 'LDTT', '21/QĐ-STC')],
    },
  ];
}

export const DEMO_PASSWORD = 'TdktDemo@2026';

export interface DemoUser {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly orgId?: string;
  readonly unitId?: string;
}

const mail = (local: string) => `${local}@hatinh.tdkt.example.vn`;

/** One demo user per role (the director also chairs the council, as the law sets it). */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: mail('quantri'), name: 'Quản trị hệ thống', roles: ['admin'] },
  {
    email: mail('canbo.vanphong.snv'),
    name: 'Nguyễn Văn An',
    roles: ['unit_officer'],
    orgId: 'org-snv',
    unitId: 'unit-snv-vp',
  },
  {
    email: mail('canbo.ccvc.snv'),
    name: 'Lê Thị Bình',
    roles: ['unit_officer'],
    orgId: 'org-snv',
    unitId: 'unit-snv-ccvc',
  },
  {
    email: mail('canbo.ttlt.snv'),
    name: 'Trịnh Văn Bảo',
    roles: ['unit_officer'],
    orgId: 'org-snv',
    unitId: 'unit-snv-ttlt',
  },
  {
    // A unit with no staff in the seed: its officer onboards it (staff and history from Excel).
    email: mail('canbo.xdcq.snv'),
    name: 'Mai Thị Xuân',
    roles: ['unit_officer'],
    orgId: 'org-snv',
    unitId: 'unit-snv-xdcq',
  },
  { email: mail('thuky.snv'), name: 'Trần Thị Cúc', roles: ['council_secretary'], orgId: 'org-snv' },
  { email: mail('hoidong1.snv'), name: 'Phan Văn Dũng', roles: ['council_member'], orgId: 'org-snv' },
  { email: mail('hoidong2.snv'), name: 'Ngô Thị Hạnh', roles: ['council_member'], orgId: 'org-snv' },
  { email: mail('hoidong3.snv'), name: 'Dương Văn Khánh', roles: ['council_member'], orgId: 'org-snv' },
  {
    email: mail('giamdoc.snv'),
    name: 'Phan Thị Tô Hoa',
    roles: ['director', 'council_member'],
    orgId: 'org-snv',
  },
  { email: mail('chuyenvien.tinh'), name: 'Hồ Văn Long', roles: ['province_officer'], orgId: 'org-ubnd' },
  { email: mail('chutich.tinh'), name: 'Võ Trọng Hải', roles: ['province_leader'], orgId: 'org-ubnd' },
  // Members of the provincial council (Hội đồng TĐKT tỉnh) besides its chair and standing body.
  {
    email: mail('phochutich.tinh'),
    name: 'Trần Báu Hà',
    roles: ['council_member'],
    orgId: 'org-ubnd',
  },
  { email: mail('hoidong1.tinh'), name: 'Lê Ngọc Châu', roles: ['council_member'], orgId: 'org-ubnd' },
  { email: mail('hoidong2.tinh'), name: 'Nguyễn Thị Nữ Oanh', roles: ['council_member'], orgId: 'org-ubnd' },
  {
    email: mail('canbo.vanphong.stc'),
    name: 'Đinh Thị Yến',
    roles: ['unit_officer'],
    orgId: 'org-stc',
    unitId: 'unit-stc-vp',
  },
];

export interface DemoCampaign {
  readonly id: string;
  readonly organisationId: string;
  readonly year: number;
  readonly details: CampaignInput;
}

/** Days from an ISO date (`YYYY-MM-DD`), as an ISO date. */
function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const later = (a: string, b: string): string => (a > b ? a : b);

/**
 * Seed document 004 (KH-SNV Hà Tĩnh, 2022), its plan carried over to the year of `today` (a
 * Vietnamese calendar date). Units send their nominations by 15 December; seeded within the last
 * week before it or after it, the deadline moves to two weeks from `today` (into January when
 * need be, as year-end reviews often run), so the demo campaign always takes nominations.
 */
export function demoCampaigns(today: string): readonly DemoCampaign[] {
  const year = Number(today.slice(0, 4));
  const usualDeadline = `${year}-12-15`;
  const nominationDeadline = addDays(today, 7) <= usualDeadline ? usualDeadline : addDays(today, 14);
  return [
    {
      id: `camp-snv-${year}`,
      organisationId: 'org-snv',
      year,
      details: {
        issuingBody: 'Sở Nội vụ tỉnh Hà Tĩnh',
        documentNumber: '/KH-SNV',
        issuedOn: `${year}-01-12`,
        title: `Kế hoạch phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm ${year}`,
        theme: `Đoàn kết, kỷ cương, trách nhiệm, đổi mới, sáng tạo, thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm ${year}`,
        contentItems: [
          'Nâng cao tinh thần, trách nhiệm thực hiện nhiệm vụ được giao, đổi mới phương thức lãnh đạo, quản lý, điều hành.',
          'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin; áp dụng hiệu quả hệ thống ISO 9001:2015.',
          'Khen thưởng kịp thời; chú trọng khen thưởng chuyên đề, đột xuất và người lao động không giữ chức vụ lãnh đạo, quản lý.',
        ],
        scope: {
          subjects: ['person', 'collective'],
          description:
            'Các phòng, ban, trung tâm thuộc và trực thuộc Sở; toàn thể công chức, viên chức, người lao động.',
        },
        periods: [
          {
            periodNo: 1,
            name: 'Đợt 1',
            startsOn: `${year}-01-01`,
            endsOn: `${year}-06-30`,
            reviewDueOn: `${year}-07-15`,
          },
          {
            periodNo: 2,
            name: 'Đợt 2',
            startsOn: `${year}-07-01`,
            endsOn: `${year}-12-31`,
            reviewDueOn: later(`${year}-12-31`, nominationDeadline),
          },
        ],
        commemorations: [
          {
            title: `${year - 1930} năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/${year})`,
            on: `${year}-02-03`,
            periodNo: 1,
          },
          {
            title: `${year - 1945} năm Ngày Quốc khánh (02/9/1945 - 02/9/${year})`,
            on: `${year}-09-02`,
            periodNo: 2,
          },
        ],
        targets: [
          {
            // "trong đó 20 % … xuất sắc": a TTLĐXS is a TTLĐTT "trở lên".
            metric: '100% phòng, ban, trung tâm đạt danh hiệu Tập thể lao động tiên tiến',
            subject: 'collective',
            measure: { kind: 'percentage', percent: 100 },
            awardCode: 'TTLDTT',
            orHigher: true,
          },
          {
            metric: '20% tập thể đạt danh hiệu Tập thể lao động xuất sắc',
            subject: 'collective',
            measure: { kind: 'percentage', percent: 20 },
            awardCode: 'TTLDXS',
          },
          {
            metric: '100% cán bộ, công chức, viên chức hoàn thành tốt nhiệm vụ trở lên',
            subject: 'person',
            measure: { kind: 'percentage', percent: 100 },
            minTaskRating: 'HTTNV',
          },
          {
            metric: '15% đạt danh hiệu Chiến sĩ thi đua cơ sở',
            subject: 'person',
            measure: { kind: 'percentage', percent: 15 },
            awardCode: 'CSTDCS',
          },
          {
            metric: '15% cá nhân được Bộ Nội vụ, UBND tỉnh tặng Bằng khen',
            subject: 'person',
            measure: { kind: 'percentage', percent: 15 },
            awardCodes: ['BK_BO', 'BK_TINH'],
          },
          {
            metric:
              '100% công chức, viên chức, người lao động hưởng ứng tham gia đầy đủ các hoạt động xã hội do Trung ương và tỉnh phát động',
            subject: 'person',
            measure: { kind: 'percentage', percent: 100 },
            measuredBy: 'unit_report',
          },
        ],
        awardsInScope: [
          'LDTT',
          'CSTDCS',
          'CSTD_TINH',
          'TTLDTT',
          'TTLDXS',
          'GIAY_KHEN',
          'BK_TINH',
          'CO_TINH',
          'BK_TTG',
        ],
        nominationDeadline,
        responsibilities: [
          'Các phòng, ban, trung tâm: quán triệt kế hoạch, tổ chức bình xét và đề nghị khen thưởng đúng tiến độ.',
          'Văn phòng Sở: tổng hợp, theo dõi, đôn đốc; tham mưu Hội đồng Thi đua – Khen thưởng Sở.',
        ],
      },
    },
  ];
}

/** The year the tests' fixed clock is in (`tests/support/clock.ts`); the constants below are built for it. */
export const DEMO_REFERENCE_YEAR = 2026;
export const DEMO_PEOPLE: readonly DemoPerson[] = demoPeople(DEMO_REFERENCE_YEAR);
export const DEMO_CAMPAIGNS: readonly DemoCampaign[] = demoCampaigns(`${DEMO_REFERENCE_YEAR}-11-20`);

/** Contact addresses of the demo directory: the demo users' own, so a signed-in user sees the mail. */
const inbox = (local: string): string[] => [`${local}@hatinh.tdkt.example.vn`];

/** Where notices go, by organisation (its secretariat; for UBND tỉnh its TĐKT officers) or unit. */
const CONTACTS: Readonly<Record<string, readonly string[]>> = {
  'org-ubnd': inbox('chuyenvien.tinh'),
  'org-snv': inbox('thuky.snv'),
  'org-stc': inbox('vanphong.stc'),
  'unit-snv-vp': inbox('canbo.vanphong.snv'),
  'unit-snv-ccvc': inbox('canbo.ccvc.snv'),
  'unit-snv-tcbc': inbox('tcbc.snv'),
  'unit-snv-xdcq': inbox('xdcq.snv'),
  'unit-snv-ttlt': inbox('ttlt.snv'),
  'unit-stc-vp': inbox('canbo.vanphong.stc'),
  'unit-stc-qlns': inbox('qlns.stc'),
};

/** The contact addresses the seed gives a demo organisation or unit (none when absent). */
export const demoContactEmails = (id: string): readonly string[] => CONTACTS[id] ?? [];
