/**
 * The states of a nomination. One list for the whole route; which part of it a nomination walks
 * depends on the deciding authority of its award (see `transitions.ts`).
 */
export const NOMINATION_STATES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'in_council',
  'council_passed',
  'council_failed',
  'decided',
  'forwarded',
  'province_review',
  'province_returned',
  'in_province_council',
  'province_approved',
  'province_rejected',
  'decided_by_province',
  'forwarded_to_central',
  'withdrawn',
  'revoked',
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

/**
 * No transition leaves these. A decided nomination is not terminal: it can still be revoked.
 * `forwarded_to_central` is terminal here because the national decision happens outside the system.
 */
export const TERMINAL_STATES: readonly NominationState[] = [
  'council_failed',
  'province_rejected',
  'forwarded_to_central',
  'withdrawn',
  'revoked',
];

/** A decision has been signed: the award exists until revoked. */
export const DECIDED_STATES: readonly NominationState[] = ['decided', 'decided_by_province'];

/**
 * The Sở has made the nomination its own proposal (the secretariat found the dossier complete) and
 * it is still on its way to the award or has it: the Sở's council, its decision, the province's
 * review, council and decision, or the central level. Not here: the unit's side (`draft`,
 * `submitted`, `returned`) and what left the route without the award (`council_failed`,
 * `province_rejected`, `withdrawn`, `revoked`). The public notice lists these; campaign progress
 * counts them as proposed.
 */
export const ACCEPTED_ON_ROUTE_STATES = [
  'accepted',
  'in_council',
  'council_passed',
  'decided',
  'forwarded',
  'province_review',
  'province_returned',
  'in_province_council',
  'province_approved',
  'decided_by_province',
  'forwarded_to_central',
] as const satisfies readonly NominationState[];

/** Past the council's vote (the Sở's), and not refused since: approved, whether decided or not. */
export const COUNCIL_APPROVED_STATES = ACCEPTED_ON_ROUTE_STATES.filter(
  (state) => state !== 'accepted' && state !== 'in_council',
);

/** True when no transition may leave `state`. */
export function isTerminal(state: NominationState): boolean {
  return TERMINAL_STATES.includes(state);
}

/** What people see. */
export const STATE_LABELS: Readonly<Record<NominationState, string>> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi, chờ thẩm định',
  returned: 'Trả lại để bổ sung hồ sơ',
  accepted: 'Hồ sơ hợp lệ, chờ Hội đồng xét',
  in_council: 'Hội đồng đang bỏ phiếu',
  council_passed: 'Hội đồng đã thông qua',
  council_failed: 'Hội đồng không thông qua',
  decided: 'Đã có quyết định khen thưởng của Giám đốc Sở',
  forwarded: 'Đã trình UBND tỉnh',
  province_review: 'Ban Thi đua – Khen thưởng tỉnh đang thẩm định',
  province_returned: 'Tỉnh trả lại để bổ sung',
  in_province_council: 'Hội đồng TĐKT tỉnh đang bỏ phiếu',
  province_approved: 'Đã thẩm định, chờ Chủ tịch UBND tỉnh',
  province_rejected: 'Tỉnh không chấp thuận',
  decided_by_province: 'Đã có quyết định khen thưởng của Chủ tịch UBND tỉnh',
  forwarded_to_central: 'Đã trình cấp Trung ương',
  withdrawn: 'Đơn vị đã rút đề nghị',
  revoked: 'Quyết định khen thưởng đã bị hủy bỏ',
};
