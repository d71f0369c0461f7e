/**
 * The public notice and the timeliness report of a year read an organisation's nominations by
 * state (GSI2) from the first instant of that year on, so past years' decided nominations are not
 * read at all, and the answers stay what reading the whole partition gave.
 *
 * The DynamoDB Local client is real; its `send` is wrapped only to observe what GSI2 queries
 * return (Items and ScannedCount), never to change an answer.
 */
import { type DynamoDBClient, QueryCommand, type QueryCommandOutput } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeGetPublicNotice } from '../../../shared/app/nominations/public-notice';
import type { AppPorts } from '../../../shared/app/ports';
import { makeGetTimelinessReport } from '../../../shared/app/reports/timeliness';
import type { Principal } from '../../../shared/http/principal';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo/nomination-repository';
import type { NominationRepository } from '../../../shared/store/ports/nomination-repository';
import { createTestTable, type TestTable } from '../support/dynamo';
import { aNewNomination, fixedClock, steppingClock, uniqueId } from '../support/factories';

const ORG = 'org-so-bounded';
const PAST_YEARS = [2022, 2023, 2024, 2025] as const;
const PER_PAST_YEAR = 6;
const YEAR = 2026;
const NOW = fixedClock('2026-06-20T03:00:00.000Z');
const principal: Principal = { userId: 'user-thuky', roles: ['council_secretary'], orgId: ORG };

let table: TestTable;
const reads = { queries: 0, items: 0, scanned: 0 };

/** Counts what GSI2 queries return; every call goes to DynamoDB Local unchanged. */
function observeGsi2Reads(client: DynamoDBClient): void {
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  client.send = (async (command: unknown) => {
    const output = await send(command);
    if (command instanceof QueryCommand && command.input.IndexName === 'GSI2') {
      const page = output as QueryCommandOutput;
      reads.queries += 1;
      reads.items += page.Items?.length ?? 0;
      reads.scanned += page.ScannedCount ?? 0;
    }
    return output;
  }) as DynamoDBClient['send'];
}

async function measure<T>(read: () => Promise<T>): Promise<{ answer: T; items: number; scanned: number }> {
  Object.assign(reads, { queries: 0, items: 0, scanned: 0 });
  const answer = await read();
  return { answer, items: reads.items, scanned: reads.scanned };
}

const repoAt = (startIso: string): NominationRepository =>
  makeDynamoNominationRepository({
    client: table.client,
    tableName: table.tableName,
    clock: steppingClock(startIso),
  });

/** The repository as the readers had it before: the range is dropped, the partition read whole. */
const unbounded = (repo: NominationRepository): NominationRepository => ({
  ...repo,
  listByOrgAndState: (organisationId, state, page) => repo.listByOrgAndState(organisationId, state, page),
  listHeadsByOrgAndState: (organisationId, state, page) =>
    repo.listHeadsByOrgAndState(organisationId, state, page),
});

const noticePorts = (nominations: NominationRepository) => ({
  nominations,
  organisations: {
    getOrganisation: async (id: string) =>
      id === ORG ? { id, code: 'SBD', name: 'Sở Thử Nghiệm', createdAt: '', version: 1 } : undefined,
  } as unknown as AppPorts['organisations'],
  campaigns: {
    get: async (id: string) => ({ id, title: `Phong trào ${id}` }),
  } as unknown as AppPorts['campaigns'],
  clock: NOW,
});

let reader: NominationRepository;
let ofYear: string[];

