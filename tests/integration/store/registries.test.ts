import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoCampaignRepository } from '../../../shared/store/dynamo/campaign-repository';
import { makeDynamoOrganisationRepository } from '../../../shared/store/dynamo/organisation-repository';
import { makeDynamoPersonRepository } from '../../../shared/store/dynamo/person-repository';
import type { Page, PageRequest } from '../../../shared/store/ports/common';
import type {
  CampaignRepository,
  OrganisationRepository,
  PersonRepository,
} from '../../../shared/store/ports/registry-repositories';
import { createTestTable, type TestTable } from '../support/dynamo';
import { aCampaign, anAwardEntry, aPerson, fixedClock, uniqueId } from '../support/factories';

let table: TestTable;
let organisations: OrganisationRepository;
let persons: PersonRepository;
let campaigns: CampaignRepository;

beforeAll(async () => {
  table = await createTestTable('registries');
  const deps = { client: table.client, tableName: table.tableName, clock: fixedClock() };
  organisations = makeDynamoOrganisationRepository(deps);
  persons = makeDynamoPersonRepository(deps);
  campaigns = makeDynamoCampaignRepository(deps);
});
afterAll(() => table.drop());

async function collect<T>(fetch: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch({ cursor, limit });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return items;
}

const sortedIds = (items: readonly { id: string }[]) => items.map((i) => i.id).sort();

describe('organisations and units', () => {
  it('stores an organisation and lists all of them exactly once', async () => {
    const created = await Promise.all(
      Array.from({ length: 13 }, (_, i) =>
        organisations.createOrganisation({ id: uniqueId('org'), code: `S${i}`, name: `Sở số ${i}` }),
      ),
    );

    const listed = await collect((page) => organisations.listOrganisations(page), 4);

    expect(sortedIds(listed)).toEqual(sortedIds(created));
    expect(await organisations.getOrganisation(created[0]?.id ?? '')).toEqual(created[0]);
  });

  it('lists the units of one organisation only, each exactly once', async () => {
    const org = uniqueId('org');
    const units = await Promise.all(
      Array.from({ length: 23 }, (_, i) =>
        organisations.createUnit({ id: uniqueId('unit'), organisationId: org, name: `Phòng ${i}` }),
      ),
    );
    await organisations.createUnit({
      id: uniqueId('unit'),
      organisationId: uniqueId('org'),
      name: 'Phòng khác',
    });

    const listed = await collect((page) => organisations.listUnits(org, page), 5);

    expect(sortedIds(listed)).toEqual(sortedIds(units));
    expect(await organisations.getUnit(units[0]?.id ?? '')).toEqual(units[0]);
  });

  it('refuses to create an organisation twice', async () => {
    const org = await organisations.createOrganisation({
      id: uniqueId('org'),
      code: 'SNV',
      name: 'Sở Nội vụ',
    });

    const attempt = organisations.createOrganisation({ id: org.id, code: 'X', name: 'Trùng mã' });

    await expect(attempt).rejects.toMatchObject({ code: 'ALREADY_EXISTS', kind: 'conflict' });
    expect(await organisations.getOrganisation(org.id)).toEqual(org);
  });
});

describe('persons and their award history', () => {
  it('lists the 53 persons of a unit exactly once, ten at a time', async () => {
    const unitId = uniqueId('unit');
    const created = await Promise.all(Array.from({ length: 53 }, () => persons.create(aPerson({ unitId }))));

    const listed = await collect((page) => persons.listByUnit(unitId, page), 10);

    expect(listed).toHaveLength(53);
    expect(sortedIds(listed)).toEqual(sortedIds(created));
    expect(await persons.get(created[0]?.id ?? '')).toEqual(created[0]);
  });

  it('returns a person’s awards oldest year first, across pages', async () => {
    const holder = { kind: 'person' as const, id: uniqueId('person') };
    const years = [2025, 2021, 2023, 2022, 2024];
    for (const year of years) {
      await persons.recordAward(anAwardEntry({ holder, year, awardCode: 'CSTDCS' }));
      await persons.recordAward(anAwardEntry({ holder, year, awardCode: 'LDTT' }));
    }

    const history = await collect((page) => persons.listAwardHistory(holder, page), 3);

    expect(history).toHaveLength(10);
    expect(history.map((a) => a.year)).toEqual([2021, 2021, 2022, 2022, 2023, 2023, 2024, 2024, 2025, 2025]);
    expect(history[0]).toMatchObject({ holder, awardCode: 'CSTDCS', track: 'annual' });
  });

  it('refuses to record the same award entry twice', async () => {
    const entry = anAwardEntry({ holder: { kind: 'person', id: uniqueId('person') } });
    await persons.recordAward(entry);

    await expect(persons.recordAward(entry)).rejects.toMatchObject({ code: 'ALREADY_EXISTS' });
  });

  it('lists a unit’s awards of one year, its own and its members’, optionally of one code', async () => {
    const unitId = uniqueId('unit');
    await persons.recordAward(
      anAwardEntry({ unitId, holder: { kind: 'unit', id: unitId }, awardCode: 'TTLDTT' }),
    );
    for (let i = 0; i < 6; i++) {
      await persons.recordAward(anAwardEntry({ unitId, holder: { kind: 'person', id: uniqueId('person') } }));
    }
    await persons.recordAward(
      anAwardEntry({ unitId, year: 2024, holder: { kind: 'person', id: uniqueId('person') } }),
    );

    const all = await collect((page) => persons.listAwardsByUnitAndYear(unitId, 2025, page), 4);
    const ldtt = await collect(
      (page) => persons.listAwardsByUnitAndYear(unitId, 2025, { ...page, awardCode: 'LDTT' }),
      4,
    );

    expect(all).toHaveLength(7);
    expect(ldtt).toHaveLength(6);
    expect(ldtt.every((a) => a.holder.kind === 'person')).toBe(true);
  });
});

describe('campaigns', () => {
  it('lists an organisation’s campaigns exactly once, narrowed to a year on request', async () => {
    const organisationId = uniqueId('org');
    const of2026 = await Promise.all(
      Array.from({ length: 21 }, () => campaigns.create(aCampaign({ organisationId }))),
    );
    const of2025 = await campaigns.create(aCampaign({ organisationId, year: 2025 }));

    const all = await collect((page) => campaigns.listByOrganisation(organisationId, page), 10);
    const only2026 = await collect(
      (page) => campaigns.listByOrganisation(organisationId, { ...page, year: 2026 }),
      10,
    );

    expect(sortedIds(all)).toEqual(sortedIds([...of2026, of2025]));
    expect(all[0]?.id).toBe(of2025.id);
    expect(sortedIds(only2026)).toEqual(sortedIds(of2026));
    expect(await campaigns.get(of2025.id)).toEqual(of2025);
  });
});
