/**
 * What the API answers, as the screens read it. Request bodies are typed by the shared zod schemas
 * (`shared/domain/forms`). Answer types are imported from the server where it declares them in a
 * file the browser's type check can read (domain types, `shared/app/**` files without store
 * imports); the rest mirror the use cases' views in `shared/app`. `import type` only: nothing of
 * the server reaches the bundle.
 */

import type { QuotaUseReport, UnitQuotaUse } from '../../../shared/app/secretariat/quota-use-report';
import type { NominationDraftInput } from '../../../shared/domain/forms';
import type {
  CampaignProgress,
  StageCounts,
  TargetProgressReport,
  TargetRow,
} from '../../../shared/domain/rules/campaign-progress';
import type { RuleResult, Verdict } from '../../../shared/domain/rules/results';
import type { AwardCode, Role } from '../../../shared/domain/vocabulary';
import type { Fraction, VotingPolicy } from '../../../shared/domain/voting-policy';
import type { NominationState } from '../../../shared/domain/workflow/states';
import type { OpenVote, TallyResult } from '../../../shared/domain/workflow/tally';
import type { Action } from '../../../shared/domain/workflow/transitions';

export type { Fraction, QuotaUseReport, UnitQuotaUse, VotingPolicy };

export interface Me {
  readonly userId: string;
  readonly email?: string;
  readonly roles: readonly Role[];
  readonly orgId?: string;
  readonly unitId?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly cursor?: string;
}

export interface NominationSummary {
  readonly id: string;
  readonly version: number;
  readonly state: NominationState;
  readonly stateLabel: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly campaignId?: string;
  readonly awardCode: AwardCode;
  readonly subject: 'person' | 'collective';
  readonly track: string;
  readonly year: number;
  /** Public fields only: what a list may show. */
  readonly nominee: { readonly name: string; readonly position?: string };
  readonly createdAt: string;
  readonly updatedAt: string;
  /** The Sở's tờ trình that sent it to the province, once forwarded. */
  readonly submissionLetter?: { readonly number: string; readonly issuedOn: string };
  /** The unit's list it was proposed in (one tờ trình, many nominees). */
  readonly unitList?: {
    readonly id: string;
    readonly size: number;
    readonly letterNumber?: string;
    readonly issuedOn?: string;
  };
}

export interface NominationView extends NominationSummary {
  readonly form: NominationDraftInput;
  readonly records?: Readonly<Record<string, unknown>>;
}

export interface EligibilityView {
  readonly verdict: Verdict;
  readonly verdictLabel: string;
  readonly ruleSetId: string;
  readonly decisionDate: string;
  readonly results: readonly RuleResult[];
}

