/**
 * Kinds of dossier document (hồ sơ), after Điều 84 Luật TĐKT 2022 and the council's records.
 * One list for the forms (what a unit may attach) and the rule catalog (what each award requires).
 */
export const DOSSIER_KINDS = [
  'proposal_letter',
  'achievement_report',
  'review_minutes',
  'vote_tally',
  'initiative_certificate',
  'cluster_minutes',
  'consultation_opinions',
  'leave_evidence',
  'achievement_evidence',
  'other',
] as const;
export type DossierKind = (typeof DOSSIER_KINDS)[number];

export const DOSSIER_KIND_LABELS: Readonly<Record<DossierKind, string>> = {
  proposal_letter: 'Tờ trình / văn bản đề nghị khen thưởng',
  achievement_report: 'Báo cáo thành tích',
  review_minutes: 'Biên bản họp bình xét / xét khen thưởng',
  vote_tally: 'Biên bản kiểm phiếu',
  initiative_certificate: 'Giấy chứng nhận / xác nhận sáng kiến, kết quả đề tài',
  cluster_minutes: 'Biên bản suy tôn của khối, cụm thi đua',
  consultation_opinions: 'Ý kiến hiệp y của cơ quan liên quan',
  leave_evidence: 'Quyết định nghỉ thai sản / xác nhận thời gian điều trị',
  achievement_evidence: 'Minh chứng thành tích (sản phẩm, văn bản ghi nhận)',
  other: 'Tài liệu khác',
};

/**
 * What a council meeting keeps once closed, signed: its minutes and, for a secret ballot, the
 * tally. Each becomes a dossier item of every nomination on the meeting's agenda.
 */
export const MEETING_FILE_KINDS = ['review_minutes', 'vote_tally'] as const satisfies readonly DossierKind[];
export type MeetingFileKind = (typeof MEETING_FILE_KINDS)[number];
