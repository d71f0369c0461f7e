import type { AwardCode, Track } from '../../domain/vocabulary';
import type { AwardHolder } from '../keys';
import type { Page, PageRequest } from './common';

export interface Organisation {
  readonly id: string;
  /** Short code used in document symbols, e.g. `SGDĐT` in `12/QĐ-SGDĐT`. */
  readonly code: string;
  readonly name: string;
  readonly createdAt: string;
}

export interface Unit {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
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
  readonly createdAt: string;
}

export interface Campaign {
  readonly id: string;
  /** The issuing organisation (the province's own campaigns use the province's organisation id). */
  readonly organisationId: string;
  readonly year: number;
  readonly title: string;
  /** Periods, targets, deadlines…: opaque here, validated by the campaign schema in `shared/domain/forms/`. */
  readonly details: Readonly<Record<string, unknown>>;
  readonly createdAt: string;
}

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
  readonly nominationId?: string;
}

type New<T> = Omit<T, 'createdAt'>;

/**
 * Organisations (Sở, ban, ngành) of the province and their units. Creation refuses an existing id
 * (`ConflictError` `ALREADY_EXISTS`).
 */
export interface OrganisationRepository {
  createOrganisation(input: New<Organisation>): Promise<Organisation>;
  getOrganisation(id: string): Promise<Organisation | undefined>;
  listOrganisations(page?: PageRequest): Promise<Page<Organisation>>;
  createUnit(input: New<Unit>): Promise<Unit>;
  getUnit(id: string): Promise<Unit | undefined>;
  listUnits(organisationId: string, page?: PageRequest): Promise<Page<Unit>>;
}

/** People who may be nominated, and their award history (what prerequisite checks read). */
export interface PersonRepository {
  create(input: New<Person>): Promise<Person>;
  get(id: string): Promise<Person | undefined>;
  listByUnit(unitId: string, page?: PageRequest): Promise<Page<Person>>;
  /** Records an award of a person or a collective; the same entry twice is `ALREADY_EXISTS`. */
  recordAward(entry: AwardEntry): Promise<AwardEntry>;
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
export interface CampaignRepository {
  create(input: New<Campaign>): Promise<Campaign>;
  get(id: string): Promise<Campaign | undefined>;
  /** An organisation's campaigns, by year then id; `year` narrows to one year. */
  listByOrganisation(
    organisationId: string,
    options?: PageRequest & { readonly year?: number },
  ): Promise<Page<Campaign>>;
}
