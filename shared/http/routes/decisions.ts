import * as z from 'zod/mini';
import { isoDate } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, multiLineText, singleLineText } from '../../domain/forms/text';
import { documentPage, issuedDocument } from '../answers/decisions';
import { stepAnswer } from '../answers/nominations';
import { defineRoute, type Route } from '../route';
import { ReforwardBody } from './nomination-bodies';
import { SO_AND_PROVINCE } from './nomination-params';

const idParams = z.strictObject({ id: identifier(LIMITS.id) });
/** One document lists at most this many nominations (a large batch is written in chunks). */
const MAX_BATCH = 500;
const nominationIds = z.array(identifier(LIMITS.id)).check(z.minLength(1), z.maxLength(MAX_BATCH));
const summary = z.optional(singleLineText(500));

/** `KT.` (ký thay) or `TM.` (thay mặt) only as the title's own prefix, as NĐ 30/2020 prints it. */
const signerTitle = singleLineText(200).check(
  z.refine((title) => !/\b(KT|TM)\b/i.test(title.replace(/^(KT|TM)\. /, '')), {
    message: 'Chức vụ người ký: "KT." hoặc "TM." chỉ đứng đầu, ví dụ "KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC".',
  }),
);

/**
 * What the official enters from the signed paper, each optional: the number (checked against the
 * issuer's code, unique in its year: 409 `DECISION_NUMBER_TAKEN`), the date (not in the future,
 * not before the nominations' outcome), the signer as printed. Left out: numbered automatically,
 * dated today, the caller recorded as signer.
 */
const enteredDetails = {
  number: z.optional(
    singleLineText(40).check(
      z.refine((n) => /^\d{1,5}\/(QĐ|TTr)-[^\s/]{1,20}$/.test(n), {
        message: 'Số văn bản phải có dạng "số/QĐ-<mã cơ quan>" (hoặc "số/TTr-<mã cơ quan>" với tờ trình).',
      }),
    ),
  ),
  signedOn: z.optional(isoDate),
  signer: z.optional(z.strictObject({ name: singleLineText(100), title: signerTitle })),
};
const noteBody = z.strictObject({ note: z.optional(multiLineText(LIMITS.reason)) });

/** The director (…/QĐ-<Sở>) or the chairman (…/QĐ-UBND) signs one decision for many nominations. */
export const signDecision = defineRoute({
  id: 'sign-decision',
  method: 'POST',
  path: '/decisions',
  roles: ['director', 'province_leader'],
  summary:
    'Ký một quyết định khen thưởng cho nhiều đề nghị (số, ngày, người ký do cán bộ nhập hoặc hệ thống cấp)',
  idempotent: true,
  ownedResource: false,
  body: z.strictObject({ nominationIds, summary, ...enteredDetails }),
  successStatus: 201,
  response: issuedDocument,
  example: {
    body: {
      nominationIds: ['nom-example'],
      number: '163/QĐ-UBND',
      signedOn: '2026-12-28',
      signer: { name: 'Võ Trọng Hải', title: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH' },
    },
  },
});

export const listDecisions = defineRoute({
  id: 'list-decisions',
  method: 'GET',
  path: '/decisions',
  roles: [...SO_AND_PROVINCE],
  summary: 'Quyết định (hoặc tờ trình) của cơ quan, theo năm',
  idempotent: false,
  ownedResource: false,
  query: z.strictObject({
    year: z.optional(z.coerce.number().check(z.int(), z.gte(2000), z.lte(9999))),
    kind: z.optional(z.enum(['decision', 'submission'])),
    cursor: z.optional(z.string().check(z.maxLength(2048))),
    limit: z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(100))),
  }),
  successStatus: 200,
  response: documentPage,
});

export const getDecision = defineRoute({
  id: 'get-decision',
  method: 'GET',
  path: '/decisions/{id}',
  roles: [...SO_AND_PROVINCE],
  summary: 'Một quyết định hoặc tờ trình, với danh sách khen thưởng kèm theo',
  idempotent: false,
  ownedResource: true,
  params: idParams,
  successStatus: 200,
  response: issuedDocument,
});

