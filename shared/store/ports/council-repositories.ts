import type { AwardCode, Subject } from '../../domain/vocabulary';
import type { VotingPolicy } from '../../domain/voting-policy';
import type { TallyResult } from '../../domain/workflow/tally';
import type { BallotBox, DocumentSeries } from '../keys';
import type { RegistryChange } from './change-log';
import type { Page, PageRequest } from './common';
import type { Nomination, Transition } from './nomination-repository';

/** Chair = Giám đốc Sở; the secretary (thư ký) keeps the minutes and does not vote. */
export const COUNCIL_SEATS = ['chair', 'vice_chair', 'secretary', 'member'] as const;
export type CouncilSeat = (typeof COUNCIL_SEATS)[number];

/** Seats that vote. */
export const VOTING_SEATS: readonly CouncilSeat[] = ['chair', 'vice_chair', 'member'];

/**
 * One seat on an organisation's council (Hội đồng TĐKT). `memberId` is the user's Cognito `sub`,
 * the `userId` of the caller's token, so "am I on this council" is one consistent read.
 */
export interface CouncilMemberRecord {
  readonly organisationId: string;
  readonly memberId: string;
  /** The sign-in e-mail, kept so a person can find their seat without knowing their `sub`. */
  readonly email: string;
  readonly name: string;
  readonly seat: CouncilSeat;
  readonly position?: string;
  /** For recusal: the member's own person record and unit (recusal.ts). */
  readonly personId?: string;
  readonly unitId?: string;
  /**
   * The term (nhiệm kỳ), yyyy-mm-dd, both days in office: a seat counts toward the quorum and
   * votes only at meetings held within it. Absent `from` (seats stored before terms were kept):
   * since always; absent `until`: still in office.
   */
  readonly from?: string;
  readonly until?: string;
  readonly createdAt: string;
  readonly updatedAt?: string;
  /** Absent on seats stored before versions were kept: version 1. */
  readonly version?: number;
}

/** What an admin may change on a seat; `null` clears the field (e.g. `until` on re-seating). */
export interface SeatChanges {
  readonly seat?: CouncilSeat;
  readonly position?: string | null;
  readonly unitId?: string | null;
  readonly from?: string;
  readonly until?: string | null;
}

/** One nomination on a meeting's agenda, with the facts fixed when the meeting opened. */
export interface AgendaItem {
  readonly nominationId: string;
  readonly awardCode: AwardCode;
  readonly nomineeName: string;
  readonly policy: VotingPolicy;
  /** Who is being voted on, for recusal. */
  readonly nominee: { readonly personId?: string; readonly unitId?: string };
  /** Members who may not vote on this item (the nominee, members of the nominee's unit). */
  readonly recused: readonly string[];
  /** Set when the meeting closes: the biên bản kiểm phiếu of this item. */
  readonly tally?: TallyResult;
}

/**
 * Whose council: a Sở's (chaired by its Giám đốc) or the province's (chaired by the Chủ tịch UBND
 * tỉnh, seats kept under the province's own organisation). Each votes into its own ballot box.
 */
export type CouncilLevel = BallotBox;

/** A council meeting: who sits, who came, what is voted on; closed once, with its tally. */
export interface Meeting {
  readonly id: string;
  readonly organisationId: string;
  /** Absent on meetings stored before the provincial council existed: a Sở's. */
  readonly level?: CouncilLevel;
  readonly status: 'open' | 'closed';
  /** yyyy-mm-dd, Vietnam time. */
  readonly heldOn: string;
  /** How the minutes name it ("Phiên họp số 3/2026"); absent when none was given. */
  readonly name?: string;
  readonly openedAt: string;
  readonly openedBy: string;
  /** The voting seats at the time of the meeting (snapshot: a later change of the council does not rewrite it). */
  readonly members: readonly {
    readonly memberId: string;
    readonly name: string;
    readonly seat: CouncilSeat;
    readonly personId?: string;
    readonly unitId?: string;
  }[];
  readonly present: readonly string[];
  readonly agenda: readonly AgendaItem[];
  readonly closedAt?: string;
  readonly closedBy?: string;
}

/** A nomination change planned against the nomination as it was read (`current`). */
export interface PlannedTransition {
  readonly current: Nomination;
  readonly transition: Transition;
}

/**
 * Councils and their meetings. Opening and closing a meeting write the meeting and every agenda
 * nomination's transition in ONE transaction: all or nothing, and a second close loses on the
 * meeting's `status` guard (`MEETING_CLOSED`) or a nomination's version (409).
 */
export interface CouncilRepository {
  /** Adds a seat; an existing one is `ALREADY_EXISTS`. Unaudited: the demo seed's. */
  putMember(input: Omit<CouncilMemberRecord, 'createdAt'>): Promise<CouncilMemberRecord>;
  /** An admin seats someone: the seat and its change-log entry, in one transaction. */
  seatMember(
    input: Omit<CouncilMemberRecord, 'createdAt' | 'version'>,
    change: RegistryChange,
  ): Promise<CouncilMemberRecord>;
  /**
   * Changes a seat at `expectedVersion` (409 `VERSION_CONFLICT` otherwise) with its change-log
   * entry, in one transaction; answers the seat as it now is.
   */
  updateSeat(
    current: CouncilMemberRecord,
    changes: SeatChanges,
    expectedVersion: number,
    change: RegistryChange,
  ): Promise<CouncilMemberRecord>;
  getMember(organisationId: string, memberId: string): Promise<CouncilMemberRecord | undefined>;
  /** Every seat of the council (a council has tens of seats: all pages are read). */
  listMembers(organisationId: string): Promise<readonly CouncilMemberRecord[]>;
  getMeeting(id: string): Promise<Meeting | undefined>;
  /** An organisation's meetings, oldest first. */
  listMeetings(organisationId: string, page?: PageRequest): Promise<Page<Meeting>>;
  /** Writes the new meeting and moves its agenda (`open_vote`); at most 45 items. */
  openMeeting(meeting: Meeting, planned: readonly PlannedTransition[]): Promise<void>;
  /** Replaces the open meeting by its closed form and records each item's outcome. */
  closeMeeting(closed: Meeting, planned: readonly PlannedTransition[]): Promise<void>;
}

