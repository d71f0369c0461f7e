import type { TargetReport } from '../../domain/rules/campaign-progress';
import type { AwardCode, Track } from '../../domain/vocabulary';
import type { AwardHolder } from '../keys';
import type { RegistryChange } from './change-log';
import type { Page, PageRequest } from './common';

/** The province's own organisation (UBND tỉnh) or one of its Sở, ban, ngành. */
export type OrganisationLevel = 'province' | 'department';

export interface Organisation {
  readonly id: string;
  /** Absent on items written before levels existed: those are departments. */
  readonly level?: OrganisationLevel;
  /** Short code used in document symbols, e.g. `SGDĐT` in `12/QĐ-SGDĐT`. */
  readonly code: string;
  readonly name: string;
  /** Where notices to the organisation go (its secretariat, or for the province its TĐKT officers). */
  readonly contactEmails?: readonly string[];
  readonly createdAt: string;
}

export interface Unit {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  /** Where notices to the unit go (its emulation officers' shared or personal addresses). */
  readonly contactEmails?: readonly string[];
  readonly createdAt: string;
}

/** Only what the process needs (Luật BVDLCN 91/2025): no birth date, ID number or photo. */
export interface Person {
  readonly id: string;
  readonly fullName: string;
  readonly position?: string;
  readonly organisationId: string;
  readonly unitId: string;
  /** Ties favour women (DOMAIN.md); absent when not declared. */
  readonly gender?: 'female' | 'male';
  /** The seeds ask to favour staff without a leadership post. */
  readonly holdsLeadershipPost?: boolean;
  /** yyyy-mm-dd: started work here (years of service count from it). */
  readonly startedOn?: string;
  /** Where the unit's notices to them go; optional (not every official signs in). */
  readonly email?: string;
  /** yyyy-mm-dd: left the organisation (retired, moved away); kept for the award history. */
  readonly leftOn?: string;
  /** The user account (Cognito `sub`) of this person, when they sign in. */
  readonly userId?: string;
  readonly createdAt: string;
}

/** A campaign is drafted, then published once; only a draft may be edited. */
export type CampaignStatus = 'draft' | 'published';

export interface Campaign {
  readonly id: string;
  /** The issuing organisation (the province's own campaigns use the province's organisation id). */
  readonly organisationId: string;
  readonly year: number;
  readonly title: string;
  /** Periods, targets, deadlines…: opaque here, validated by the campaign schema in `shared/domain/forms/`. */
  readonly details: Readonly<Record<string, unknown>>;
  /** `draft` when absent on creation. */
  readonly status?: CampaignStatus;
  readonly createdAt: string;
}

/**
 * What the store returns of an editable registry item: its version (1 on creation, +1 on every
 * update; sent back as `If-Match`) and the time of its last update.
 */
export type Versioned<T> = T & { readonly version: number; readonly updatedAt?: string };

/** A stored campaign: always has a status (items written before statuses existed were published). */
export type StoredCampaign = Versioned<Campaign> & {
  readonly status: CampaignStatus;
  readonly publishedAt?: string;
  readonly publishedBy?: string;
};

/** One award a person or collective received, as the decision that granted it records it. */
export interface AwardEntry {
  readonly holder: AwardHolder;
  readonly year: number;
  readonly awardCode: AwardCode;
  /** Only `annual` awards count toward the annual prerequisites of higher titles. */
  readonly track: Track;
  /** The unit the holder belonged to that year (for a collective, itself). */
  readonly unitId: string;
  /** Usually the granting decision's id: one decision grants a holder an award once. */
  readonly entryId: string;
  readonly decisionId: string;
  readonly decisionNumber?: string;
  readonly decidedAt: string;
  /** Who issued the decision ("Chủ tịch UBND tỉnh Hà Tĩnh"), as the decision names them. */
  readonly issuer?: string;
  /** Set when a decision of the system wrote the entry; such an entry is only revoked, never corrected. */
  readonly nominationId?: string;
  /** Counts corrections of an entry entered by hand; absent (1) until the first. */
  readonly version?: number;
  /** Set once, when a revoking decision annuls the award: it stays in the history, never counted. */
  readonly revokedBy?: { readonly decisionId: string; readonly number: string };
}

/** Which history entry a revocation annuls, and the revoking decision. */
export interface AwardRevocation {
  readonly holder: AwardHolder;
  readonly year: number;
  readonly awardCode: AwardCode;
  readonly entryId: string;
  readonly revokedBy: { readonly decisionId: string; readonly number: string };
}

