import type { AwardCode } from '../../domain/vocabulary';

/*
 * The answer of `GET /secretariat/quota-use`, in a file of its own that imports only domain types,
 * so the web app can `import type` it without pulling the store (node:crypto, Buffer) into its
 * type check.
 */

export interface UnitQuotaUse {
  readonly unitId: string;
  readonly unitName: string;
  /** People of the unit counted toward the base award (awarded, or nominated and in the running). */
  readonly baseCount: number;
  /** `null`: no cap. */
  readonly allowed: number | null;
  /** Places taken by submitted nominations. */
  readonly used: number;
  /**
   * The unit's nominations in the running for the award, in the order of priority at the cap
   * (women first, then staff without a leadership post, then the order of creation), with the reasons.
   */
  readonly candidates: readonly QuotaCandidateView[];
}

export interface QuotaCandidateView {
  readonly nominationId: string;
  readonly nomineeName: string;
  readonly rank: number;
  readonly reasons: readonly string[];
  /** Within the places the cap allows (always, without a cap). */
  readonly withinCap: boolean;
}

export interface QuotaUseReport {
  readonly awardCode: AwardCode;
  readonly year: number;
  readonly ruleId: string;
  readonly citation: string;
  readonly baseAward: AwardCode;
  readonly units: readonly UnitQuotaUse[];
}
