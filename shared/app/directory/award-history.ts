import { NotFoundError, ValidationError } from '../../domain/errors';
import { DEFAULT_CATALOG } from '../../domain/rules/catalog';
import { AWARD_CODES, type AwardCode } from '../../domain/vocabulary';
import type { AwardEntry, AwardHolder } from '../../store';
import { allPages } from '../../store/all-pages';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import type { AwardCorrectionInput, AwardRecordInput } from './inputs';
import { registryChange } from './registry-change';
import { hasAnyRole, isAdmin, loadVisiblePerson, loadVisibleUnit } from './visibility';

type Ports = Pick<AppPorts, 'persons' | 'organisations' | 'clock'>;

/**
 * The decision as an id: `09/QĐ-SNV` of 2025 → `dec-2025-09-qd-snv` (numbers restart each year
 * per issuer), so one decision grants a holder one entry.
 */
export function decisionIdOf(decisionNumber: string, decidedOn: string): string {
  return `dec-${decidedOn.slice(0, 4)}-${decisionNumber
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
}

/**
 * How an entry is named in a URL: `2025-CSTDCS-dec-2025-09-qd-snv` (year, award, entry). A holder
 * may hold several awards of one decision, so the entry alone does not name one.
 */
export const awardRef = (entry: Pick<AwardEntry, 'year' | 'awardCode' | 'entryId'>): string =>
  `${entry.year}-${entry.awardCode}-${entry.entryId}`;

function parseAwardRef(ref: string): { year: number; awardCode: AwardCode; entryId: string } {
  const match = /^(\d{4})-([A-Z0-9_]+)-(.+)$/.exec(ref);
  const awardCode = match?.[2] as AwardCode | undefined;
  if (!match || !awardCode || !AWARD_CODES.includes(awardCode))
    throw new NotFoundError('award', ref, 'Không tìm thấy khen thưởng trong lịch sử.');
  return { year: Number(match[1]), awardCode, entryId: match[3] ?? '' };
}

/** An entry as screens show it: its URL name, its version, and whether it may be corrected. */
export type AwardView = AwardEntry & {
  readonly ref: string;
  readonly version: number;
  readonly correctable: boolean;
};

export const awardView = (entry: AwardEntry): AwardView => ({
  ...entry,
  ref: awardRef(entry),
  version: entry.version ?? 1,
  correctable: entry.nominationId === undefined && entry.revokedBy === undefined,
});

/** The holder the caller may see, with the organisation and unit its entries belong to. */
async function loadHolder(
  ports: Pick<Ports, 'persons' | 'organisations'>,
  principal: Principal,
  holder: AwardHolder,
) {
  if (holder.kind === 'person') {
    const person = await loadVisiblePerson(ports.persons, principal, holder.id);
    return { organisationId: person.organisationId, unitId: person.unitId, name: person.fullName };
  }
  const unit = await loadVisibleUnit(ports.organisations, principal, holder.id);
  return { organisationId: unit.organisationId, unitId: unit.id, name: unit.name };
}

/**
 * Who keeps a history: the admin, the province's Ban TĐKT, and the Sở's secretariat for its own
 * people and collectives. Others who may see the holder get 404 on a change, as on any write
 * they have no part in.
 */
function assertMayKeepHistory(principal: Principal, organisationId: string, holder: AwardHolder): void {
  const may =
    isAdmin(principal) ||
    hasAnyRole(principal, ['province_officer']) ||
    (principal.roles.includes('council_secretary') && principal.orgId === organisationId);
  if (!may) throw new NotFoundError(holder.kind, holder.id, 'Không tìm thấy cá nhân, tập thể.');
}

const changeLogId = (holder: AwardHolder, entry: Pick<AwardEntry, 'year' | 'awardCode' | 'entryId'>) =>
  `${holder.kind === 'unit' ? 'unit:' : ''}${holder.id}/${awardRef(entry)}`;

function entryOf(holder: AwardHolder, unitId: string, input: AwardRecordInput): AwardEntry {
  const decisionId = decisionIdOf(input.decisionNumber, input.decidedOn);
  return {
    holder,
    year: input.year,
    awardCode: input.awardCode,
    track: input.track,
    unitId,
    entryId: decisionId,
    decisionId,
    decisionNumber: input.decisionNumber,
    decidedAt: `${input.decidedOn}T00:00:00.000Z`,
    ...(input.issuer ? { issuer: input.issuer } : {}),
  };
}

/**
 * What a typing error looks like: a decision dated before the year it rewards, or an award the
 * holder cannot receive (Lao động tiên tiến for a collective, Tập thể lao động xuất sắc for a person).
 */
function assertPlausible(holder: AwardHolder, input: AwardRecordInput): void {
  const issues = [];
  if (Number(input.decidedOn.slice(0, 4)) < input.year)
    issues.push({
      path: 'body.decidedOn',
      code: 'before_award_year',
      message: 'Ngày quyết định không thể trước năm thành tích.',
    });
  const subject = holder.kind === 'person' ? 'person' : 'collective';
  if (!DEFAULT_CATALOG[input.awardCode].subjects.includes(subject))
    issues.push({
      path: 'body.awardCode',
      code: 'wrong_subject',
      message:
        subject === 'person'
          ? 'Danh hiệu, hình thức này chỉ dành cho tập thể.'
          : 'Danh hiệu, hình thức này chỉ dành cho cá nhân.',
    });
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * Records an award a person or a collective already received (history from before the system,
 * or a decision made elsewhere), audited in the same transaction. The same decision twice for
 * one holder and award is `ALREADY_EXISTS` (409).
 */
export const makeRecordAward =
  (ports: Ports) => async (principal: Principal, holder: AwardHolder, input: AwardRecordInput) => {
    const found = await loadHolder(ports, principal, holder);
    assertMayKeepHistory(principal, found.organisationId, holder);
    assertPlausible(holder, input);
    const entry = entryOf(holder, found.unitId, input);
    const at = ports.clock.now().toISOString();
    const stored = await ports.persons.recordAward(
      entry,
      registryChange(principal, at, 'award', changeLogId(holder, entry), entry),
    );
    return awardView(stored);
  };

/**
 * Corrects an entry entered by hand (a wrong year, award, number, date or issuer): the entry is
 * replaced, guarded by the version the corrector read (409 `VERSION_CONFLICT`), and the change
 * log keeps before, after and the reason under the entry's former name. Entries a decision of the
 * system wrote are annulled by a revoking decision instead (409 `AWARD_NOT_CORRECTABLE`).
 */
export const makeCorrectAward =
  (ports: Ports) =>
  async (
    principal: Principal,
    holder: AwardHolder,
    ref: string,
    input: AwardCorrectionInput,
    /** From If-Match (the route requires it); the version just read when called without one. */
    expectedVersion?: number,
  ) => {
    const found = await loadHolder(ports, principal, holder);
    assertMayKeepHistory(principal, found.organisationId, holder);
    const { year, awardCode, entryId } = parseAwardRef(ref);
    const current = await findEntry(ports, holder, { year, awardCode, entryId });
    const { reason, ...record } = input;
    assertPlausible(holder, record);
    // The unit the holder was in that year stays as entered: a correction fixes the decision's facts.
    const corrected: AwardEntry = entryOf(holder, current.unitId, record);
    const at = ports.clock.now().toISOString();
    const change = {
      ...registryChange(principal, at, 'award', changeLogId(holder, current), corrected, current),
      reason,
    };
    return awardView(
      await ports.persons.correctAward(current, corrected, expectedVersion ?? current.version ?? 1, change),
    );
  };

async function findEntry(
  ports: Pick<Ports, 'persons'>,
  holder: AwardHolder,
  wanted: { year: number; awardCode: AwardCode; entryId: string },
): Promise<AwardEntry> {
  for (const entry of await awardHistoryOf(ports, holder)) {
    if (
      entry.year === wanted.year &&
      entry.awardCode === wanted.awardCode &&
      entry.entryId === wanted.entryId
    )
      return entry;
  }
  throw new NotFoundError('award', awardRef(wanted), 'Không tìm thấy khen thưởng trong lịch sử.');
}

/** A holder's whole award history, oldest year first (tens of entries: a page or two). */
export const awardHistoryOf = (ports: Pick<Ports, 'persons'>, holder: AwardHolder): Promise<AwardEntry[]> =>
  allPages((page) => ports.persons.listAwardHistory(holder, page));

/** A collective's record: the unit, its organisation's name, and its own award history. */
export const makeGetCollective =
  (ports: Pick<Ports, 'persons' | 'organisations'>) => async (principal: Principal, unitId: string) => {
    const unit = await loadVisibleUnit(ports.organisations, principal, unitId);
    const organisation = await ports.organisations.getOrganisation(unit.organisationId);
    const awards = await awardHistoryOf(ports, { kind: 'unit', id: unit.id });
    return {
      unit,
      ...(organisation ? { organisationName: organisation.name } : {}),
      awards: awards.map(awardView),
    };
  };
