/**
 * The statistical report forms of the thi đua – khen thưởng sector a province files each year
 * (Thông tư 02/2023/TT-BNV of the Bộ Nội vụ, which replaced the forms of Thông tư 03/2018/TT-BNV):
 * Biểu 0601.N (số phong trào thi đua), 0602.N (số lượng khen thưởng cấp Nhà nước) and 0603.N (số
 * lượng khen thưởng cấp bộ, ban, ngành, tỉnh). Rows, codes, units and columns as the circular
 * lays them out; each cell counts the facts its row and column select. Pure: the caller gathers
 * the facts (awards decided in the period, campaigns launched in it).
 */
import type { AwardCode, Subject, Track } from '../vocabulary';
import { PERSON_TIER_LABELS, type PersonTier } from './person-tier';

/** One award of the period, as the forms count it. */
export interface AwardFact {
  readonly awardCode: AwardCode;
  readonly subject: Subject;
  readonly track: Track;
  /** A person's group (`person-tier.ts`); absent for a collective. */
  readonly tier?: PersonTier;
}

/** One campaign launched in the period, as Biểu 0601.N counts it. */
export interface CampaignFact {
  /** The province (UBND tỉnh) launched it, or one of its agencies (a Sở). */
  readonly launchedBy: 'province' | 'organisation';
  /** Its length in days, first period's first day to last period's last day. */
  readonly days: number;
  /** A yearly campaign (thi đua thường xuyên hằng năm), else a thematic one (theo chuyên đề). */
  readonly regular: boolean;
}

/** A column under "Chia ra": its header from the top down (up to three levels). */
export interface FormColumn {
  readonly path: readonly string[];
}

export interface FormRow {
  /** Mã số; absent on a heading line ("1. Chia theo đối tượng khen thưởng"). */
  readonly code?: string;
  readonly label: string;
  /** Đơn vị tính (forms with that column). */
  readonly unit?: string;
  readonly heading?: boolean;
  /** The total, then one count per column; absent on a heading line. */
  readonly values?: readonly number[];
}

export interface SectorForm {
  readonly id: '0601.N' | '0602.N' | '0603.N';
  /** "Biểu số: 0603.N/BNV-TĐKT" */
  readonly number: string;
  readonly title: string;
  /** "Đơn vị tính: Phong trào", for a form without a unit column. */
  readonly countUnit?: string;
  readonly hasUnitColumn: boolean;
  /** The header over the columns ("Chia ra"). */
  readonly columnsTitle: string;
  readonly columns: readonly FormColumn[];
  readonly rows: readonly FormRow[];
}

export const FORMS_CIRCULAR =
  'Ban hành theo Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ';

/**
 * The statistical year of the thi đua – khen thưởng sector: from 01/12 of the year before to
 * 30/11 of the reporting year (Thông tư 02/2023/TT-BNV, kỳ báo cáo thống kê năm: "kỳ báo cáo thống
 * kê lĩnh vực thi đua, khen thưởng được tính từ ngày 01/12 năm trước đến ngày 30/11 năm sau"); the
 * other sectors of the circular count the calendar year.
 */
export const reportingYear = (year: number): { readonly from: string; readonly to: string } => ({
  from: `${year - 1}-12-01`,
  to: `${year}-11-30`,
});

/** The reporting year a period is, when it is one (`reportingYear`). */
export function reportingYearOf(from: string, to: string): number | undefined {
  const year = Number(to.slice(0, 4));
  const expected = reportingYear(year);
  return expected.from === from && expected.to === to ? year : undefined;
}

type Select<F> = (fact: F) => boolean;
interface Column<F> extends FormColumn {
  readonly counts: Select<F>;
}
interface RowSpec<F> {
  readonly code?: string;
  readonly label: string;
  readonly unit?: string;
  readonly select?: Select<F>;
}

const none = () => false;
const all = () => true;
const award =
  (codes: readonly AwardCode[], subject?: Subject): Select<AwardFact> =>
  (f) =>
    codes.includes(f.awardCode) && (subject === undefined || f.subject === subject);

/** Each row's total (the facts of the row any column counts) and its count per column. */
function table<F>(
  facts: readonly F[],
  columns: readonly Column<F>[],
  rows: readonly RowSpec<F>[],
): FormRow[] {
  return rows.map(({ select, ...row }) => {
    if (!select) return { ...row, heading: true };
    const mine = facts.filter(select);
    return {
      ...row,
      values: [
        mine.filter((f) => columns.some((c) => c.counts(f))).length,
        ...columns.map((c) => mine.filter(c.counts).length),
      ],
    };
  });
}

const stripColumns = <F>(columns: readonly Column<F>[]): FormColumn[] =>
  columns.map(({ path }) => ({ path }));

const isPerson: Select<AwardFact> = (f) => f.subject === 'person';
const tier =
  (t: PersonTier): Select<AwardFact> =>
  (f) =>
    f.subject === 'person' && f.tier === t;
const track =
  (t: Track): Select<AwardFact> =>
  (f) =>
    f.track === t;