/** A revoking decision for some awards of a decision; nothing is deleted. */
export const revokeDecision = defineRoute({
  id: 'revoke-decision',
  method: 'POST',
  path: '/decisions/{id}/revocations',
  roles: ['director', 'province_leader'],
  summary: 'Ký quyết định hủy bỏ khen thưởng (liên kết với quyết định bị hủy)',
  idempotent: true,
  ownedResource: true,
  params: idParams,
  body: z.strictObject({ nominationIds, reason: multiLineText(LIMITS.reason), summary }),
  successStatus: 201,
  response: issuedDocument,
  example: { body: { nominationIds: ['nom-example'], reason: 'Hồ sơ kê khai không trung thực.' } },
});

/** The Sở's tờ trình to the province (director), or the province's to central level (chairman). */
export const forwardNominations = defineRoute({
  id: 'forward-nominations',
  method: 'POST',
  path: '/submissions',
  roles: ['director', 'province_leader'],
  summary: 'Trình cấp trên khen thưởng: một tờ trình cho nhiều đề nghị',
  idempotent: true,
  ownedResource: false,
  body: z.strictObject({ nominationIds, summary, ...enteredDetails }),
  successStatus: 201,
  response: issuedDocument,
  example: {
    body: {
      nominationIds: ['nom-example'],
      number: '45/TTr-SNV',
      signedOn: '2026-12-10',
      signer: { name: 'Phan Thị Tô Hoa', title: 'GIÁM ĐỐC' },
    },
  },
});

const nominationStep = /* @__NO_SIDE_EFFECTS__ */ <B extends z.core.$ZodType>(
  id: string,
  path: string,
  roles: Route['roles'],
  title: string,
  body: B,
  example?: unknown,
) =>
  defineRoute({
    id,
    method: 'POST',
    path: `/nominations/{id}/${path}` as `/${string}`,
    roles,
    summary: title,
    idempotent: true,
    ownedResource: true,
    params: idParams,
    body,
    ifMatch: 'optional',
    successStatus: 200,
    response: stepAnswer,
    ...(example ? { example: { body: example } } : {}),
  });

export const receiveNomination = nominationStep(
  'receive-nomination',
  'receive',
  ['province_officer'],
  'Ban TĐKT tỉnh tiếp nhận hồ sơ để thẩm định',
  noteBody,
);
export const appraiseNomination = nominationStep(
  'appraise-nomination',
  'appraise',
  ['province_officer'],
  'Ban TĐKT tỉnh thẩm định đạt',
  noteBody,
);
export const provinceReturnNomination = nominationStep(
  'province-return-nomination',
  'province-return',
  ['province_officer'],
  'Ban TĐKT tỉnh trả hồ sơ về Sở để bổ sung',
  z.strictObject({ reason: multiLineText(LIMITS.reason) }),
  { reason: 'Thiếu bản sao chứng thực giấy chứng nhận sáng kiến.' },
);
export const provinceRejectNomination = nominationStep(
  'province-reject-nomination',
  'province-reject',
  ['province_officer', 'province_leader'],
  'Tỉnh không chấp thuận đề nghị (Ban TĐKT khi thẩm định, Chủ tịch khi đã thẩm định đạt)',
  z.strictObject({ reason: multiLineText(LIMITS.reason) }),
  { reason: 'Thành tích chưa đủ tiêu biểu để khen thưởng cấp tỉnh.' },
);
export const reforwardNomination = nominationStep(
  'reforward-nomination',
  'reforward',
  ['council_secretary'],
  'Sở trình lại hồ sơ đã bổ sung lên tỉnh, kèm các tài liệu bổ sung',
  ReforwardBody,
);

/** Routes of this area, in the order the OpenAPI document lists them. */
export const DECISIONS_ROUTES: readonly Route[] = [
  signDecision,
  listDecisions,
  getDecision,
  revokeDecision,
  forwardNominations,
  receiveNomination,
  appraiseNomination,
  provinceReturnNomination,
  provinceRejectNomination,
  reforwardNomination,
];
