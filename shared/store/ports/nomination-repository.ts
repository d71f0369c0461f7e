import type { AwardCode, Subject, Track } from '../../domain/vocabulary';
import type { AuditActor, AuditEvent } from '../audit-chain';
import type { AwardHolder, BallotBox } from '../keys';
import type { Page, PageRequest } from './common';
import type { AwardEntry, AwardRevocation } from './registry-repositories';

/** Public fields of the nominee: what a list may show (never birth date, ID numbers or photos). */
export interface NomineeSummary {
  readonly name: string;
  readonly position?: string;
}

/** The dossier form. Opaque here; its schema lives in `shared/domain/forms/`. */
export type NominationForm = Readonly<Record<string, unknown>>;

/** Workflow records of a nomination (decision, revocation, submission letter, meeting). */
export type NominationRecords = Readonly<Record<string, unknown>>;

export interface Nomination {
  readonly id: string;
  /** Starts at 1 and rises by exactly one with every change; the optimistic-lock token. */
  readonly version: number;
  /** A workflow state name; the store does not interpret it. */
  readonly state: string;
  readonly organisationId: string;
  readonly unitId: string;
  /** Absent for nominations outside any campaign (e.g. ad-hoc feats). */
  readonly campaignId?: string;
  readonly awardCode: AwardCode;
  readonly subject: Subject;
  readonly track: Track;
  readonly year: number;
  readonly nominee: NomineeSummary;
  readonly form: NominationForm;
  /**
   * What the route has recorded on the nomination: the decision that granted it, the revoking
   * decision, the tờ trình that carried it upward, the council meeting… Opaque here; the
   * workflow (`shared/domain/workflow`) owns its shape.
   */
  readonly records?: NominationRecords;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastEventSeq: number;
  readonly lastEventHash: string;
}

/**
 * The records a list reads: the tờ trình (whether the province may see it) and the list it was
 * proposed in. The others (decision, meeting, tally…) are read on the nomination's own page.
 */
export const HEAD_RECORDS = ['submissionLetter', 'unitList'] as const;
/** The part of the form a list or a count reads: whom it proposes (a quota counts people). */
export const HEAD_FORM = ['nominee'] as const;

/**
 * A nomination as a list shows it or a count reads it: its own fields, of its form only
 * `HEAD_FORM` (not the achievements, dossier or initiatives that make most of its size) and of
 * its records only `HEAD_RECORDS`. Lists, desks, reports and the quota's counts read only this (a
 * projection), so a page of a hundred reads a fraction of the bytes and answers sooner; the whole
 * form and records are read where one nomination is.
 */
export type NominationHead = Omit<Nomination, 'form'> & {
  readonly form: Readonly<{ [part in (typeof HEAD_FORM)[number]]?: unknown }>;
};

