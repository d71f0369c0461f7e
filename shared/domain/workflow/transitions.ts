import type { Role } from '../vocabulary';
import type { GuardName } from './guards';
import type { NotifyCategory } from './notify';
import type { NominationState } from './states';

export const ACTIONS = [
  'submit',
  'discard',
  'return',
  'resubmit',
  'accept',
  'open_vote',
  'record_pass',
  'record_fail',
  'decide',
  'forward',
  'receive',
  'province_return',
  'reforward',
  'appraise',
  'open_province_vote',
  'record_province_pass',
  'record_province_fail',
  'province_reject',
  'province_decide',
  'forward_to_central',
  'withdraw',
  'revoke',
] as const;
export type Action = (typeof ACTIONS)[number];

/** What a transition writes onto the nomination besides its state, taken from the context. */
export type Recorded = 'decision' | 'revocation' | 'submission_letter' | 'tally';

/** One row of the state machine. (action, from-state) pairs are unique across the table. */
export interface Transition {
  readonly action: Action;
  readonly from: readonly NominationState[];
  readonly to: NominationState;
  readonly role: Role;
  /** All must hold, checked in order; the first failure is the error returned. */
  readonly guards: readonly GuardName[];
  readonly notifies: readonly NotifyCategory[];
  readonly requiresReason: boolean;
  readonly records?: Recorded;
  /** The button people press. */
  readonly label: string;
}

/** Before any decision, outside a running vote: a unit may still take its proposal back. */
const WITHDRAWABLE_AT_DEPARTMENT: readonly NominationState[] = [
  'submitted',
  'returned',
  'accepted',
  'council_passed',
];
const WITHDRAWABLE_AT_PROVINCE: readonly NominationState[] = [
  'forwarded',
  'province_review',
  'province_returned',
  'province_approved',
];