type New<T> = Omit<T, 'createdAt'>;

/** An update's change-log entry and the record it was made from (`ports/change-log.ts`). */
export interface Audited<T> {
  readonly before: T;
  readonly change: RegistryChange;
}

/** Only what may change after creation; ids, organisation and unit never move here. */
export type OrganisationChanges = Partial<Pick<Organisation, 'code' | 'name' | 'contactEmails'>>;
export type UnitChanges = Partial<Pick<Unit, 'name' | 'contactEmails'>>;
/** A person's facts, their unit within the organisation (a move), and leaving. */
export type PersonChanges = Partial<
  Pick<
    Person,
    'fullName' | 'position' | 'gender' | 'holdsLeadershipPost' | 'startedOn' | 'email' | 'leftOn' | 'unitId'
  >
>;

/**
 * Organisations (Sở, ban, ngành) of the province and their units. Creation refuses an existing id
 * (`ConflictError` `ALREADY_EXISTS`).
 */
export interface OrganisationRepository {
  createOrganisation(input: New<Organisation>, change?: RegistryChange): Promise<Versioned<Organisation>>;
  getOrganisation(id: string): Promise<Versioned<Organisation> | undefined>;
  listOrganisations(page?: PageRequest): Promise<Page<Versioned<Organisation>>>;
  /** The organisations of one level (the province's own: usually exactly one). */
  listOrganisationsByLevel(
    level: OrganisationLevel,
    page?: PageRequest,
  ): Promise<Page<Versioned<Organisation>>>;
  /** Guarded by `expectedVersion`; a missing organisation is `NotFoundError`, a stale one `VERSION_CONFLICT`. */
  updateOrganisation(
    id: string,
    changes: OrganisationChanges,
    expectedVersion: number,
    audit?: Audited<Versioned<Organisation>>,
  ): Promise<Versioned<Organisation>>;
  createUnit(input: New<Unit>, change?: RegistryChange): Promise<Versioned<Unit>>;
  getUnit(id: string): Promise<Versioned<Unit> | undefined>;
  listUnits(organisationId: string, page?: PageRequest): Promise<Page<Versioned<Unit>>>;
  updateUnit(
    id: string,
    changes: UnitChanges,
    expectedVersion: number,
    audit?: Audited<Versioned<Unit>>,
  ): Promise<Versioned<Unit>>;
}