/** The subjects' rows of 0602.N and 0603.N: collectives (enterprises among them), households, people by group. */
const subjectRows = (codes: readonly string[]): RowSpec<AwardFact>[] => {
  const [collective, enterprise, household, person, ...tiers] = codes;
  return [
    { code: collective, label: '- Tập thể', unit: 'Tập thể', select: (f) => f.subject === 'collective' },
    // The directory's collectives are agencies' units: none is an enterprise or a household.
    { code: enterprise, label: 'Trong đó: Doanh nghiệp', unit: 'Doanh nghiệp', select: none },
    { code: household, label: '- Hộ gia đình', unit: 'Hộ', select: none },
    { code: person, label: '- Cá nhân', unit: 'Người', select: isPerson },
    ...(['province_leader', 'department_leader', 'entrepreneur', 'other_leader', 'worker'] as const).map(
      (t, i) => ({ code: tiers[i], label: `+ ${PERSON_TIER_LABELS[t]}`, unit: 'Người', select: tier(t) }),
    ),
  ];
};

/** The methods' rows of 0602.N and 0603.N, from the award's track. */
const methodRows = (codes: readonly string[]): RowSpec<AwardFact>[] => {
  const [regular, campaign, adHoc, foreign, service, seniority, resistance] = codes;
  return [
    { code: regular, label: '- Thường xuyên', select: track('annual') },
    { code: campaign, label: '- Chuyên đề', select: track('campaign') },
    { code: adHoc, label: '- Đột xuất', select: track('ad_hoc') },
    { code: foreign, label: '- Đối ngoại', select: none },
    { code: service, label: '- Cống hiến', select: track('service') },
    { code: seniority, label: '- Niên hạn', select: none },
    { code: resistance, label: '- Kháng chiến', select: none },
  ];
};

const PROVINCE_LEVEL_COLUMNS: readonly Column<AwardFact>[] = [
  { path: ['Bằng khen'], counts: award(['BK_TINH']) },
  { path: ['Chiến sĩ thi đua cấp bộ, cấp tỉnh'], counts: award(['CSTD_TINH']) },
  {
    path: ['Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương'],
    counts: award(['CO_TINH']),
  },
  {
    path: [
      'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
    ],
    counts: none,
  },
];

/** Biểu 0603.N/BNV-TĐKT: the province's own awards of the period. */
export function form0603(facts: readonly AwardFact[]): SectorForm {
  const rows: RowSpec<AwardFact>[] = [
    { code: '01', label: 'Tổng số', select: all },
    { label: '1. Chia theo đối tượng khen thưởng' },
    ...subjectRows(['02', '03', '04', '05', '06', '07', '08', '09', '10']),
    { label: '2. Chia theo phương thức khen thưởng' },
    ...methodRows(['11', '12', '13', '14', '15', '16', '17']),
  ];
  return {
    id: '0603.N',
    number: 'Biểu số: 0603.N/BNV-TĐKT',
    title:
      'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
    hasUnitColumn: true,
    columnsTitle: 'Chia ra',
    columns: stripColumns(PROVINCE_LEVEL_COLUMNS),
    rows: table(facts, PROVINCE_LEVEL_COLUMNS, rows),
  };
}

const MEDALS = 'Các loại huân chương, huy chương';
const HONOURS = 'Danh hiệu vinh dự Nhà nước';
const bothSubjects = (path: readonly string[], codes: readonly AwardCode[]): Column<AwardFact>[] => [
  { path: [...path, 'Tập thể'], counts: award(codes, 'collective') },
  { path: [...path, 'Cá nhân'], counts: award(codes, 'person') },
];

const STATE_LEVEL_COLUMNS: readonly Column<AwardFact>[] = [
  ...bothSubjects([MEDALS, 'Huân chương Lao động hạng Nhất'], ['HCLD_1']),
  ...bothSubjects([MEDALS, 'Huân chương Lao động hạng Nhì'], ['HCLD_2']),
  ...bothSubjects([MEDALS, 'Huân chương Lao động hạng Ba'], ['HCLD_3']),
  { path: ['Giải thưởng Hồ Chí Minh', 'Cá nhân'], counts: none },
  { path: ['Giải thưởng Nhà nước', 'Cá nhân'], counts: none },
  { path: [HONOURS, 'Bà mẹ Việt Nam anh hùng', 'Cá nhân'], counts: none },
  ...bothSubjects([HONOURS, 'Anh hùng Lực lượng vũ trang nhân dân'], []),
  { path: [HONOURS, 'Nhà giáo ưu tú', 'Cá nhân'], counts: none },
  { path: ['Cờ thi đua của Chính phủ', 'Tập thể'], counts: award(['CO_CP'], 'collective') },
  ...bothSubjects(['Bằng khen của Thủ tướng Chính phủ'], ['BK_TTG']),
  { path: ['Danh hiệu “Chiến sĩ thi đua toàn quốc”', 'Cá nhân'], counts: award(['CSTD_TQ'], 'person') },
  ...bothSubjects(['Các hình thức khen thưởng khác'], []),
];