/**
 * The state machine as data. Route by the award's deciding authority:
 * department → … → council_passed → decided;
 * province → … → council_passed → forwarded → province_review → province_approved → decided_by_province;
 * national → … → province_approved → forwarded_to_central.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    from: ['draft'],
    to: 'submitted',
    role: 'unit_officer',
    guards: ['actorOwnsNomination', 'beforeNominationDeadline'],
    notifies: ['secretariat'],
    requiresReason: false,
    label: 'Gửi đề nghị',
  },
  {
    action: 'discard',
    from: ['draft'],
    to: 'withdrawn',
    role: 'unit_officer',
    guards: ['actorOwnsNomination'],
    notifies: [],
    requiresReason: false,
    label: 'Hủy bản nháp',
  },
  {
    action: 'return',
    from: ['submitted'],
    to: 'returned',
    role: 'council_secretary',
    guards: ['actorInOrganisation'],
    notifies: ['submitting_unit'],
    requiresReason: true,
    label: 'Trả lại để bổ sung',
  },
  {
    action: 'resubmit',
    from: ['returned'],
    to: 'submitted',
    role: 'unit_officer',
    guards: ['actorOwnsNomination'],
    notifies: ['secretariat'],
    requiresReason: false,
    label: 'Gửi lại',
  },
  {
    action: 'accept',
    from: ['submitted'],
    to: 'accepted',
    role: 'council_secretary',
    guards: ['actorInOrganisation', 'dossierComplete', 'rulesPassed'],
    notifies: ['submitting_unit'],
    requiresReason: false,
    label: 'Tiếp nhận hồ sơ',
  },
  {
    action: 'open_vote',
    from: ['accepted'],
    to: 'in_council',
    role: 'council_secretary',
    guards: ['actorInOrganisation'],
    notifies: ['council_members'],
    requiresReason: false,
    label: 'Đưa ra Hội đồng bỏ phiếu',
  },
  {
    action: 'record_pass',
    from: ['in_council'],
    to: 'council_passed',
    role: 'council_secretary',
    guards: ['actorInOrganisation', 'councilPassed'],
    notifies: ['submitting_unit'],
    requiresReason: false,
    records: 'tally',
    label: 'Ghi nhận Hội đồng thông qua',
  },
  {
    action: 'record_fail',
    from: ['in_council'],
    to: 'council_failed',
    role: 'council_secretary',
    guards: ['actorInOrganisation', 'councilFailed'],
    notifies: ['submitting_unit', 'nominee'],
    requiresReason: false,
    records: 'tally',
    label: 'Ghi nhận Hội đồng không thông qua',
  },
  {
    action: 'decide',
    from: ['council_passed'],
    to: 'decided',
    role: 'director',
    guards: ['actorInOrganisation', 'authorityIsDepartment', 'hasDecision'],
    notifies: ['submitting_unit', 'nominee'],
    requiresReason: false,
    records: 'decision',
    label: 'Ký quyết định khen thưởng',
  },
  {
    action: 'forward',
    from: ['council_passed'],
    to: 'forwarded',
    role: 'director',
    guards: ['actorInOrganisation', 'authorityAboveDepartment', 'hasSubmissionLetter'],
    notifies: ['province_officers', 'submitting_unit'],
    requiresReason: false,
    records: 'submission_letter',
    label: 'Trình UBND tỉnh',
  },
  {
    action: 'receive',
    from: ['forwarded'],
    to: 'province_review',
    role: 'province_officer',
    guards: [],
    notifies: [],
    requiresReason: false,
    label: 'Tiếp nhận, thẩm định',
  },
  {
    action: 'province_return',
    from: ['province_review'],
    to: 'province_returned',
    role: 'province_officer',
    guards: [],
    notifies: ['secretariat'],
    requiresReason: true,
    label: 'Trả lại Sở để bổ sung',
  },
  {
    action: 'reforward',
    from: ['province_returned'],
    to: 'forwarded',
    role: 'council_secretary',
    guards: ['actorInOrganisation'],
    notifies: ['province_officers'],
    requiresReason: false,
    label: 'Trình lại UBND tỉnh',
  },
  {
    action: 'appraise',
    from: ['province_review'],
    to: 'province_approved',
    role: 'province_officer',
    guards: ['authorityAboveDepartment', 'rulesPassed', 'provinceCouncilNotRequired'],
    notifies: [],
    requiresReason: false,
    label: 'Thẩm định đạt',
  },
  {
    action: 'open_province_vote',
    from: ['province_review'],
    to: 'in_province_council',
    role: 'province_officer',
    guards: ['authorityAboveDepartment', 'rulesPassed', 'provinceCouncilRequired'],
    notifies: [],
    requiresReason: false,
    label: 'Đưa ra Hội đồng tỉnh bỏ phiếu',
  },
  {
    action: 'record_province_pass',
    from: ['in_province_council'],
    to: 'province_approved',
    role: 'province_officer',
    guards: ['councilPassed'],
    notifies: [],
    requiresReason: false,
    records: 'tally',
    label: 'Ghi nhận Hội đồng tỉnh thông qua',
  },
  {
    action: 'record_province_fail',
    from: ['in_province_council'],
    to: 'province_rejected',
    role: 'province_officer',
    guards: ['councilFailed'],
    notifies: ['secretariat', 'submitting_unit', 'nominee'],
    requiresReason: false,
    records: 'tally',
    label: 'Ghi nhận Hội đồng tỉnh không thông qua',
  },
  {
    action: 'province_reject',
    from: ['province_review'],
    to: 'province_rejected',
    role: 'province_officer',
    guards: [],
    notifies: ['secretariat', 'submitting_unit', 'nominee'],
    requiresReason: true,
    label: 'Thẩm định không đạt',
  },
  {
    action: 'province_reject',
    from: ['province_approved'],
    to: 'province_rejected',
    role: 'province_leader',
    guards: [],
    notifies: ['secretariat', 'submitting_unit', 'nominee'],
    requiresReason: true,
    label: 'Không chấp thuận',
  },
  {
    action: 'province_decide',
    from: ['province_approved'],
    to: 'decided_by_province',
    role: 'province_leader',
    guards: ['authorityIsProvince', 'hasDecision'],
    notifies: ['secretariat', 'submitting_unit', 'nominee'],
    requiresReason: false,
    records: 'decision',
    label: 'Ký quyết định khen thưởng',
  },
  {
    action: 'forward_to_central',
    from: ['province_approved'],
    to: 'forwarded_to_central',
    role: 'province_leader',
    guards: ['authorityIsNational', 'hasSubmissionLetter'],
    notifies: ['secretariat', 'submitting_unit'],
    requiresReason: false,
    records: 'submission_letter',
    label: 'Trình cấp Trung ương',
  },
  {
    action: 'withdraw',
    from: WITHDRAWABLE_AT_DEPARTMENT,
    to: 'withdrawn',
    role: 'unit_officer',
    guards: ['actorOwnsNomination'],
    notifies: ['secretariat'],
    requiresReason: true,
    label: 'Rút đề nghị',
  },
  {
    action: 'withdraw',
    from: WITHDRAWABLE_AT_PROVINCE,
    to: 'withdrawn',
    role: 'unit_officer',
    guards: ['actorOwnsNomination'],
    notifies: ['secretariat', 'province_officers'],
    requiresReason: true,
    label: 'Rút đề nghị',
  },
  {
    action: 'revoke',
    from: ['decided'],
    to: 'revoked',
    role: 'director',
    guards: ['actorInOrganisation', 'hasRevokingDecision'],
    notifies: ['submitting_unit', 'nominee'],
    requiresReason: true,
    records: 'revocation',
    label: 'Hủy bỏ quyết định khen thưởng',
  },
  {
    action: 'revoke',
    from: ['decided_by_province'],
    to: 'revoked',
    role: 'province_leader',
    guards: ['hasRevokingDecision'],
    notifies: ['secretariat', 'submitting_unit', 'nominee'],
    requiresReason: true,
    records: 'revocation',
    label: 'Hủy bỏ quyết định khen thưởng',
  },
];

/** The row for `action` from `state`, if the table has one. */
export function findTransition(action: Action, state: NominationState): Transition | undefined {
  return TRANSITIONS.find((t) => t.action === action && t.from.includes(state));
}

/** The rows that may leave `state`, e.g. to show the buttons a role may press. */
export function transitionsFrom(state: NominationState, role?: Role): Transition[] {
  return TRANSITIONS.filter((t) => t.from.includes(state) && (role === undefined || t.role === role));
}
