import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors';
import type { Page, Person, Versioned } from '../../store';
import { normaliseName } from '../../store/person-name-key';
import type { AppPorts } from '../ports';
import type { Principal } from '../principal';
import { type AwardView, awardHistoryOf, awardView } from './award-history';
import type { NewPersonInput, PageQuery, PersonChangesInput, PersonSearchInput } from './inputs';
import { type PublicPerson, toPublicPerson } from './public-person';
import { registryChange } from './registry-change';
import {
  canEditPeopleOf,
  canSeeInsideOrganisation,
  canSeePerson,
  isAdmin,
  loadVisiblePerson,
  loadVisibleUnit,
} from './visibility';

type Ports = Pick<AppPorts, 'organisations' | 'persons' | 'ids' | 'clock'>;

/** The people of a unit, public fields only (name, position, unit). */
export const makeListPersons =
  ({ organisations, persons }: Pick<Ports, 'organisations' | 'persons'>) =>
  async (principal: Principal, unitId: string, page: PageQuery = {}): Promise<Page<PublicPerson>> => {
    const unit = await loadVisibleUnit(organisations, principal, unitId);
    // A unit officer sees the people of their own unit only, as with nominations.
    if (!canSeePerson(principal, { organisationId: unit.organisationId, unitId: unit.id }))
      throw new NotFoundError('unit', unitId, 'Không tìm thấy phòng, ban, đơn vị.');
    const result = await persons.listByUnit(unit.id, page);
    return { ...result, items: result.items.map((person) => toPublicPerson(person, unit.name)) };
  };

/**
 * Finds people by name within an organisation (the caller's own unless the province or the admin
 * names one), diacritic- and case-insensitive; a unit officer finds only their own unit's people.
 */
export const makeSearchPersons =
  ({ organisations, persons }: Pick<Ports, 'organisations' | 'persons'>) =>
  async (principal: Principal, input: PersonSearchInput): Promise<{ items: PublicPerson[] }> => {
    if (normaliseName(input.name).replace(/ /g, '').length < 2) {
      throw new ValidationError([
        { path: 'query.name', code: 'too_short', message: 'Nhập ít nhất 2 chữ cái của họ tên.' },
      ]);
    }
    const unit = input.unitId ? await loadVisibleUnit(organisations, principal, input.unitId) : undefined;
    const organisationId = input.organisationId ?? unit?.organisationId ?? principal.orgId;
    if (organisationId === undefined) {
      throw new ValidationError([
        { path: 'query.organisationId', code: 'required', message: 'Cần chọn cơ quan để tìm kiếm.' },
      ]);
    }
    if (
      !canSeeInsideOrganisation(principal, organisationId) ||
      (unit && unit.organisationId !== organisationId)
    )
      throw new NotFoundError('organisation', organisationId, 'Không tìm thấy cơ quan, đơn vị.');
    const limit = input.limit ?? 20;
    const found = await persons.searchByName(organisationId, input.name, limit);
    const items = found.filter(
      (person) => canSeePerson(principal, person) && (unit === undefined || person.unitId === unit.id),
    );
    const units = await Promise.all(
      [...new Set(items.map((person) => person.unitId))].map((unitId) => organisations.getUnit(unitId)),
    );
    const unitNames = new Map(units.flatMap((unit) => (unit ? [[unit.id, unit.name] as const] : [])));
    return { items: items.map((person) => toPublicPerson(person, unitNames.get(person.unitId))) };
  };

export interface PersonWithHistory {
  readonly person: Versioned<Person>;
  /** The name of the person's unit (their collective), for the page's heading. */
  readonly unitName?: string;
  /** Oldest year first, as prerequisite checks read it. */
  readonly awards: readonly AwardView[];
}

/** One person with their whole award history, if the caller may see them (404 otherwise). */
export const makeGetPerson =
  ({ persons, organisations }: Pick<Ports, 'persons' | 'organisations'>) =>
  async (principal: Principal, id: string): Promise<PersonWithHistory> => {
    const person = await loadVisiblePerson(persons, principal, id);
    const [awards, unit] = await Promise.all([
      awardHistoryOf({ persons }, { kind: 'person', id }),
      organisations.getUnit(person.unitId),
    ]);
    return { person, ...(unit ? { unitName: unit.name } : {}), awards: awards.map(awardView) };
  };

/** Adds a person to a unit: that unit's officers and the admin. */
export const makeCreatePerson =
  ({ organisations, persons, ids, clock }: Ports) =>
  async (principal: Principal, unitId: string, input: NewPersonInput): Promise<Versioned<Person>> => {
    const unit = await loadVisibleUnit(organisations, principal, unitId);
    if (!canEditPeopleOf(principal, unit)) {
      // Inside their own organisation the unit exists for them; elsewhere it does not.
      if (principal.orgId === unit.organisationId) throw new ForbiddenError('NOT_YOUR_UNIT');
      throw new NotFoundError('unit', unitId, 'Không tìm thấy phòng, ban, đơn vị.');
    }
    const person = {
      id: `person-${ids.next().toLowerCase()}`,
      organisationId: unit.organisationId,
      unitId: unit.id,
      ...input,
    };
    const at = clock.now().toISOString();
    return persons.create(person, registryChange(principal, at, 'person', person.id, person));
  };

/**
 * Edits a person: their unit's officers and the admin, guarded by the version the caller read.
 * A move to another unit of the organisation is the admin's (an officer manages one unit); a
 * person who leaves keeps their record and history, with the day they left.
 */
export const makeUpdatePerson =
  ({ persons, organisations, clock }: Pick<Ports, 'persons' | 'organisations' | 'clock'>) =>
  async (
    principal: Principal,
    id: string,
    changes: PersonChangesInput,
    expectedVersion?: number,
  ): Promise<Versioned<Person>> => {
    const person = await loadVisiblePerson(persons, principal, id);
    if (!canEditPeopleOf(principal, { id: person.unitId })) {
      if (principal.orgId === person.organisationId) throw new ForbiddenError('NOT_YOUR_UNIT');
      throw new NotFoundError('person', id, 'Không tìm thấy cá nhân.');
    }
    if (changes.unitId !== undefined && changes.unitId !== person.unitId) {
      if (!isAdmin(principal))
        throw new ForbiddenError(
          'ONLY_ADMIN_MOVES_PEOPLE',
          'Chỉ quản trị hệ thống chuyển cán bộ sang đơn vị khác.',
        );
      const target = await organisations.getUnit(changes.unitId);
      if (!target || target.organisationId !== person.organisationId)
        throw new ValidationError(
          [
            {
              path: 'body.unitId',
              code: 'unknown_unit',
              message: 'Không tìm thấy phòng, ban này trong cơ quan.',
            },
          ],
          'Không tìm thấy phòng, ban này trong cơ quan.',
        );
    }
    const leftOn = changes.leftOn ?? person.leftOn;
    const startedOn = changes.startedOn ?? person.startedOn;
    if (leftOn && startedOn && leftOn < startedOn)
      throw new ValidationError(
        [
          {
            path: 'body.leftOn',
            code: 'before_start',
            message: 'Ngày thôi việc phải sau ngày bắt đầu công tác.',
          },
        ],
        'Ngày thôi việc phải sau ngày bắt đầu công tác.',
      );
    const at = clock.now().toISOString();
    return persons.update(
      person,
      changes,
      expectedVersion ?? person.version,
      registryChange(principal, at, 'person', id, { ...person, ...changes }, person),
    );
  };
