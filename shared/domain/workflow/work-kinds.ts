/**
 * The kinds of work a home screen lists (`GET /me/worklist`), each a section the web names. Here,
 * not in the use case, so the answer's schema can name them without loading the use case.
 */
export const WORK_KINDS = [
  'drafts',
  'returned',
  'sent',
  'to_check',
  'to_agenda',
  'province_returned',
  'to_sign',
  'to_receive',
  'to_appraise',
  'to_sign_province',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];