/** The event a change records, as the workflow describes it; the store adds seq, time and hashes. */
export interface ChangeEvent {
  readonly action: string;
  readonly actor: AuditActor;
  readonly reason?: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

export interface NewNomination {
  readonly id: string;
  readonly state: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly campaignId?: string;
  readonly awardCode: AwardCode;
  readonly subject: Subject;
  readonly track: Track;
  readonly year: number;
  readonly nominee: NomineeSummary;
  readonly form: NominationForm;
  /** Records it starts with (e.g. the unit's list it was proposed in). */
  readonly records?: NominationRecords;
  /** Recorded as event #1, `from: null`, `to: state`. */
  readonly event: ChangeEvent;
}

/**
 * Something else written in the same transaction as a state change, each with its own guard:
 * - `vote`: a member's vote, at most one per member (`VOTE_ALREADY_CAST`). For a secret ballot
 *   leave `choice` out and count it with a `tally` instead, so no vote links a member to a choice.
 *   With `conflictReason` instead of a choice it is the member's declared conflict of interest:
 *   it takes the member's one place, so a member who voted cannot declare and one who declared
 *   cannot vote (`COUNCIL_CONFLICT_DECLARED`), whichever comes second.
 * - `tally`: adds to a running count of the nomination (e.g. `approve`).
 *   Both write into the Sở's ballot box unless `box` says `province` (the provincial council).
 * - `quota`: takes one place of a unit's yearly quota for an award, refused at `limit`
 *   (`QUOTA_EXHAUSTED`).
 * - `quota-release`: gives one place back (e.g. on withdrawal), refused when none is taken
 *   (`QUOTA_NOT_HELD`), so the count never goes below zero.
 * - `initiative-use`: counts an initiative toward this nomination; an initiative counts toward
 *   one award only (`INITIATIVE_ALREADY_USED`). `initiative-release` frees it again (e.g. on
 *   rejection or withdrawal), and only this nomination may free it.
 * - `nominee-claim`: marks the holder (a person or a collective) as nominated for an award in a
 *   year; one holder, one nomination per award and year (`NOMINEE_ALREADY_NOMINATED`, details
 *   name the other nomination). `nominee-release` frees it again, only by the nomination holding
 *   it (`NOMINEE_NOT_HELD`).
 */
export type TransitionExtra =
  | {
      readonly kind: 'vote';
      readonly memberId: string;
      readonly choice?: string;
      readonly conflictReason?: string;
      readonly box?: BallotBox;
    }
  | { readonly kind: 'tally'; readonly field: string; readonly by?: number; readonly box?: BallotBox }
  | {
      readonly kind: 'quota';
      readonly organisationId: string;
      readonly unitId: string;
      readonly year: number;
      readonly awardCode: string;
      readonly limit: number;
    }
  | {
      readonly kind: 'quota-release';
      readonly organisationId: string;
      readonly unitId: string;
      readonly year: number;
      readonly awardCode: string;
    }
  | { readonly kind: 'initiative-use'; readonly initiativeId: string }
  | { readonly kind: 'initiative-release'; readonly initiativeId: string }
  | {
      readonly kind: 'nominee-claim';
      readonly holder: AwardHolder;
      readonly awardCode: string;
      readonly year: number;
    }
  | {
      readonly kind: 'nominee-release';
      readonly holder: AwardHolder;
      readonly awardCode: string;
      readonly year: number;
    }
  /**
   * A secret ballot's choice, put in the ballot box table (no stream, no time, random key) in the
   * same transaction as the voter's marker, which carries no choice (`ballot-table.ts`).
   */
  | { readonly kind: 'ballot'; readonly choice: string; readonly box?: BallotBox }
  /** The award a decision grants, added to the holder's history with the decision itself. */
  | { readonly kind: 'award'; readonly entry: AwardEntry }
  /** A history entry a revoking decision annuls, marked with the revocation itself. */
  | { readonly kind: 'award-revoke'; readonly revocation: AwardRevocation };

export interface Transition {
  readonly id: string;
  /** The version the caller read; anything else is `NOMINATION_VERSION_CONFLICT`. */
  readonly expectedVersion: number;
  /** The state the caller's guard was checked in; anything else is `NOMINATION_STATE_CONFLICT`. */
  readonly from: string;
  readonly to: string;
  readonly event: ChangeEvent;
  /** Replaces these fields, e.g. a dossier completed before resubmission. */
  readonly changes?: {
    readonly form?: NominationForm;
    readonly nominee?: NomineeSummary;
    /** What a draft is about may still change while it is a draft (an audited `edit`). */
    readonly awardCode?: AwardCode;
    readonly subject?: Subject;
    readonly track?: Track;
    readonly year?: number;
    /** Moves the nomination to that campaign's list. */
    readonly campaignId?: string;
    /** Takes the nomination out of any campaign (and the campaign's list). */
    readonly leaveCampaign?: true;
    /** Replaces the whole records map (read it, add to it, write it back under the version guard). */
    readonly records?: NominationRecords;
  };
  readonly extras?: readonly TransitionExtra[];
  /**
   * The nomination as the caller just read it (strongly consistent). When given, the store chains
   * the event from it instead of reading it again; the version and state conditions of the
   * transaction still refuse it if anyone changed the nomination in between.
   */
  readonly current?: Nomination;
}

/** Which nomination an initiative currently counts toward (see the `initiative-use` extra). */
export interface InitiativeUseRecord {
  readonly initiativeId: string;
  readonly nominationId: string;
  readonly at: string;
}

/** Narrows a unit's list; every given field must match. */
export interface NominationFilter {
  readonly state?: string;
  readonly campaignId?: string;
  readonly year?: number;
  readonly awardCode?: string;
}

export interface Vote {
  readonly nominationId: string;
  readonly memberId: string;
  readonly choice?: string;
  /** Set when this is not a vote but the member's declared conflict of interest, with its reason. */
  readonly conflictReason?: string;
  readonly at: string;
  /** The audit event that recorded it. */
  readonly seq: number;
}

/**
 * Nominations and their audit trail. Every change is atomic: the nomination, its next audit event
 * and any extras are written together or not at all.
 *
 * Errors: `ConflictError` (`NOMINATION_VERSION_CONFLICT`, `NOMINATION_STATE_CONFLICT`,
 * `NOMINATION_ALREADY_EXISTS`, `VOTE_ALREADY_CAST`, `QUOTA_EXHAUSTED`, `INITIATIVE_ALREADY_USED`,
 * `INITIATIVE_NOT_HELD`, `NOMINEE_ALREADY_NOMINATED`, `NOMINEE_NOT_HELD`, `TRANSACTION_CONFLICT`), `NotFoundError` when the nomination does not
 * exist, `ValidationError` (`INVALID_CURSOR`) for a cursor this store did not issue.
 */
/** Bounds a read of one organisation's nominations in one state by when they last changed. */
export interface OrgAndStateRange {
  readonly updatedFrom?: string;
}

export interface NominationRepository {
  /** Writes the nomination (version 1) and its first audit event in one transaction. */
  create(input: NewNomination): Promise<Nomination>;
  /** Strongly consistent read; `undefined` when there is no such nomination. */
  get(id: string): Promise<Nomination | undefined>;
  /** Several at once (strongly consistent, in as few requests as the store allows); the missing are left out. */
  getMany(ids: readonly string[]): Promise<Nomination[]>;
  /** `getMany`, reading only what a list shows of each (`NominationHead`). */
  getManyHeads(ids: readonly string[]): Promise<NominationHead[]>;
  /** Moves the nomination from one state to another, guarded by its version and state. */
  transition(input: Transition): Promise<{ nomination: Nomination; event: AuditEvent }>;
  /**
   * A unit's nominations, oldest first. With a filter, a page holds up to `limit` matching items
   * (it may hold fewer and still carry a cursor when many items did not match).
   */
  listByUnit(unitId: string, page?: PageRequest, filter?: NominationFilter): Promise<Page<Nomination>>;
  /**
   * A work queue: an organisation's nominations in one state, longest waiting first. With
   * `updatedFrom` (an ISO instant), only those last changed at or after it; older ones are not read.
   */
  listByOrgAndState(
    organisationId: string,
    state: string,
    page?: PageRequest,
    range?: OrgAndStateRange,
  ): Promise<Page<Nomination>>;
  /** `listByUnit`, reading only what a list shows (`NominationHead`). */
  listHeadsByUnit(
    unitId: string,
    page?: PageRequest,
    filter?: NominationFilter,
  ): Promise<Page<NominationHead>>;
  /** `listByOrgAndState`, reading only what a list shows (`NominationHead`). */
  listHeadsByOrgAndState(
    organisationId: string,
    state: string,
    page?: PageRequest,
    range?: OrgAndStateRange,
  ): Promise<Page<NominationHead>>;
  /** A campaign's nominations, oldest first. */
  listByCampaign(campaignId: string, page?: PageRequest): Promise<Page<Nomination>>;
  /** The audit trail in sequence order (strongly consistent), ready for `verifyAuditChain`. */
  listAuditEvents(id: string, page?: PageRequest): Promise<Page<AuditEvent>>;
  /** Votes recorded on the nomination in one council's ballot box (the Sở's unless told), by member id. */
  listVotes(id: string, page?: PageRequest, box?: BallotBox): Promise<Page<Vote>>;
  /** Running counts written by `tally` extras into one ballot box; empty when none. */
  getTally(id: string, box?: BallotBox): Promise<Readonly<Record<string, number>>>;
  /**
   * The nomination an initiative counts toward, if any (strongly consistent). Optional so that
   * fakes need not implement it; a use case without it reports the registry as not consulted.
   */
  getInitiativeUse?(initiativeId: string): Promise<InitiativeUseRecord | undefined>;
  /** Places of a unit's yearly quota taken so far (strongly consistent); 0 when none. */
  getQuotaUsed?(q: {
    organisationId: string;
    unitId: string;
    year: number;
    awardCode: string;
  }): Promise<number>;
}
