/**
 * The award catalog as national defaults. Both national rule-set versions start from it; a province
 * may override the voting policy and the time limits of any award. What DOMAIN.md and
 * domain-sources.md mark unconfirmed is flagged `confirmed: false` here and stays configurable.
 */
import type { AwardCode } from '../vocabulary';
import type { VotingPolicy } from '../voting-policy';
import type { AwardDefinition, DossierItemKind } from './types';

/** Common default: open vote, 2/3 quorum, ≥ 70 % of all members (Lạng Sơn 2018 Quy chế, TT 35/2015). */
export const OPEN_VOTE_70: VotingPolicy = {
  ballot: 'open',
  quorum: { num: 2, den: 3 },
  threshold: { num: 70, den: 100 },
  denominator: 'all_members',
  writtenOpinionsAllowed: true,
};

/** CSTĐ cấp tỉnh and above: secret ballot, ≥ 90 % of all members (NĐ 91/2017 Điều 45.8, now a default). */
export const SECRET_VOTE_90: VotingPolicy = {
  ballot: 'secret',
  quorum: { num: 2, den: 3 },
  threshold: { num: 90, den: 100 },
  denominator: 'all_members',
  writtenOpinionsAllowed: true,
};

/** Điều 84 khoản 1 (danh hiệu): đề nghị, báo cáo thành tích, biên bản bình xét. */
const BASE_DOSSIER: readonly DossierItemKind[] = ['proposal_letter', 'achievement_report', 'review_minutes'];
/** Điều 84 khoản 1 điểm d: CSTĐ titles also need the initiative or research certificate. */
const CSTD_DOSSIER: readonly DossierItemKind[] = [...BASE_DOSSIER, 'initiative_certificate'];
/** Secret ballots leave a tally (biên bản kiểm phiếu) beside the minutes. */
const SECRET_DOSSIER: readonly DossierItemKind[] = [...CSTD_DOSSIER, 'vote_tally'];
/** Điều 84 khoản 3: national awards also need the opinions of related agencies (hiệp y). */
const NATIONAL_DOSSIER: readonly DossierItemKind[] = [...BASE_DOSSIER, 'vote_tally', 'consultation_opinions'];

/** Province-level certificates: 25 working days is a common figure (QĐ 987/QĐ-BVHTTDL), unconfirmed. */
const PROVINCE_TIME_LIMITS = { province_review: 25 } as const;

const person = (items: readonly DossierItemKind[]) => ({ person: items, collective: [] as const });
const collective = (items: readonly DossierItemKind[]) => ({ person: [] as const, collective: items });
const both = (items: readonly DossierItemKind[]) => ({ person: items, collective: items });

/** Rules every national award shares before its own standard. */
const NATIONAL_COMMON = [
  'COMMON.subject',
  'COMMON.track',
  'COMMON.discipline_block',
  'COMMON.discipline_in_year',
] as const;

/** Huân chương Lao động of one class: the record since the class below, or the council's judgment. */
function labourOrder(code: 'HCLD_1' | 'HCLD_2' | 'HCLD_3', grade: string, article: string): AwardDefinition {
  return {
    code,
    name: `Huân chương Lao động ${grade}`,
    kind: 'reward',
    subjects: ['person', 'collective'],
    authority: 'national',
    tracks: ['annual', 'ad_hoc', 'service'],
    voting: SECRET_VOTE_90,
    dossier: both(NATIONAL_DOSSIER),
    timeLimitsWorkingDays: {},
    ruleIds: [
      ...NATIONAL_COMMON,
      `${code}.person_record`,
      `${code}.collective_record`,
      'HCLD.council_judgment',
      'HCLD.forwarded',
    ],
    citation: `${article} Luật TĐKT 2022`,
    confirmed: true,
  };
}

/** Bằng khen của Chủ tịch UBND tỉnh (Điều 74); the Bằng khen of a Bộ shares its standards. */
const BK_TINH: AwardDefinition = {
  code: 'BK_TINH',
  name: 'Bằng khen của Chủ tịch UBND tỉnh',
  kind: 'reward',
  subjects: ['person', 'collective'],
  authority: 'province',
  tracks: ['annual', 'campaign', 'ad_hoc'],
  voting: OPEN_VOTE_70,
  dossier: both(BASE_DOSSIER),
  timeLimitsWorkingDays: PROVINCE_TIME_LIMITS,
  ruleIds: [
    'COMMON.subject',
    'COMMON.track',
    'COMMON.discipline_block',
    'COMMON.discipline_in_year',
    'BK_TINH.person_achievement',
    'BK_TINH.collective_achievement',
    'BK_TINH.campaign_achievement',
    'COMMON.initiative_once',
  ],
  citation: 'Điều 74 Luật TĐKT 2022',
  confirmed: true,
};

