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
}

export interface QuotaUseReport {
  readonly awardCode: AwardCode;
  readonly year: number;
  readonly ruleId: string;
  readonly citation: string;
  readonly baseAward: AwardCode;
  readonly units: readonly UnitQuotaUse[];
}
