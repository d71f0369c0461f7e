/**
 * What the two national versions share: the rule texts that rest on the Law itself. The decree
 * dependent citations (the Điều 4 principles, the LĐTT recruitment circular) are filled in by each
 * version, so a re-check of a past decision quotes the texts of its day.
 */
import { DEFAULT_CATALOG } from '../catalog';
import type { RuleDefinition, RuleId, RuleParams, RuleSet } from '../types';

type RuleText = Omit<RuleDefinition, 'id' | 'enabled' | 'source'>;

/** The per-version differences a national rule set supplies. */
export interface DecreeTexts {
  readonly id: string;
  readonly title: string;
  readonly effectiveFrom: string;
  readonly effectiveUntil: string | null;
  readonly legalBasis: readonly string[];
  /** E.g. "Điều 4 Nghị định 98/2023/NĐ-CP". */
  readonly principlesArticle: string;
  /** Whether that decree's Điều 4 (the discipline block, the tie-break) was read in full. */
  readonly principlesConfirmed: boolean;
  readonly recruitment: RuleText;
  /** Maternity leave and treatment after an injury on duty count as working time. */
  readonly specialLeave: RuleText;
  readonly cstdcsQuota: RuleText;
}

/** The national defaults of every tunable parameter. */
export const NATIONAL_PARAMS: RuleParams = {
  'LDTT.task_rating': { minRating: 'HTTNV' },
  'LDTT.recruitment': { minMonths: 6, measuredTo: 'year_end' },
  'COMMON.discipline_in_year': { minBlockingLevel: 'reprimand' },
  'COMMON.tie_break': { womenShare: 70, favourNonLeaders: true },
  // No national cap: the 15 % of NĐ 91/2017 went with it. A province's quy chế sets one (config).
  'CSTDCS.quota': { percent: null, base: 'LDTT', rounding: 'floor', minimumAllowed: 0, appliesTo: 'all' },
  'CSTD_TINH.consecutive_cstdcs': { years: 3 },
  'CSTD_TINH.initiative_reach': { minScope: 'province' },
  'CSTD_TINH.quota': {
    percent: null,
    base: 'CSTDCS',
    rounding: 'floor',
    minimumAllowed: 0,
    appliesTo: 'all',
  },
  'TTLDTT.task_rating': { minRating: 'HTTNV' },
  'TTLDTT.ldtt_share': { percent: 50, strict: true },
  'TTLDTT.member_discipline': { minBlockingLevel: 'warning' },
  'TTLDXS.ldtt_share': { percent: 70, strict: false },
  'TTLDXS.cstdcs_member': { minCount: 1 },
  'GIAY_KHEN.criteria': { minRating: 'HTTNV' },
  'BK_TINH.person_achievement': { consecutiveCstdcs: 2, htxsYears: 2, initiatives: 2 },
  'BK_TINH.collective_achievement': { htxsYears: 2 },
  'CSTD_TQ.consecutive_cstd_tinh': { times: 2, cycleYears: 3 },
  'CSTD_TQ.initiative_reach': { minScope: 'national' },
  'BK_TTG.person_record': {
    priorAwards: ['BK_TINH', 'BK_BO'],
    years: 5,
    minRating: 'HTTNV',
    htxsYears: 0,
    anyOf: [{ award: 'CSTDCS', count: 3 }],
  },
  'BK_TTG.collective_record': {
    priorAwards: ['BK_TINH', 'BK_BO'],
    years: 5,
    minRating: 'HTXSNV',
    htxsYears: 0,
    anyOf: [
      { award: 'CO_TINH', count: 1 },
      { award: 'TTLDXS', count: 2 },
    ],
  },
  'HCLD_3.person_record': {
    priorAwards: ['BK_TTG'],
    years: 5,
    minRating: 'HTTNV',
    htxsYears: 1,
    anyOf: [{ award: 'CSTDCS', count: 3 }],
  },
  'HCLD_3.collective_record': {
    priorAwards: ['BK_TTG'],
    years: 5,
    minRating: 'HTXSNV',
    htxsYears: 0,
    anyOf: [
      { award: 'CO_CP', count: 1 },
      { award: 'CO_TINH', count: 2 },
    ],
  },
  'HCLD_2.person_record': {
    priorAwards: ['HCLD_3'],
    years: 5,
    minRating: 'HTTNV',
    htxsYears: 2,
    anyOf: [
      { award: 'CSTD_TINH', count: 1 },
      { award: 'BK_TINH', count: 2 },
    ],
  },
  'HCLD_2.collective_record': {
    priorAwards: ['HCLD_3'],
    years: 5,
    minRating: 'HTXSNV',
    htxsYears: 0,
    anyOf: [
      { award: 'CO_CP', count: 1 },
      { award: 'CO_TINH', count: 2 },
    ],
  },
  'HCLD_1.person_record': {
    priorAwards: ['HCLD_2'],
    years: 5,
    minRating: 'HTTNV',
    htxsYears: 3,
    anyOf: [
      { award: 'CSTD_TQ', count: 1 },
      { award: 'CSTD_TINH', count: 2 },
    ],
  },
  'HCLD_1.collective_record': {
    priorAwards: ['HCLD_2'],
    years: 5,
    minRating: 'HTXSNV',
    htxsYears: 0,
    anyOf: [
      { award: 'CO_CP', count: 1 },
      { award: 'CO_TINH', count: 3 },
    ],
  },
};