beforeAll(async () => {
  table = await createTestTable('year-bounded');
  // Past years' decided nominations, each last changed in its own year.
  for (const year of PAST_YEARS) {
    const repo = repoAt(`${year}-09-15T02:00:00.000Z`);
    for (let i = 0; i < PER_PAST_YEAR; i++) {
      await repo.create(aNewNomination({ id: uniqueId('nom'), organisationId: ORG, state: 'decided', year }));
    }
  }
  // This year's: one written at 01:00 on 1 January in Vietnam (still 31 December in UTC).
  const newYearsNight = await repoAt('2025-12-31T18:00:00.000Z').create(
    aNewNomination({ id: uniqueId('nom'), organisationId: ORG, state: 'decided', year: YEAR }),
  );
  const repo = repoAt('2026-03-10T02:00:00.000Z');
  const thisYear = [
    newYearsNight,
    await repo.create(
      aNewNomination({ id: uniqueId('nom'), organisationId: ORG, state: 'decided', year: YEAR }),
    ),
    await repo.create(
      aNewNomination({ id: uniqueId('nom'), organisationId: ORG, state: 'accepted', year: YEAR }),
    ),
    await repo.create(
      aNewNomination({ id: uniqueId('nom'), organisationId: ORG, state: 'submitted', year: YEAR }),
    ),
  ];
  ofYear = thisYear.map((n) => n.id);

  observeGsi2Reads(table.client);
  reader = repoAt('2026-06-20T03:00:00.000Z');
});
afterAll(() => table.drop());

describe('reading one year of an organisation by state', () => {
  it('lets the public notice of 2026 read only nominations changed since 1 January 2026, same answer', async () => {
    const before = await measure(() =>
      makeGetPublicNotice(noticePorts(unbounded(reader)))(principal, ORG, { year: YEAR }),
    );
    const after = await measure(() =>
      makeGetPublicNotice(noticePorts(reader))(principal, ORG, { year: YEAR }),
    );

    // decided ×(4 years × 6) + decided ×2 + accepted ×1 of 2026; submitted is not listed.
    expect(before.items).toBe(PAST_YEARS.length * PER_PAST_YEAR + 3);
    expect(after.items).toBe(3);
    expect(after.scanned).toBe(3);
    expect(after.answer).toEqual(before.answer);
    expect(after.answer.entries).toHaveLength(3);
  });

  it('lets the timeliness report of 2026 read only nominations changed since 1 January 2026, same answer', async () => {
    const before = await measure(() =>
      makeGetTimelinessReport({ nominations: unbounded(reader), clock: NOW })(principal, { year: YEAR }),
    );
    const after = await measure(() =>
      makeGetTimelinessReport({ nominations: reader, clock: NOW })(principal, { year: YEAR }),
    );

    expect(before.items).toBe(PAST_YEARS.length * PER_PAST_YEAR + ofYear.length);
    expect(after.items).toBe(ofYear.length);
    expect(after.answer).toEqual(before.answer);
    expect(after.answer).toMatchObject({ organisationId: ORG, year: YEAR });
  });

  it('still reads a past year whole when that year is asked for', async () => {
    const after = await measure(() =>
      makeGetPublicNotice(noticePorts(reader))(principal, ORG, { year: 2023 }),
    );

    expect(after.answer.entries).toHaveLength(PER_PAST_YEAR);
    // 2023, 2024, 2025 and this year's decided and accepted nominations; 2022's are skipped.
    expect(after.items).toBe(3 * PER_PAST_YEAR + 3);
  });

  it('pages a bounded list with cursors that belong to it', async () => {
    const range = { updatedFrom: '2024-01-01' };
    const first = await reader.listByOrgAndState(ORG, 'decided', { limit: 4 }, range);
    const second = await reader.listByOrgAndState(ORG, 'decided', { limit: 20, cursor: first.cursor }, range);
    const whole = await reader.listByOrgAndState(ORG, 'decided', { limit: 2 });

    expect(first.items).toHaveLength(4);
    expect([...first.items, ...second.items].map((n) => n.year).sort()).toEqual([
      ...Array<number>(PER_PAST_YEAR).fill(2024),
      ...Array<number>(PER_PAST_YEAR).fill(2025),
      YEAR,
      YEAR,
    ]);
    expect(second.cursor).toBeUndefined();
    // The unbounded list's first cursor lies in 2022, below this range: refused, not restarted.
    await expect(
      reader.listByOrgAndState(ORG, 'decided', { limit: 2, cursor: whole.cursor }, range),
    ).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });
});