/** People who may be nominated, and their award history (what prerequisite checks read). */
export interface PersonRepository {
  create(input: New<Person>, change?: RegistryChange): Promise<Versioned<Person>>;
  /**
   * Adds imported staff in transactions of up to 99 with one change-log entry each (the import's
   * id and the people it added), so no one is added without the record. A new id that exists is
   * `ALREADY_EXISTS`.
   */
  importPersons(
    people: readonly New<Person>[],
    change: (chunk: readonly New<Person>[], part: number) => RegistryChange,
  ): Promise<number>;
  get(id: string): Promise<Versioned<Person> | undefined>;
  listByUnit(unitId: string, page?: PageRequest): Promise<Page<Versioned<Person>>>;
  /**
   * Applies changes to the person read at `expectedVersion` (its name indexes move with the name).
   * A stale version is `VERSION_CONFLICT`.
   */
  update(
    current: Person,
    changes: PersonChanges,
    expectedVersion: number,
    change?: RegistryChange,
  ): Promise<Versioned<Person>>;
  /**
   * People of an organisation whose name starts with `name` (diacritics, case and NFC/NFD
   * ignored), as written ("Nguyễn Thị") or from the given name back ("Nhung", "Hồng Nhung");
   * at most `limit`, given-name order.
   */
  searchByName(organisationId: string, name: string, limit: number): Promise<readonly Versioned<Person>[]>;
  /**
   * Links a user account to the person, or unlinks it (`null`), at the version read, with its
   * change-log entry, in one transaction. One account belongs to one person
   * (`ACCOUNT_ALREADY_LINKED`, details name the other); a stale version is `VERSION_CONFLICT`.
   */
  linkAccount(
    current: Versioned<Person>,
    userId: string | null,
    expectedVersion: number,
    change: RegistryChange,
  ): Promise<Versioned<Person>>;
  /** The person a user account is linked to, if any. */
  personOfAccount(userId: string): Promise<string | undefined>;
  /** Records an award of a person or a collective; the same entry twice is `ALREADY_EXISTS`. */
  recordAward(entry: AwardEntry, change?: RegistryChange): Promise<AwardEntry>;
  /**
   * Marks an award of the history revoked (a guarded update: the entry must exist, `NotFoundError`;
   * and not be revoked by another decision, `AWARD_ALREADY_REVOKED`). Marking it again with the
   * same revoking decision changes nothing, so a retried revocation is safe.
   */
  markAwardRevoked(revocation: AwardRevocation): Promise<void>;
  /**
   * Replaces an entry entered by hand with its corrected form, guarded by the version read
   * (`VERSION_CONFLICT`), in one transaction with its change-log entry. An entry a decision of the
   * system wrote, or a revoked one, is refused (`AWARD_NOT_CORRECTABLE`); a missing one is
   * `NotFoundError`; a correction onto another existing entry is `ALREADY_EXISTS`.
   */
  correctAward(
    current: AwardEntry,
    corrected: AwardEntry,
    expectedVersion: number,
    change: RegistryChange,
  ): Promise<AwardEntry>;
  /**
   * Writes imported history entries in transactions of up to 99 with one change-log entry each
   * (the import's id, the rows it wrote), so every entry is written with its record. An entry that
   * exists already is left as it is and not counted: the same file imported twice writes nothing.
   * @returns the entries written.
   */
  importAwards(
    entries: readonly AwardEntry[],
    change: (rows: readonly AwardEntry[], part: number) => RegistryChange,
  ): Promise<AwardEntry[]>;
  /** The holder's awards, oldest year first, strongly consistent. */
  listAwardHistory(holder: AwardHolder, page?: PageRequest): Promise<Page<AwardEntry>>;
  /** Every award of a unit's year (its own and its members'), optionally of one award code. */
  listAwardsByUnitAndYear(
    unitId: string,
    year: number,
    options?: PageRequest & { readonly awardCode?: AwardCode },
  ): Promise<Page<AwardEntry>>;
}

/** Emulation campaigns (phong trào thi đua). */
/**
 * A unit's result on a campaign target that no nomination measures (participation, disbursement,
 * "không có vi phạm"), with the document that proves it (one of the unit's uploaded files).
 */
export interface TargetReportRecord extends TargetReport {
  readonly campaignId: string;
  readonly recordedBy: { readonly userId: string; readonly name?: string };
  readonly version: number;
}

export interface CampaignRepository {
  /** A new draft; with `change`, its change-log entry in the same transaction. */
  create(input: New<Campaign>, change?: RegistryChange): Promise<StoredCampaign>;
  get(id: string): Promise<StoredCampaign | undefined>;
  /** An organisation's campaigns, by year then id; `year` narrows to one year, `status` to one status. */
  listByOrganisation(
    organisationId: string,
    options?: PageRequest & { readonly year?: number; readonly status?: CampaignStatus },
  ): Promise<Page<StoredCampaign>>;
  /**
   * Rewrites a draft read at `expectedVersion` (title, year, details; and status, publishedAt,
   * publishedBy when publishing). Refused with `CAMPAIGN_NOT_DRAFT` once published, and with
   * `VERSION_CONFLICT` when someone changed it meanwhile. With `change`, its change-log entry in
   * the same transaction.
   */
  updateDraft(
    current: StoredCampaign,
    changes: Partial<
      Pick<StoredCampaign, 'title' | 'year' | 'details' | 'status' | 'publishedAt' | 'publishedBy'>
    >,
    expectedVersion: number,
    change?: RegistryChange,
  ): Promise<StoredCampaign>;
  /**
   * Writes a unit's report on a target with its change-log entry, atomically: a first report
   * (`expectedVersion` absent; `ALREADY_EXISTS` when there is one) or a new version of it
   * (`VERSION_CONFLICT` when someone changed it meanwhile).
   */
  saveTargetReport(
    report: Omit<TargetReportRecord, 'version'>,
    expectedVersion: number | undefined,
    change: RegistryChange,
  ): Promise<TargetReportRecord>;
  getTargetReport(
    campaignId: string,
    targetIndex: number,
    unitId: string,
  ): Promise<TargetReportRecord | undefined>;
  /** Every unit's reports on the campaign's targets. */
  listTargetReports(campaignId: string): Promise<TargetReportRecord[]>;
}