const LAW = 'Luật TĐKT 2022';
const HCLD = 'Huân chương Lao động';
const CO_CP = '01 lần Cờ thi đua của Chính phủ';
const CO_TINH = 'Cờ thi đua cấp tỉnh';

/** "Đã được tặng X, 05 năm tiếp theo … hoàn thành tốt nhiệm vụ trở lên, trong đó …" (Điều 42–44, 73). */
const personSince = (prior: string, htxs: number, then: string) =>
  `Đã được tặng ${prior}, 05 năm tiếp theo trở lên liên tục hoàn thành tốt nhiệm vụ trở lên, trong đó có ${
    htxs > 0 ? `0${htxs} năm hoàn thành xuất sắc nhiệm vụ và ` : ''
  }${then}.`;
/** The collectives' wording, a default where the article was not read (see the citation). */
const collectiveSince = (prior: string, then: string) =>
  `Đã được tặng ${prior}, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có ${then} (mặc định).`;

/** Builds a national rule set from the shared texts and one decree's texts. */
export function buildNationalRuleSet(decree: DecreeTexts): RuleSet {
  const track = `${decree.principlesArticle} (thành tích chuyên đề, đột xuất không làm căn cứ khen thưởng theo công trạng)`;
  const texts: Readonly<Record<RuleId, RuleText>> = {
    'COMMON.subject': {
      citation: `${LAW} (đối tượng của từng danh hiệu, hình thức khen thưởng)`,
      confirmed: true,
      summary: 'Danh hiệu, hình thức khen thưởng chỉ xét cho đúng đối tượng cá nhân hoặc tập thể.',
    },
    'COMMON.track': {
      citation: `Điều 8 ${LAW}; ${decree.principlesArticle}`,
      confirmed: false,
      summary:
        'Mỗi danh hiệu, hình thức chỉ đề nghị theo loại hình khen thưởng phù hợp (hằng năm, chuyên đề, đột xuất…).',
    },
    'COMMON.discipline_block': {
      citation: decree.principlesArticle,
      confirmed: decree.principlesConfirmed,
      summary:
        'Không đề nghị khen thưởng đối tượng đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc có đơn khiếu nại, tố cáo đang được xác minh.',
    },
    'COMMON.discipline_in_year': {
      // Rests on the decree's own principle; the "from khiển trách" level of NĐ 91/2017 (repealed)
      // is only the default of a parameter a province sets in its quy chế.
      citation: `${decree.principlesArticle} (thành tích tính từ khi chấp hành xong kỷ luật)`,
      confirmed: false,
      summary: 'Không xét tặng cho năm có hình thức kỷ luật đang có hiệu lực.',
    },
    'COMMON.initiative_once': {
      citation: `Công văn 5007/BNV-TĐKT ngày 05/9/2023; nguyên tắc "không khen thưởng nhiều lần cho một thành tích" (${LAW})`,
      confirmed: true,
      summary: 'Một sáng kiến, đề tài chỉ được sử dụng một lần làm tiêu chuẩn đề nghị khen thưởng.',
    },
    'COMMON.rules_in_force': {
      citation: `Điều 95 ${LAW} (hiệu lực từ 01/01/2024)`,
      confirmed: true,
      summary:
        'Hệ thống xét theo Luật TĐKT 2022 và nghị định hướng dẫn; quyết định trước 01/01/2024 là hồ sơ lưu trữ, vẫn tính vào quá trình khen thưởng.',
    },
    'COMMON.tie_break': {
      citation: `${decree.principlesArticle} (ưu tiên nữ, tập thể có từ 70 % nữ); văn bản phát động thi đua (ưu tiên người không giữ chức vụ lãnh đạo, quản lý)`,
      confirmed: decree.principlesConfirmed,
      summary:
        'Khi thành tích như nhau trong giới hạn tỷ lệ: ưu tiên nữ, tập thể có từ 70 % thành viên nữ, rồi người không giữ chức vụ lãnh đạo, quản lý.',
    },
    'LDTT.task_rating': {
      citation: `điểm a khoản 1 Điều 24 ${LAW}`,
      confirmed: true,
      summary: 'Hoàn thành tốt nhiệm vụ trở lên.',
    },
    'LDTT.recruitment': decree.recruitment,
    'LDTT.special_leave': decree.specialLeave,
    'CSTDCS.ldtt': {
      citation: `Điều 23 ${LAW}`,
      confirmed: true,
      summary: 'Đạt danh hiệu "Lao động tiên tiến" trong năm.',
    },
    'CSTDCS.achievement': {
      citation: `Điều 23 ${LAW}`,
      confirmed: true,
      summary:
        'Hoàn thành xuất sắc nhiệm vụ, hoặc có sáng kiến được cơ sở công nhận, hoặc đề tài khoa học đã được nghiệm thu.',
    },
    'CSTDCS.quota': decree.cstdcsQuota,
    'CSTD_TINH.consecutive_cstdcs': {
      citation: `Điều 22 ${LAW}; ${track}`,
      confirmed: true,
      summary:
        'Có 03 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở" (chỉ tính khen thưởng hằng năm).',
    },
    'CSTD_TINH.initiative_reach': {
      citation: `Điều 22, điểm d khoản 1 Điều 84 ${LAW}`,
      confirmed: true,
      summary:
        'Có sáng kiến, đề tài khoa học được áp dụng hiệu quả, có khả năng nhân rộng trong phạm vi tỉnh.',
    },
    'CSTD_TINH.quota': {
      citation:
        'Do tỉnh quy định (ví dụ Thừa Thiên Huế 2017: không quá 10 % số CSTĐCS); mặc định: không giới hạn',
      confirmed: false,
      summary: 'Tỷ lệ tối đa "Chiến sĩ thi đua cấp tỉnh" theo quy định của tỉnh.',
    },
    'TTLDTT.task_rating': {
      citation: `Điều 28 ${LAW} (nội dung chưa xác nhận; theo Luật TĐKT 2003)`,
      confirmed: false,
      summary: 'Tập thể hoàn thành tốt nhiệm vụ trở lên.',
    },
    'TTLDTT.ldtt_share': {
      citation: `Điều 28 ${LAW} (nội dung chưa xác nhận; theo Luật TĐKT 2003)`,
      confirmed: false,
      summary: 'Có trên 50 % cá nhân đạt danh hiệu "Lao động tiên tiến".',
    },
    'TTLDTT.member_discipline': {
      citation: `Điều 28 ${LAW} (nội dung chưa xác nhận; theo Luật TĐKT 2003)`,
      confirmed: false,
      summary: 'Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.',
    },
    'TTLDXS.task_rating': {
      citation: `điểm a Điều 27 ${LAW}`,
      confirmed: true,
      summary: 'Tập thể hoàn thành xuất sắc nhiệm vụ.',
    },
    'TTLDXS.all_complete': {
      citation: `điểm c Điều 27 ${LAW}`,
      confirmed: true,
      summary: '100 % cá nhân trong tập thể hoàn thành nhiệm vụ được giao.',
    },
    'TTLDXS.ldtt_share': {
      citation: `điểm c Điều 27 ${LAW}`,
      confirmed: true,
      summary: 'Ít nhất 70 % cá nhân đạt danh hiệu "Lao động tiên tiến".',
    },
    'TTLDXS.cstdcs_member': {
      citation: `điểm d Điều 27 ${LAW}`,
      confirmed: true,
      summary: 'Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở".',
    },
    'GIAY_KHEN.criteria': {
      citation: `khoản 2 Điều 75 ${LAW} (tiêu chuẩn do tỉnh, sở quy định; mặc định của hệ thống)`,
      confirmed: false,
      summary: 'Hoàn thành tốt nhiệm vụ trở lên (mặc định, chờ quy định của tỉnh, sở).',
    },
    'BK_TINH.person_achievement': {
      citation: `điểm d khoản 1 Điều 74 ${LAW}; ${track}`,
      confirmed: true,
      summary:
        'Có 02 lần liên tục đạt "Chiến sĩ thi đua cơ sở", hoặc 02 năm liên tục hoàn thành xuất sắc nhiệm vụ và có 02 sáng kiến, đề tài được công nhận.',
    },
    'BK_TINH.collective_achievement': {
      citation: `khoản 2 Điều 74 ${LAW} (chưa xác nhận)`,
      confirmed: false,
      summary: 'Tập thể có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ (mặc định).',
    },
    'BK_TINH.campaign_achievement': {
      citation: `điểm a–c khoản 1 Điều 74 ${LAW} (chưa xác nhận)`,
      confirmed: false,
      summary:
        'Thành tích theo điểm a–c (phong trào thi đua, chuyên đề, đột xuất), kể cả khi đề nghị hằng năm: Hội đồng xem xét trên báo cáo thành tích và minh chứng.',
    },
    'CO_TINH.leads_cluster': {
      citation: `Điều 26 ${LAW} (chưa xác nhận; theo Thông tư 22/2023/TT-BCT)`,
      confirmed: false,
      summary: 'Tập thể dẫn đầu khối, cụm thi đua của tỉnh, được suy tôn.',
    },
    'CO_TINH.ttldxs': {
      citation: `Điều 26 ${LAW} (chưa xác nhận; theo Thông tư 22/2023/TT-BCT)`,
      confirmed: false,
      summary: 'Đạt danh hiệu "Tập thể lao động xuất sắc" trong năm.',
    },
    'CSTD_TQ.consecutive_cstd_tinh': {
      citation: `Điều 21 ${LAW}; ${track}`,
      confirmed: true,
      summary:
        'Được lựa chọn trong số những cá nhân có 02 lần liên tục được tặng "Chiến sĩ thi đua cấp tỉnh" (hai lần không cách nhau quá một chu kỳ xét).',
    },
    'CSTD_TQ.initiative_reach': {
      citation: `Điều 21 ${LAW}`,
      confirmed: true,
      summary: 'Có sáng kiến, đề tài khoa học được áp dụng hiệu quả, có phạm vi ảnh hưởng toàn quốc.',
    },
    'CSTD_TQ.forwarded': {
      citation: `Điều 21 ${LAW}`,
      confirmed: true,
      summary: 'Đạt tiêu chuẩn thì tỉnh trình Thủ tướng Chính phủ quyết định.',
    },
    'CO_CP.leads_cluster': {
      citation: `Điều 25 ${LAW}`,
      confirmed: true,
      summary:
        'Tập thể tiêu biểu xuất sắc được lựa chọn trong số các tập thể dẫn đầu khối, cụm thi đua của tỉnh.',
    },
    'CO_CP.excellence': {
      citation: `Điều 25 ${LAW}`,
      confirmed: true,
      summary:
        'Hoàn thành xuất sắc nhiệm vụ, vượt các chỉ tiêu thi đua; nội bộ đoàn kết (Hội đồng đánh giá trên báo cáo thành tích).',
    },
    'CO_CP.forwarded': {
      citation: `Điều 25 ${LAW}`,
      confirmed: true,
      summary: 'Đạt tiêu chuẩn thì tỉnh trình Thủ tướng Chính phủ quyết định.',
    },
    'BK_TTG.person_record': {
      citation: `điểm b khoản 1 Điều 73 ${LAW}; ${track}`,
      confirmed: true,
      summary: personSince('Bằng khen cấp tỉnh', 0, '03 lần được tặng "Chiến sĩ thi đua cơ sở"'),
    },
    'BK_TTG.collective_record': {
      citation: `khoản 2 Điều 73 ${LAW} (nội dung chưa xác nhận); ${track}`,
      confirmed: false,
      summary: collectiveSince(
        'Bằng khen cấp tỉnh',
        '01 lần Cờ thi đua cấp tỉnh hoặc 02 lần "Tập thể lao động xuất sắc"',
      ),
    },
    'BK_TTG.council_judgment': {
      citation: `điểm a khoản 1 Điều 73 ${LAW} (nội dung chưa xác nhận); ${decree.principlesArticle}`,
      confirmed: false,
      summary:
        'Khen thưởng theo chuyên đề, đột xuất: Hội đồng xét thành tích xuất sắc trên báo cáo thành tích và minh chứng.',
    },
    'BK_TTG.forwarded': {
      citation: `Điều 73 ${LAW}`,
      confirmed: true,
      summary: 'Đạt tiêu chuẩn thì tỉnh trình Thủ tướng Chính phủ qua Bộ Nội vụ.',
    },
    'BK_BO.forwarded': {
      citation: `Điều 74 ${LAW}`,
      confirmed: true,
      summary: 'Đạt tiêu chuẩn Bằng khen cấp bộ, ban, ngành, tỉnh thì trình Bộ, ngành Trung ương quyết định.',
    },
    'HCLD_3.person_record': {
      citation: `điểm e khoản 1 Điều 44 ${LAW}; ${track}`,
      confirmed: true,
      summary: personSince('Bằng khen của Thủ tướng Chính phủ', 1, '03 lần "Chiến sĩ thi đua cơ sở"'),
    },
    'HCLD_3.collective_record': {
      citation: `khoản 2 Điều 44 ${LAW} (nội dung chưa xác nhận)`,
      confirmed: false,
      summary: collectiveSince('Bằng khen của Thủ tướng Chính phủ', `${CO_CP} hoặc 02 lần ${CO_TINH}`),
    },
    'HCLD_2.person_record': {
      citation: `khoản 1 Điều 43 ${LAW} (nội dung chưa xác nhận)`,
      confirmed: false,
      summary: personSince(
        `${HCLD} hạng Ba`,
        2,
        '01 lần "Chiến sĩ thi đua cấp tỉnh" hoặc 02 lần Bằng khen cấp tỉnh',
      ),
    },
    'HCLD_2.collective_record': {
      citation: `khoản 2 Điều 43 ${LAW} (nội dung chưa xác nhận)`,
      confirmed: false,
      summary: collectiveSince(`${HCLD} hạng Ba`, `${CO_CP} hoặc 02 lần ${CO_TINH}`),
    },
    'HCLD_1.person_record': {
      citation: `khoản 1 Điều 42 ${LAW} (nội dung chưa xác nhận)`,
      confirmed: false,
      summary: personSince(
        `${HCLD} hạng Nhì`,
        3,
        '01 lần "Chiến sĩ thi đua toàn quốc" hoặc 02 lần "Chiến sĩ thi đua cấp tỉnh"',
      ),
    },
    'HCLD_1.collective_record': {
      citation: `khoản 2 Điều 42 ${LAW} (nội dung chưa xác nhận)`,
      confirmed: false,
      summary: collectiveSince(`${HCLD} hạng Nhì`, `${CO_CP} hoặc 03 lần ${CO_TINH}`),
    },
    'HCLD.council_judgment': {
      citation: `Điều 42–44 ${LAW}; Điều 21 Nghị định 152/2025/NĐ-CP (quá trình cống hiến) (nội dung chưa xác nhận)`,
      confirmed: false,
      summary:
        'Thành tích đột xuất hoặc quá trình cống hiến: Hội đồng xét trên báo cáo thành tích, quá trình công tác và minh chứng.',
    },
    'HCLD.forwarded': {
      citation: `Điều 42–44 ${LAW}`,
      confirmed: true,
      summary: 'Đạt tiêu chuẩn thì tỉnh trình Thủ tướng Chính phủ đề nghị Chủ tịch nước quyết định.',
    },
  };

  const rules = Object.fromEntries(
    Object.entries(texts).map(([id, text]) => [id, { id, ...text, enabled: true, source: 'national' }]),
  ) as Record<RuleId, RuleDefinition>;

  return {
    id: decree.id,
    nationalVersion: decree.id,
    title: decree.title,
    effectiveFrom: decree.effectiveFrom,
    effectiveUntil: decree.effectiveUntil,
    legalBasis: decree.legalBasis,
    awards: DEFAULT_CATALOG,
    rules,
    params: NATIONAL_PARAMS,
    appliedOverrides: [],
  };
}
