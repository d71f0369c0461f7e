import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo/nomination-repository';
import type { Page, PageRequest } from '../../../shared/store/ports/common';
import type { Nomination, NominationRepository } from '../../../shared/store/ports/nomination-repository';
import { createTestTable, type TestTable } from '../support/dynamo';
import { aNewNomination, aTransition, steppingClock, uniqueId } from '../support/factories';

let table: TestTable;
let repo: NominationRepository;

const UNIT = 'unit-phong-ke-hoach';
const OTHER_UNIT = 'unit-van-phong';
const ORG = 'org-so-tai-chinh';
const CAMPAIGN = 'camp-2026-chuyen-doi-so';
let inUnit: Nomination[];
let submitted: Nomination[];

async function collect<T>(fetch: (page: PageRequest) => Promise<Page<T>>, limit: number) {
  const items: T[] = [];
  const pages: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch({ cursor, limit });
    items.push(...page.items);
    pages.push(page.items.length);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return { items, pages };
}

beforeAll(async () => {
  table = await createTestTable('nom-lists');
  repo = makeDynamoNominationRepository({
    client: table.client,
    tableName: table.tableName,
    clock: steppingClock(),
  });
  // 53 in the unit and campaign under test, 7 elsewhere in the same organisation that no list
  // of that unit or campaign may return.
  inUnit = await Promise.all(
    Array.from({ length: 53 }, () =>
      repo.create(
        aNewNomination({ id: uniqueId('nom'), unitId: UNIT, organisationId: ORG, campaignId: CAMPAIGN }),
      ),
    ),
  );
  await Promise.all(
    Array.from({ length: 7 }, () =>
      repo.create(
        aNewNomination({
          id: uniqueId('nom'),
          unitId: OTHER_UNIT,
          organisationId: ORG,
          campaignId: 'camp-khac',
        }),
      ),
    ),
  );
  submitted = await Promise.all(
    inUnit.slice(0, 12).map(async (n) => (await repo.transition(aTransition(n.id))).nomination),
  );
});
afterAll(() => table.drop());

const ids = (items: readonly { readonly id: string }[]) => items.map((n) => n.id).sort();

describe('listing nominations page by page', () => {
  it('returns every nomination of a unit exactly once, ten at a time', async () => {
    const { items, pages } = await collect((page) => repo.listByUnit(UNIT, page), 10);

    expect(items).toHaveLength(53);
    expect(new Set(items.map((n) => n.id)).size).toBe(53);
    expect(ids(items)).toEqual(ids(inUnit));
    expect(pages.slice(0, 5)).toEqual([10, 10, 10, 10, 10]);
  });

  it('returns every nomination of a campaign exactly once', async () => {
    const { items } = await collect((page) => repo.listByCampaign(CAMPAIGN, page), 10);

    expect(items).toHaveLength(53);
    expect(ids(items)).toEqual(ids(inUnit));
  });

  it('lists an organisation’s work queue by state, following each transition', async () => {
    const drafts = await collect((page) => repo.listByOrgAndState(ORG, 'draft', page), 10);
    const queue = await collect((page) => repo.listByOrgAndState(ORG, 'submitted', page), 5);

    expect(drafts.items).toHaveLength(41 + 7);
    expect(new Set(drafts.items.map((n) => n.id)).size).toBe(48);
    expect(ids(queue.items)).toEqual(ids(submitted));
    expect(queue.items.every((n) => n.state === 'submitted' && n.version === 2)).toBe(true);
  });

  it('leaves a nomination without a campaign out of every campaign list', async () => {
    const loner = await repo.create(
      aNewNomination({ id: uniqueId('nom'), unitId: UNIT, campaignId: undefined }),
    );

    const { items } = await collect((page) => repo.listByCampaign(CAMPAIGN, page), 100);

    expect(items.map((n) => n.id)).not.toContain(loner.id);
    expect((await repo.get(loner.id))?.campaignId).toBeUndefined();
  });
});

