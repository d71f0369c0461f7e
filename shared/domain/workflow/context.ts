import type { Authority, Role } from '../vocabulary';
import type { NominationState } from './states';
import type { TallyResult } from './tally';

/** Who acts: from the verified token (Cognito groups are roles; attributes carry org and unit). */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly Role[];
  readonly organisationId?: string;
  readonly unitId?: string;
}

/** A signed decision (Quyết định): one decision lists many awardees, so many nominations share it. */
export interface DecisionRef {
  readonly decisionId: string;
  /** Số, ký hiệu, e.g. `12/QĐ-SNV` or `163/QĐ-UBND`. */
  readonly number: string;
  /** yyyy-mm-dd */
  readonly signedOn: string;
}

/** A submission document: the Sở's tờ trình to the province, or the province's to central level. */
export interface DocumentRef {
  readonly number: string;
  /** yyyy-mm-dd */
  readonly issuedOn: string;
}

/** The outcome of the eligibility rules (computed in `rules/`), as the workflow needs it. */
export interface RuleCheckResult {
  readonly passed: boolean;
  readonly refusals: readonly {
    readonly ruleId: string;
    readonly citation: string;
    readonly message: string;
  }[];
}

/** The part of a nomination the workflow reads and writes. Other fields pass through untouched. */
export interface WorkflowNomination {
  readonly id: string;
  readonly state: NominationState;
  /** Rises by exactly one per accepted transition; the store conditions its write on it. */
  readonly version: number;
  readonly organisationId: string;
  readonly unitId: string;
  /** ISO instant of the last transition. */
  readonly updatedAt: string;
  readonly decision?: DecisionRef;
  readonly revocation?: DecisionRef;
  readonly submissionLetter?: DocumentRef;
}

/**
 * The facts a transition is judged on. The caller gathers them (token, award catalog, rule engine,
 * tally, clock); the workflow only decides. Facts a transition does not need may be left out.
 */
export interface TransitionContext {
  readonly actor: Actor;
  /** ISO instant from the injected clock. */
  readonly at: string;
  /** Deciding authority of the nomination's award, from the award catalog. */
  readonly authority: Authority;
  readonly reason?: string;
  /** When the caller read the nomination; a mismatch means someone else acted first. */
  readonly expectedVersion?: number;
  /** Every document Điều 84 asks for is present, original or certified. */
  readonly dossierComplete?: boolean;
  readonly ruleCheck?: RuleCheckResult;
  readonly councilTally?: TallyResult;
  /** The rule set says this award goes through the provincial council (e.g. CSTĐ cấp tỉnh). */
  readonly provinceCouncilRequired?: boolean;
  /** yyyy-mm-dd, the campaign's nomination deadline when there is one. */
  readonly nominationDeadline?: string;
  /** The signed decision (for `decide`, `province_decide`) or the revoking one (for `revoke`). */
  readonly decision?: DecisionRef;
  /** The tờ trình that carries the nomination upward (for `forward`, `forward_to_central`). */
  readonly submissionLetter?: DocumentRef;
}
