/** Example requests of the nomination routes, for the docs and the authorisation matrix test. */
const dossier = [
  {
    kind: 'proposal_letter',
    title: 'Tờ trình đề nghị khen thưởng',
    fileRef: 'dossiers/vp/to-trinh.pdf',
    documentNumber: '12/TTr-VP',
    issuedOn: '2026-11-20',
    copy: 'original',
  },
  {
    kind: 'achievement_report',
    title: 'Báo cáo thành tích cá nhân',
    fileRef: 'dossiers/vp/bao-cao.pdf',
    issuedOn: '2026-11-18',
    copy: 'original',
  },
  {
    kind: 'review_minutes',
    title: 'Biên bản họp bình xét thi đua',
    fileRef: 'dossiers/vp/bien-ban.pdf',
    issuedOn: '2026-11-19',
    copy: 'original',
  },
];

export const EXAMPLE_DRAFT = {
  subject: 'person',
  awardCode: 'LDTT',
  track: 'annual',
  year: 2026,
  campaignId: 'camp-snv-2026',
  nominee: {
    subject: 'person',
    personId: 'person-snv-04',
    fullName: 'Phạm Quốc Huy',
    position: 'Chuyên viên',
    unitName: 'Văn phòng Sở',
    holdsLeadershipPost: false,
    taskRating: 'HTTNV',
    employedSince: '2018-03-01',
  },
  dossier,
};

export const EXAMPLE_RESUBMIT = { dossier, note: 'Đã bổ sung biên bản họp bình xét.' };

export const EXAMPLE_RETURN = {
  reason: 'Hồ sơ thiếu biên bản họp bình xét.',
  items: [{ kind: 'review_minutes', reason: 'Bổ sung biên bản họp bình xét có chữ ký chủ trì.' }],
};