/** National default catalog, keyed by award code. */
export const DEFAULT_CATALOG: Readonly<Record<AwardCode, AwardDefinition>> = {
  LDTT: {
    code: 'LDTT',
    name: 'Lao động tiên tiến',
    kind: 'title',
    subjects: ['person'],
    authority: 'department',
    tracks: ['annual'],
    voting: OPEN_VOTE_70,
    dossier: person(BASE_DOSSIER),
    timeLimitsWorkingDays: {},
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'COMMON.discipline_in_year',
      'LDTT.task_rating',
      'LDTT.recruitment',
      'LDTT.special_leave',
    ],
    citation: 'Điều 24, khoản 1 Điều 80 Luật TĐKT 2022',
    confirmed: true,
  },
  CSTDCS: {
    code: 'CSTDCS',
    name: 'Chiến sĩ thi đua cơ sở',
    kind: 'title',
    subjects: ['person'],
    authority: 'department',
    tracks: ['annual'],
    voting: OPEN_VOTE_70,
    dossier: person(CSTD_DOSSIER),
    // Điều 23: "hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến…" — the HTXSNV path has none to certify.
    dossierWaivers: {
      initiative_certificate: {
        when: 'htxs_path',
        citation: 'Điều 23, điểm d khoản 1 Điều 84 Luật TĐKT 2022',
      },
    },
    timeLimitsWorkingDays: {},
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'COMMON.discipline_in_year',
      'CSTDCS.ldtt',
      'CSTDCS.achievement',
      'COMMON.initiative_once',
    ],
    citation: 'Điều 23, khoản 1 Điều 80 Luật TĐKT 2022',
    confirmed: true,
  },
  CSTD_TINH: {
    code: 'CSTD_TINH',
    name: 'Chiến sĩ thi đua cấp tỉnh',
    kind: 'title',
    subjects: ['person'],
    authority: 'province',
    tracks: ['annual'],
    voting: SECRET_VOTE_90,
    dossier: person(SECRET_DOSSIER),
    timeLimitsWorkingDays: PROVINCE_TIME_LIMITS,
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'COMMON.discipline_in_year',
      'CSTD_TINH.consecutive_cstdcs',
      'CSTD_TINH.initiative_reach',
      'COMMON.initiative_once',
    ],
    // The Law's article on the Chủ tịch UBND tỉnh's power (Điều 79) was not seen.
    citation: 'Điều 22 Luật TĐKT 2022; thẩm quyền Chủ tịch UBND tỉnh (Điều 79, chưa xác nhận)',
    confirmed: false,
  },
  TTLDTT: {
    code: 'TTLDTT',
    name: 'Tập thể lao động tiên tiến',
    kind: 'title',
    subjects: ['collective'],
    authority: 'department',
    tracks: ['annual'],
    voting: OPEN_VOTE_70,
    dossier: collective(BASE_DOSSIER),
    timeLimitsWorkingDays: {},
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'TTLDTT.task_rating',
      'TTLDTT.ldtt_share',
      'TTLDTT.member_discipline',
    ],
    citation: 'Điều 28, khoản 1 Điều 80 Luật TĐKT 2022',
    confirmed: true,
  },
  TTLDXS: {
    code: 'TTLDXS',
    name: 'Tập thể lao động xuất sắc',
    kind: 'title',
    subjects: ['collective'],
    authority: 'province',
    tracks: ['annual'],
    voting: OPEN_VOTE_70,
    dossier: collective(BASE_DOSSIER),
    timeLimitsWorkingDays: PROVINCE_TIME_LIMITS,
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'TTLDXS.task_rating',
      'TTLDXS.all_complete',
      'TTLDXS.ldtt_share',
      'TTLDXS.cstdcs_member',
    ],
    citation: 'Điều 27 Luật TĐKT 2022; thẩm quyền Chủ tịch UBND tỉnh (chưa xác nhận)',
    confirmed: false,
  },
  GIAY_KHEN: {
    code: 'GIAY_KHEN',
    name: 'Giấy khen của Giám đốc Sở',
    kind: 'reward',
    subjects: ['person', 'collective'],
    authority: 'department',
    tracks: ['annual', 'campaign', 'ad_hoc'],
    voting: OPEN_VOTE_70,
    dossier: both(BASE_DOSSIER),
    timeLimitsWorkingDays: {},
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'COMMON.discipline_in_year',
      'GIAY_KHEN.criteria',
    ],
    citation: 'Điều 75, khoản 1 Điều 80 Luật TĐKT 2022',
    confirmed: true,
  },
  BK_TINH,
  // One article for the Bằng khen of a Bộ and of a tỉnh: the same standards, then forwarded.
  BK_BO: {
    ...BK_TINH,
    code: 'BK_BO',
    name: 'Bằng khen của Bộ, ban, ngành Trung ương',
    authority: 'national',
    timeLimitsWorkingDays: {},
    ruleIds: [...BK_TINH.ruleIds, 'BK_BO.forwarded'],
  },
  CO_TINH: {
    code: 'CO_TINH',
    name: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
    kind: 'title',
    subjects: ['collective'],
    authority: 'province',
    tracks: ['annual'],
    voting: SECRET_VOTE_90,
    dossier: collective([...BASE_DOSSIER, 'cluster_minutes', 'vote_tally']),
    timeLimitsWorkingDays: PROVINCE_TIME_LIMITS,
    ruleIds: [
      'COMMON.subject',
      'COMMON.track',
      'COMMON.discipline_block',
      'CO_TINH.leads_cluster',
      'CO_TINH.ttldxs',
    ],
    citation: 'Điều 26 Luật TĐKT 2022 (nội dung chưa xác nhận)',
    confirmed: false,
  },
  CSTD_TQ: {
    code: 'CSTD_TQ',
    name: 'Chiến sĩ thi đua toàn quốc',
    kind: 'title',
    subjects: ['person'],
    authority: 'national',
    tracks: ['annual'],
    voting: SECRET_VOTE_90,
    dossier: person([...NATIONAL_DOSSIER, 'initiative_certificate']),
    timeLimitsWorkingDays: {},
    ruleIds: [
      ...NATIONAL_COMMON,
      'CSTD_TQ.consecutive_cstd_tinh',
      'CSTD_TQ.initiative_reach',
      'COMMON.initiative_once',
      'CSTD_TQ.forwarded',
    ],
    citation: 'Điều 21 Luật TĐKT 2022',
    confirmed: true,
  },
  CO_CP: {
    code: 'CO_CP',
    name: 'Cờ thi đua của Chính phủ',
    kind: 'title',
    subjects: ['collective'],
    authority: 'national',
    tracks: ['annual'],
    voting: SECRET_VOTE_90,
    dossier: collective(NATIONAL_DOSSIER),
    timeLimitsWorkingDays: {},
    ruleIds: [...NATIONAL_COMMON, 'CO_CP.leads_cluster', 'CO_CP.excellence', 'CO_CP.forwarded'],
    citation: 'Điều 25 Luật TĐKT 2022',
    confirmed: true,
  },
  BK_TTG: {
    code: 'BK_TTG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kind: 'reward',
    subjects: ['person', 'collective'],
    authority: 'national',
    tracks: ['annual', 'campaign', 'ad_hoc'],
    voting: SECRET_VOTE_90,
    dossier: both(NATIONAL_DOSSIER),
    timeLimitsWorkingDays: {},
    ruleIds: [
      ...NATIONAL_COMMON,
      'BK_TTG.person_record',
      'BK_TTG.collective_record',
      'BK_TTG.council_judgment',
      'BK_TTG.forwarded',
    ],
    citation: 'Điều 73 Luật TĐKT 2022',
    confirmed: true,
  },
  HCLD_3: labourOrder('HCLD_3', 'hạng Ba', 'Điều 44'),
  HCLD_2: labourOrder('HCLD_2', 'hạng Nhì', 'Điều 43'),
  HCLD_1: labourOrder('HCLD_1', 'hạng Nhất', 'Điều 42'),
};