export interface TimelineEntry {
  readonly seq: number;
  readonly action: string;
  readonly from: string | null;
  readonly to: string;
  readonly at: string;
  readonly actor: { readonly userId: string; readonly role: string; readonly name?: string };
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface NominationDetail {
  /** With the actions the caller may take on it now, decided by the server (the workflow table). */
  readonly nomination: NominationView & { readonly allowedActions: readonly Action[] };
  readonly eligibility?: EligibilityView;
  readonly timeline: readonly TimelineEntry[];
}

export interface DraftAnswer {
  readonly nomination: NominationView;
  readonly eligibility: EligibilityView;
}

export interface AuditVerification {
  readonly nominationId: string;
  readonly valid?: boolean;
  readonly ok?: boolean;
  readonly eventCount: number;
  readonly message: string;
  readonly head?: { readonly seq: number; readonly hash: string };
}

export interface CampaignPeriodView {
  readonly periodNo: number;
  readonly name?: string;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly reviewDueOn: string;
}

export interface CampaignView {
  readonly id: string;
  readonly version?: number;
  readonly organisationId?: string;
  readonly year?: number;
  readonly status?: string;
  readonly title?: string;
  readonly documentNumber?: string;
  readonly issuingBody?: string;
  readonly theme?: string;
  readonly nominationDeadline?: string;
  readonly periods?: readonly CampaignPeriodView[];
  readonly awardsInScope?: readonly AwardCode[];
  readonly details?: CampaignDetails;
}

export interface CampaignDetails {
  readonly title: string;
  readonly documentNumber: string;
  readonly issuingBody: string;
  readonly theme: string;
  readonly nominationDeadline: string;
  readonly periods: readonly CampaignPeriodView[];
  readonly awardsInScope: readonly AwardCode[];
}

export interface CouncilMember {
  readonly memberId: string;
  readonly name: string;
  readonly seat: string;
  readonly seatLabel?: string;
}

/** The tally as the meeting screen reads it: the workflow's result, labelled, the roll with names. */
export interface TallyView extends Omit<TallyResult, 'roll'> {
  readonly outcomeLabel: string;
  readonly roll?: readonly (OpenVote & { readonly name: string })[];
}

export interface AgendaItemView {
  readonly nominationId: string;
  readonly awardCode: AwardCode;
  readonly nomineeName: string;
  readonly ballot: 'open' | 'secret';
  readonly policy: VotingPolicy;
  readonly recused: readonly { memberId: string; name: string }[];
  /** Members who declared a conflict of interest on the item, with their reasons. */
  readonly conflicts: readonly { memberId: string; name: string; reason: string; at: string }[];
  readonly voters: readonly { memberId: string; name: string }[];
  readonly votes?: readonly { memberId: string; name: string; choice: string }[];
  readonly tally?: TallyView;
}

export interface MeetingView {
  readonly id: string;
  readonly organisationId: string;
  readonly status: 'open' | 'closed';
  readonly statusLabel: string;
  readonly heldOn: string;
  readonly heldOnLabel: string;
  /** How the minutes name it; absent when none was given. */
  readonly name?: string;
  readonly members: readonly { memberId: string; name: string; seat: string; present: boolean }[];
  readonly agenda: readonly AgendaItemView[];
  readonly closedAt?: string;
}

export interface DocumentEntryView {
  readonly no: number;
  readonly nominationId: string;
  readonly awardCode: AwardCode;
  readonly awardName: string;
  readonly name?: string;
  readonly nomineeName?: string;
  readonly position?: string;
  /** Recorded with the decision; absent on entries recorded before it was kept. */
  readonly subject?: 'person' | 'collective';
  /** The awardee's unit as recorded with the decision; absent on older entries. */
  readonly unitName?: string;
  readonly unitId?: string;
  readonly organisationId?: string;
}

export interface DocumentView {
  readonly id: string;
  readonly kind: 'decision' | 'revocation' | 'submission';
  readonly kindLabel: string;
  readonly number: string;
  readonly year: number;
  readonly signedOn: string;
  readonly signedOnLabel: string;
  readonly signedBy: string | { readonly userId?: string; readonly name?: string };
  /** The organisation that issued it (`GET /organisations/{issuerId}`). */
  readonly issuerId: string;
  /** Who signed, as printed, when the official entered it. */
  readonly signer?: { readonly name: string; readonly title: string };
  /** A chairman's decision: the tờ trình it answers (absent on older records). */
  readonly answers?: readonly {
    readonly number: string;
    readonly issuedOn: string;
    readonly organisationId?: string;
    readonly organisationName?: string;
  }[];
  readonly summary: string;
  readonly status: string;
  readonly entries: readonly DocumentEntryView[];
}

export interface PersonView {
  readonly id: string;
  readonly fullName: string;
  readonly position?: string;
  readonly unitId: string;
  readonly unitName?: string;
}

export interface AwardEntryView {
  /** How the entry is named in its correction's URL. */
  readonly ref: string;
  readonly year: number;
  readonly awardCode: AwardCode;
  readonly track: string;
  readonly decisionNumber?: string;
  readonly decidedAt?: string;
  readonly issuer?: string;
  readonly version: number;
  /** Entered by hand and not revoked: it may be corrected (else a revoking decision annuls it). */
  readonly correctable: boolean;
  readonly revokedBy?: { readonly decisionId: string; readonly number: string };
}

export interface OrganisationView {
  readonly id: string;
  readonly name: string;
  readonly code?: string;
  readonly level?: 'province' | 'department';
}

export interface UnitView {
  readonly id: string;
  readonly name: string;
  readonly organisationId?: string;
}

/** A campaign target's rows and stage counts (`GET /campaigns/{id}/progress`), as the domain measures them. */
export type TargetStageCounts = StageCounts;
export type TargetRowView = TargetRow;
export type TargetProgressView = TargetProgressReport;

export interface CampaignProgressView extends CampaignProgress {
  readonly campaignId: string;
  readonly title: string;
  readonly year: number;
  readonly view: 'organisation' | 'unit';
}

/** A nominee on the public notice: the public fields of the form only (`personal-data.ts`). */
export type PublicNoticeNominee =
  | {
      readonly subject: 'person';
      readonly fullName: string;
      readonly position?: string;
      readonly unitName?: string;
    }
  | { readonly subject: 'collective'; readonly name: string; readonly parentUnitName?: string };

/** One line of `GET /organisations/{id}/public-notice`. */
export interface PublicNoticeEntryView {
  readonly subject: 'person' | 'collective';
  readonly nominee: PublicNoticeNominee;
  readonly awardCode: AwardCode;
  readonly awardName: string;
  readonly track: string;
  readonly trackLabel: string;
  readonly campaignTitle?: string;
  readonly state: NominationState;
  readonly stage: string;
}

/** The public notice (công khai danh sách) of an organisation's nominations. */
export interface PublicNoticeView {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly year: number;
  readonly campaignId?: string;
  readonly asOf: string;
  readonly entries: readonly PublicNoticeEntryView[];
}