/** What kind of document: an award decision, a revoking decision, or a tờ trình sent upward. */
export type DocumentKind = 'decision' | 'revocation' | 'submission';

/** One line of a document's annex (STT, name, position, unit, award). */
export interface DocumentEntry {
  readonly nominationId: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly awardCode: AwardCode;
  readonly nomineeName: string;
  readonly position?: string;
  /** Person or collective, from the nomination; absent on entries recorded before it was kept. */
  readonly subject?: Subject;
  /**
   * The awardee's unit as the annex prints it (the form's `unitName` for a person, the
   * `parentUnitName` a collective belongs to); absent on older entries and forms without one.
   */
  readonly unitName?: string;
}

/** A tờ trình a decision answers (Theo đề nghị của … tại Tờ trình số …), from its nominations. */
export interface AnsweredSubmission {
  /** `45/TTr-SNV`. */
  readonly number: string;
  /** yyyy-mm-dd. */
  readonly issuedOn: string;
  /** The organisation that sent it (the nominations' Sở). */
  readonly organisationId: string;
  /** Its name when the decision was recorded ("Sở Nội vụ tỉnh Hà Tĩnh"). */
  readonly organisationName?: string;
}

/**
 * A document the system issues for many nominations at once. `pending` while a batch too large for
 * one transaction is being written (see docs/data-model.md), `issued` once every listed nomination
 * carries it and every award is in its holder's history.
 */
export interface IssuedDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly series: DocumentSeries;
  readonly issuerId: string;
  readonly issuerCode: string;
  readonly year: number;
  readonly seq: number;
  /** `12/QĐ-SNV`, `03/TTr-SNV`, `163/QĐ-UBND`. */
  readonly number: string;
  /** yyyy-mm-dd, Vietnam time. */
  readonly signedOn: string;
  /**
   * Who recorded it; `name` is their display name from the token (absent when they had none, and
   * on documents recorded before names were kept). Without an entered `signer`, this is the signer.
   */
  readonly signedBy: {
    readonly userId: string;
    readonly role: string;
    readonly email?: string;
    readonly name?: string;
  };
  /** Who signed, as the document prints it (title with `KT.`/`TM.` where delegated), when entered. */
  readonly signer?: { readonly name: string; readonly title: string };
  /** `entered`: the number (and date) were written by the official from the signed paper. */
  readonly numbering?: 'auto' | 'entered';
  readonly summary: string;
  /** The workflow action every listed nomination took. */
  readonly action: string;
  readonly entries: readonly DocumentEntry[];
  /**
   * For a chairman's decision: the tờ trình it answers, one per distinct number and Sở, in the
   * order the entries first name them. Absent on other documents and on older decisions.
   */
  readonly answers?: readonly AnsweredSubmission[];
  /** For a revoking decision: the decision whose awards it revokes. */
  readonly revokes?: string;
  readonly reason?: string;
  readonly status: 'pending' | 'issued';
  readonly createdAt: string;
}

/**
 * Issued documents and their per-issuer, per-year numbering. `issue` takes the next number with a
 * guard on the counter (`DOCUMENT_NUMBER_TAKEN` when another document took it first: read again
 * and retry), writes the document and the nominations' transitions (with their award history
 * entries): in one transaction, issued at once, when they fit; else a stored plan, then chunks
 * behind a `pending` document that `resumePending` rolls forward after a crash
 * (docs/data-model.md).
 */
export interface DocumentRepository {
  /** The last number the counter gave in the series and year (0 when none). */
  lastNumber(issuerId: string, year: number, series: DocumentSeries): Promise<number>;
  /**
   * Takes the document's number (`DECISION_NUMBER_TAKEN` when another document holds it) and,
   * for an auto-numbered one, moves the counter from `counterWas` to its number
   * (`DOCUMENT_NUMBER_TAKEN` when the counter moved meanwhile); writes the document and the
   * nominations' transitions.
   */
  issue(
    document: IssuedDocument,
    planned: readonly PlannedTransition[],
    numbering?: { readonly counterWas: number },
  ): Promise<'issued'>;
  /** Marks a pending document issued (idempotent). */
  markIssued(id: string): Promise<void>;
  /**
   * Finishes a document a crash left `pending` (only one too large for a single transaction can
   * be): writes the planned transitions not yet written, then marks it issued. Idempotent.
   */
  resumePending(id: string): Promise<'issued' | 'not-pending'>;
  /** Ids of documents still `pending` that were created before `olderThan` (ISO instant). */
  listPending(options: { readonly olderThan: string }): Promise<readonly string[]>;
  get(id: string): Promise<IssuedDocument | undefined>;
  /** An issuer's documents of a series, by year and number; `year` narrows to one year. */
  listByIssuer(
    issuerId: string,
    series: DocumentSeries,
    options?: PageRequest & { readonly year?: number },
  ): Promise<Page<IssuedDocument>>;
}