/** Biểu 0602.N/BNV-TĐKT: state awards the province proposed (its tờ trình) that were decided in the period. */
export function form0602(facts: readonly AwardFact[]): SectorForm {
  const rows: RowSpec<AwardFact>[] = [
    { code: '01', label: 'Tổng số', select: all },
    { label: '1. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng' },
    { code: '02', label: '- Bộ, ban, ngành, đoàn thể Trung ương', unit: 'Bộ, ngành', select: none },
    // The province files its own proposals: every state award it recorded went by its tờ trình.
    { code: '03', label: '- Tỉnh, thành phố trực thuộc Trung ương', unit: 'Tỉnh, TP', select: all },
    { label: '2. Chia theo đối tượng khen thưởng' },
    ...subjectRows(['06', '07', '08', '09', '10', '11', '12', '13', '14']),
    { label: '3. Chia theo phương thức khen thưởng' },
    ...methodRows(['15', '16', '17', '18', '19', '20', '21']),
  ];
  return {
    id: '0602.N',
    number: 'Biểu số: 0602.N/BNV-TĐKT',
    title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
    hasUnitColumn: true,
    columnsTitle: 'Chia ra',
    columns: stripColumns(STATE_LEVEL_COLUMNS),
    rows: table(facts, STATE_LEVEL_COLUMNS, rows),
  };
}

const CAMPAIGN_COLUMNS: readonly Column<CampaignFact>[] = [
  { path: ['Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)'], counts: none },
  {
    path: ['Cấp bộ, ban ngành đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương'],
    counts: (c) => c.launchedBy === 'province',
  },
  { path: ['Cơ quan, tổ chức, đơn vị'], counts: (c) => c.launchedBy === 'organisation' },
];

/** A year, give or take the days a launch document's dates move by (01/01–31/12 is 365 or 366). */
const YEAR_DAYS = { min: 360, max: 370 } as const;

/** Biểu 0601.N/BNV-TĐKT: the campaigns launched in the period. */
export function form0601(facts: readonly CampaignFact[]): SectorForm {
  const days =
    (min: number, max = Number.POSITIVE_INFINITY): Select<CampaignFact> =>
    (c) =>
      c.days >= min && c.days < max;
  const rows: RowSpec<CampaignFact>[] = [
    { code: '01', label: 'Tổng số', select: all },
    { label: '1. Chia theo phạm vi tổ chức thi đua' },
    { code: '02', label: '- Toàn quốc', select: none },
    {
      code: '03',
      label: '- Bộ, ban, ngành đoàn thể, địa phương',
      select: (c) => c.launchedBy === 'province',
    },
    {
      code: '04',
      label: '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức',
      select: none,
    },
    { code: '05', label: '- Cơ quan, tổ chức, đơn vị', select: (c) => c.launchedBy === 'organisation' },
    { label: '2. Chia theo thời hạn thi đua' },
    { code: '06', label: '- Dưới 1 năm', select: days(0, YEAR_DAYS.min) },
    { code: '07', label: '- 1 năm', select: days(YEAR_DAYS.min, YEAR_DAYS.max + 1) },
    { code: '08', label: '- Từ 1 năm đến dưới 3 năm', select: days(YEAR_DAYS.max + 1, 3 * 365) },
    { code: '09', label: '- Từ 3 năm đến dưới 5 năm', select: days(3 * 365, 5 * 365) },
    { code: '10', label: '- Từ 5 năm trở lên', select: days(5 * 365) },
    { label: '3. Chia theo phương thức tổ chức phong trào thi đua' },
    { code: '11', label: '- Thi đua theo chuyên đề', select: (c) => !c.regular },
    { code: '12', label: '- Thi đua thường xuyên hàng năm', select: (c) => c.regular },
  ];
  return {
    id: '0601.N',
    number: 'Biểu số: 0601.N/BNV-TĐKT',
    title: 'SỐ PHONG TRÀO THI ĐUA',
    countUnit: 'Đơn vị tính: Phong trào',
    hasUnitColumn: false,
    columnsTitle: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
    columns: stripColumns(CAMPAIGN_COLUMNS),
    rows: table(facts, CAMPAIGN_COLUMNS, rows),
  };
}

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * A published campaign as Biểu 0601.N counts it: its span from its periods, and whether it is the
 * yearly emulation (a year long, with annual titles in its awards) or a thematic one.
 */
export function campaignFact(
  periods: readonly { readonly startsOn: string; readonly endsOn: string }[],
  hasAnnualTitles: boolean,
  launchedBy: CampaignFact['launchedBy'],
): CampaignFact {
  const starts = periods.map((p) => p.startsOn).sort();
  const ends = periods.map((p) => p.endsOn).sort();
  const first = starts[0];
  const last = ends.at(-1);
  const days = first && last ? dayNumber(last) - dayNumber(first) + 1 : 0;
  const regular = hasAnnualTitles && days >= YEAR_DAYS.min && days <= YEAR_DAYS.max;
  return { launchedBy, days, regular };
}
