import type {
  CampaignInput,
  CollectiveNomineeInput,
  DossierItemInput,
  InitiativeClaimInput,
  NominationDraftInput,
  PersonNomineeInput,
} from '../../../shared/domain/forms';

/** Factories with overrides: each returns a valid input; a test changes only what it is about. */

export function personNominee(overrides: Partial<PersonNomineeInput> = {}): PersonNomineeInput {
  return {
    subject: 'person',
    fullName: 'Nguyễn Thị Hoa',
    position: 'Chuyên viên',
    unitName: 'Phòng Tổ chức – Hành chính',
    holdsLeadershipPost: false,
    gender: 'female',
    taskRating: 'HTXSNV',
    ...overrides,
  };
}

export function collectiveNominee(overrides: Partial<CollectiveNomineeInput> = {}): CollectiveNomineeInput {
  return {
    subject: 'collective',
    name: 'Phòng Công chức, viên chức',
    parentUnitName: 'Sở Nội vụ tỉnh Hà Tĩnh',
    memberCount: 12,
    femaleMemberCount: 9,
    taskRating: 'HTXSNV',
    ...overrides,
  };
}

export function dossierItem(overrides: Partial<DossierItemInput> = {}): DossierItemInput {
  return {
    kind: 'achievement_report',
    title: 'Báo cáo thành tích đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở',
    fileRef: 'uploads/2024/bao-cao-thanh-tich.pdf',
    issuedOn: '2024-11-20',
    copy: 'original',
    ...overrides,
  };
}

export function initiativeClaim(overrides: Partial<InitiativeClaimInput> = {}): InitiativeClaimInput {
  return {
    kind: 'initiative',
    title: 'Số hóa hồ sơ công chức trên phần mềm quản lý',
    recognitionNumber: '25/QĐ-SNV',
    recognisedOn: '2024-10-15',
    reach: 'department',
    ...overrides,
  };
}

export function nominationDraft(overrides: Partial<NominationDraftInput> = {}): NominationDraftInput {
  return {
    subject: 'person',
    awardCode: 'CSTDCS',
    track: 'annual',
    year: 2024,
    nominee: personNominee(),
    dossier: [
      dossierItem({
        kind: 'proposal_letter',
        title: 'Tờ trình đề nghị khen thưởng',
        fileRef: 'uploads/to-trinh.pdf',
      }),
      dossierItem(),
      dossierItem({
        kind: 'review_minutes',
        title: 'Biên bản họp xét thi đua',
        fileRef: 'uploads/bien-ban.pdf',
      }),
    ],
    initiatives: [initiativeClaim()],
    ...overrides,
  };
}

/** The Hà Tĩnh Sở Nội vụ plan for 2022 (seed 004): two periods, percentage and count targets. */
export function haTinhCampaign2022(overrides: Partial<CampaignInput> = {}): CampaignInput {
  return {
    issuingBody: 'Sở Nội vụ tỉnh Hà Tĩnh',
    documentNumber: '/KH-SNV',
    title:
      'Kế hoạch phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2022',
    theme: '“Đoàn kết, đổi mới, thi đua hoàn thành vượt mức các chỉ tiêu, nhiệm vụ năm 2022”.',
    contentItems: [
      'Tiếp tục thực hiện có hiệu quả Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về “Tiếp tục đổi mới công tác thi đua, khen thưởng”.',
      'Đẩy mạnh việc triển khai thực hiện công tác cải cách hành chính; tăng cường ứng dụng công nghệ thông tin.',
    ],
    scope: {
      subjects: ['person', 'collective'],
      description:
        'Cán bộ, công chức, viên chức, người lao động và các phòng, ban, trung tâm thuộc Sở Nội vụ.',
    },
    periods: [
      { periodNo: 1, startsOn: '2022-01-01', endsOn: '2022-06-30', reviewDueOn: '2022-07-15' },
      { periodNo: 2, startsOn: '2022-07-01', endsOn: '2022-12-31', reviewDueOn: '2022-12-31' },
    ],
    commemorations: [
      { title: '92 năm Ngày thành lập Đảng Cộng sản Việt Nam', on: '2022-02-03', periodNo: 1 },
      { title: '77 năm Ngày Quốc khánh', on: '2022-09-02', periodNo: 2 },
    ],
    targets: [
      {
        metric: '100% cán bộ, công chức, viên chức hoàn thành tốt nhiệm vụ trở lên',
        subject: 'person',
        measure: { kind: 'percentage', percent: 100 },
        minTaskRating: 'HTTNV',
      },
      {
        metric: '15% đạt Chiến sĩ thi đua cơ sở',
        subject: 'person',
        measure: { kind: 'percentage', percent: 15 },
        awardCode: 'CSTDCS',
      },
      {
        metric: '20% tập thể đạt danh hiệu Tập thể lao động xuất sắc',
        subject: 'collective',
        measure: { kind: 'percentage', percent: 20 },
        awardCode: 'TTLDXS',
      },
      {
        metric: '2 - 3 phòng, ban, trung tâm được Bộ Nội vụ, UBND tỉnh tặng Bằng khen',
        subject: 'collective',
        measure: { kind: 'count', min: 2, max: 3 },
        awardCode: 'BK_TINH',
      },
    ],
    awardsInScope: ['LDTT', 'CSTDCS', 'TTLDTT', 'TTLDXS', 'BK_TINH', 'CO_TINH'],
    nominationDeadline: '2022-12-15',
    responsibilities: [
      'Văn phòng Sở tổng hợp, theo dõi, đôn đốc các phòng, ban, trung tâm thực hiện kế hoạch.',
    ],
    ...overrides,
  };
}

/** Decomposes Vietnamese text the way macOS input or a copied PDF may deliver it. */
export const nfd = (text: string): string => text.normalize('NFD');
