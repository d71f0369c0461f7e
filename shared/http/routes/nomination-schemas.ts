/**
 * Path, query and body schemas shared by the nomination, secretariat and audit routes, with the
 * example requests the docs and the authorisation matrix use.
 */
import * as z from 'zod/mini';
import { DOSSIER_KINDS } from '../../domain/dossier-kinds';
import { DossierItemSchema, fileRef, identifier, LIMITS, multiLineText } from '../../domain/forms';
import { AWARD_CODES, type Role } from '../../domain/vocabulary';
import { NOMINATION_STATES } from '../../domain/workflow';

/** Everyone who may see some nomination (which ones is the use case's business). */
export const NOMINATION_VIEWERS: readonly Role[] = [
  'unit_officer',
  'council_secretary',
  'council_member',
  'director',
  'province_officer',
  'province_leader',
];

export const NominationIdParams = z.strictObject({ id: identifier(LIMITS.id) });

/** Actions without a body still refuse one that tries to set something (`state`, `version`…). */
export const NoBody = z.optional(z.strictObject({}));

const year = z.coerce.number().check(z.int(), z.gte(1000), z.lte(9999));
export const PageQuery = {
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
  limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
};

export const UnitNominationsQuery = z.strictObject({
  state: z.optional(z.enum(NOMINATION_STATES)),
  campaignId: z.optional(identifier(LIMITS.id)),
  year: z.optional(year),
  awardCode: z.optional(z.enum(AWARD_CODES)),
  ...PageQuery,
});

export const ReasonBody = z.strictObject({ reason: multiLineText(LIMITS.reason) });

export const ResubmitBody = z.strictObject({
  dossier: z.array(DossierItemSchema).check(z.minLength(1), z.maxLength(LIMITS.dossierItems)),
  note: z.optional(multiLineText(LIMITS.reason)),
});

export const ReturnBody = z.strictObject({
  reason: multiLineText(LIMITS.reason),
  items: z
    .array(
      z.strictObject({
        kind: z.enum(DOSSIER_KINDS),
        fileRef: z.optional(fileRef),
        reason: multiLineText(LIMITS.reason),
      }),
    )
    .check(z.minLength(1), z.maxLength(LIMITS.dossierItems)),
});

export const QuotaUseQuery = z.strictObject({
  awardCode: z._default(z.enum(['CSTDCS', 'CSTD_TINH']), 'CSTDCS'),
  year,
});

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