describe('reading only what a list shows (heads)', () => {
  it('pages through the same nominations as the full list, of their forms only the nominee', async () => {
    const nominee = { subject: 'person', fullName: 'Nguyễn Thị Hồng Nhung', personId: 'person-1' };
    const withNominee = await repo.create(
      aNewNomination({
        id: uniqueId('nom'),
        unitId: UNIT,
        organisationId: ORG,
        campaignId: CAMPAIGN,
        form: { nominee, achievements: 'Hoàn thành xuất sắc nhiệm vụ', initiatives: ['SK-1'] },
      }),
    );
    const full = await collect((page) => repo.listByUnit(UNIT, page), 10);
    const heads = await collect((page) => repo.listHeadsByUnit(UNIT, page), 10);

    expect(heads.pages).toEqual(full.pages);
    expect(heads.items).toEqual(
      full.items.map(({ form, ...fields }) => ({
        ...fields,
        form: form.nominee === undefined ? {} : { nominee: form.nominee },
      })),
    );
    expect(heads.items.find((n) => n.id === withNominee.id)?.form).toEqual({ nominee });
    expect(heads.items.some((n) => 'achievements' in n.form || 'initiatives' in n.form)).toBe(false);
    inUnit.push(withNominee);
  });

  it('reads of the records only the tờ trình and the list, and filters as the full list does', async () => {
    const [draft] = await collect((page) => repo.listByUnit(UNIT, page, { state: 'draft' }), 100).then(
      (all) => all.items,
    );
    if (!draft) throw new Error('the unit has drafts');
    const submissionLetter = { number: '12/TTr-STC', issuedOn: '2026-11-20' };
    const unitList = { id: 'list-1', size: 3 };
    const { nomination } = await repo.transition(
      aTransition(draft.id, {
        expectedVersion: draft.version,
        changes: { records: { submissionLetter, unitList, decision: { number: '9/QĐ-STC' } } },
      }),
    );
    expect(nomination.records).toHaveProperty('decision');

    const queue = await collect((page) => repo.listHeadsByOrgAndState(ORG, 'submitted', page), 5);
    const head = queue.items.find((n) => n.id === draft.id);
    const filtered = await collect((page) => repo.listHeadsByUnit(UNIT, page, { state: 'submitted' }), 100);

    expect(head?.records).toEqual({ submissionLetter, unitList });
    expect(head?.version).toBe(nomination.version);
    expect(ids(filtered.items)).toEqual(ids([...submitted, nomination]));
  });
});

describe('refusing cursors the store did not issue', () => {
  it.each([
    ['garbage', 'not a cursor!'],
    ['base64 of something that is not JSON', Buffer.from('xin chào').toString('base64url')],
    [
      'a key with unknown attributes',
      Buffer.from(JSON.stringify({ PK: 'NOM#x', foo: 'bar' })).toString('base64url'),
    ],
  ])('rejects %s with INVALID_CURSOR', async (_label, cursor) => {
    const attempt = repo.listByUnit(UNIT, { cursor });

    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_CURSOR', kind: 'invalid' });
  });

  it('rejects a genuine cursor of another list with INVALID_CURSOR', async () => {
    const first = await repo.listByCampaign(CAMPAIGN, { limit: 10 });

    const attempt = repo.listByUnit(UNIT, { cursor: first.cursor });

    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('rejects a cursor whose key was edited to point into another unit', async () => {
    const first = await repo.listByUnit(UNIT, { limit: 10 });
    const decoded = JSON.parse(Buffer.from(first.cursor ?? '', 'base64url').toString('utf8'));
    const edited = Buffer.from(JSON.stringify({ ...decoded, GSI1PK: `UNIT#${OTHER_UNIT}` })).toString(
      'base64url',
    );

    const attempt = repo.listByUnit(UNIT, { cursor: edited });

    await expect(attempt).rejects.toMatchObject({ code: 'INVALID_CURSOR' });
  });

  it('rejects a page size outside 1..100', async () => {
    await expect(repo.listByUnit(UNIT, { limit: 500 })).rejects.toBeInstanceOf(ValidationError);
  });
});
