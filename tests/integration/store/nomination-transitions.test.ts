import { GetItemCommand, QueryCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../../shared/domain/errors';
import { type AuditEvent, GENESIS_HASH, verifyAuditChain } from '../../../shared/store/audit-chain';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo/nomination-repository';
import { auditEventKey, nominationKey } from '../../../shared/store/keys';
import type { NominationRepository } from '../../../shared/store/ports/nomination-repository';
import { createTestTable, makeTestClient, type TestTable } from '../support/dynamo';
import { aNewNomination, anActor, aTransition, steppingClock } from '../support/factories';

let table: TestTable;
let repo: NominationRepository;

beforeAll(async () => {
  table = await createTestTable('nom-transitions');
  repo = makeDynamoNominationRepository({
    client: table.client,
    tableName: table.tableName,
    clock: steppingClock(),
    transact: { attempts: 5, sleep: async () => undefined },
  });
});
afterAll(() => table.drop());

async function allEvents(id: string): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await repo.listAuditEvents(id, { cursor, limit: 100 });
    events.push(...page.items);
    cursor = page.cursor;
  } while (cursor !== undefined);
  return events;
}

async function rawItems(id: string) {
  const { Items = [] } = await table.client.send(
    new QueryCommand({
      TableName: table.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': { S: nominationKey(id).PK } },
      ConsistentRead: true,
    }),
  );
  return Items;
}

describe('creating a nomination', () => {
  it('writes the nomination at version 1 and event #1 chained to the genesis hash', async () => {
    const input = aNewNomination();

    const created = await repo.create(input);

    expect(await repo.get(input.id)).toEqual(created);
    expect(created).toMatchObject({ version: 1, state: 'draft', lastEventSeq: 1 });
    const events = await allEvents(input.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      seq: 1,
      action: 'create',
      from: null,
      to: 'draft',
      prevHash: GENESIS_HASH,
    });
    expect(events[0]?.hash).toBe(created.lastEventHash);
    expect(verifyAuditChain(events, { head: { seq: 1, hash: created.lastEventHash } })).toEqual({
      valid: true,
    });
  });

  it('gives every written item its entity type', async () => {
    const input = aNewNomination();
    await repo.create(input);

    const items = await rawItems(input.id);

    expect(items.map((item) => item.type?.S).sort()).toEqual(['AuditEvent', 'Nomination']);
  });

  it('refuses a second nomination with the same id and leaves the first untouched', async () => {
    const first = await repo.create(aNewNomination());

    const attempt = repo.create(aNewNomination({ id: first.id, nominee: { name: 'Trần Văn Bình' } }));

    await expect(attempt).rejects.toMatchObject({ code: 'NOMINATION_ALREADY_EXISTS', kind: 'conflict' });
    expect(await repo.get(first.id)).toEqual(first);
    expect(await allEvents(first.id)).toHaveLength(1);
  });

  it('writes nothing when the audit event of a half-created nomination already exists', async () => {
    const input = aNewNomination();
    // A stray event #1 with no nomination: the creation must fail as a whole.
    await table.client.send(
      new UpdateItemCommand({
        TableName: table.tableName,
        Key: { PK: { S: auditEventKey(input.id, 1).PK }, SK: { S: auditEventKey(input.id, 1).SK } },
        UpdateExpression: 'SET #t = :t',
        ExpressionAttributeNames: { '#t': 'type' },
        ExpressionAttributeValues: { ':t': { S: 'AuditEvent' } },
      }),
    );

    await expect(repo.create(input)).rejects.toBeInstanceOf(ConflictError);

    expect(await repo.get(input.id)).toBeUndefined();
  });
});

describe('transitioning a nomination', () => {
  it('moves the state, raises the version by one and appends a chained event', async () => {
    const created = await repo.create(aNewNomination());

    const { nomination, event } = await repo.transition(
      aTransition(created.id, { event: { action: 'submit', actor: anActor(), reason: 'Đủ hồ sơ' } }),
    );

    expect(nomination).toMatchObject({
      state: 'submitted',
      version: 2,
      lastEventSeq: 2,
      lastEventHash: event.hash,
    });
    expect(await repo.get(created.id)).toEqual(nomination);
    expect(event).toMatchObject({
      seq: 2,
      from: 'draft',
      to: 'submitted',
      reason: 'Đủ hồ sơ',
      prevHash: created.lastEventHash,
    });
    expect(verifyAuditChain(await allEvents(created.id))).toEqual({ valid: true });
  });

  it('replaces the form when the transition carries a completed dossier', async () => {
    const created = await repo.create(aNewNomination());
    const form = { achievements: 'Bổ sung bản sao công nhận sáng kiến', attachments: ['bien-ban.pdf'] };

    const { nomination } = await repo.transition(aTransition(created.id, { changes: { form } }));

    expect((await repo.get(created.id))?.form).toEqual(form);
    expect(nomination.form).toEqual(form);
  });

  it('lets exactly one of 20 concurrent transitions at the same version win', async () => {
    const created = await repo.create(aNewNomination());
    const attempts = Array.from({ length: 20 }, (_, i) =>
      aTransition(created.id, { event: { action: 'submit', actor: anActor({ userId: `user-${i}` }) } }),
    );

    const results = await Promise.allSettled(attempts.map((t) => repo.transition(t)));

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(19);
    for (const error of lost) {
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'NOMINATION_VERSION_CONFLICT' });
    }
    const stored = await repo.get(created.id);
    expect(stored?.version).toBe(2);
    const events = await allEvents(created.id);
    expect(events).toHaveLength(2);
    expect(verifyAuditChain(events, { head: { seq: 2, hash: stored?.lastEventHash ?? '' } })).toEqual({
      valid: true,
    });
  });

  it('turns a race lost inside the transaction into NOMINATION_VERSION_CONFLICT with the winning version', async () => {
    const created = await repo.create(aNewNomination());
    // The competitor commits after the loser has read version 1 but before its transaction runs,
    // so only the transaction's own condition can catch the loser.
    const loserClient = makeTestClient();
    let competitor: Promise<unknown> | undefined;
    loserClient.middlewareStack.add(
      (next, context) => async (args) => {
        const result = await next(args);
        if (context.commandName === 'GetItemCommand' && competitor === undefined) {
          competitor = repo.transition(
            aTransition(created.id, { event: { action: 'submit', actor: anActor({ userId: 'winner' }) } }),
          );
          await competitor;
        }
        return result;
      },
      { step: 'initialize', name: 'letCompetitorWin' },
    );
    const loser = makeDynamoNominationRepository({
      client: loserClient,
      tableName: table.tableName,
      clock: steppingClock(),
    });

    const attempt = loser.transition(
      aTransition(created.id, { event: { action: 'submit', actor: anActor({ userId: 'loser' }) } }),
    );

    await expect(attempt).rejects.toMatchObject({
      code: 'NOMINATION_VERSION_CONFLICT',
      details: { expectedVersion: 1, actualVersion: 2 },
    });
    const events = await allEvents(created.id);
    expect(events.map((e) => e.actor.userId)).toEqual(['user-can-bo-01', 'winner']);
    loserClient.destroy();
  });

  it('refuses a stale version with NOMINATION_VERSION_CONFLICT and writes nothing', async () => {
    const created = await repo.create(aNewNomination());
    await repo.transition(aTransition(created.id));
    const before = await rawItems(created.id);

    const attempt = repo.transition(
      aTransition(created.id, { expectedVersion: 1, from: 'submitted', to: 'accepted' }),
    );

    await expect(attempt).rejects.toMatchObject({
      code: 'NOMINATION_VERSION_CONFLICT',
      details: { expectedVersion: 1, actualVersion: 2 },
    });
    expect(await rawItems(created.id)).toEqual(before);
  });

  it('refuses a transition from a state the nomination is no longer in', async () => {
    const created = await repo.create(aNewNomination());

    const attempt = repo.transition(aTransition(created.id, { from: 'submitted', to: 'accepted' }));

    await expect(attempt).rejects.toMatchObject({ code: 'NOMINATION_STATE_CONFLICT', kind: 'conflict' });
    expect(await repo.get(created.id)).toEqual(created);
  });

  it('reports a missing nomination as not found', async () => {
    const attempt = repo.transition(aTransition('nom-khong-ton-tai'));

    await expect(attempt).rejects.toBeInstanceOf(NotFoundError);
  });

  it('keeps the audit chain valid across a long route', async () => {
    const created = await repo.create(aNewNomination());
    const route = ['submitted', 'returned', 'resubmitted', 'accepted', 'voting', 'approved'];

    let version = created.version;
    let from = created.state;
    for (const to of route) {
      await repo.transition(aTransition(created.id, { expectedVersion: version, from, to }));
      version += 1;
      from = to;
    }

    const stored = await repo.get(created.id);
    const events = await allEvents(created.id);
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(verifyAuditChain(events, { head: { seq: 7, hash: stored?.lastEventHash ?? '' } })).toEqual({
      valid: true,
    });
  });
});

describe('tampering with the audit trail', () => {
  it('is detected at the event whose attribute was rewritten', async () => {
    const created = await repo.create(aNewNomination());
    await repo.transition(aTransition(created.id));
    await repo.transition(aTransition(created.id, { expectedVersion: 2, from: 'submitted', to: 'accepted' }));
    const key = auditEventKey(created.id, 2);

    await table.client.send(
      new UpdateItemCommand({
        TableName: table.tableName,
        Key: { PK: { S: key.PK }, SK: { S: key.SK } },
        UpdateExpression: 'SET #to = :to',
        ExpressionAttributeNames: { '#to': 'to' },
        ExpressionAttributeValues: { ':to': { S: 'approved' } },
      }),
    );

    expect(verifyAuditChain(await allEvents(created.id))).toEqual({
      valid: false,
      brokenAt: 2,
      reason: 'hash-mismatch',
    });
  });

  it('is detected when the actor of the first event is rewritten', async () => {
    const created = await repo.create(aNewNomination());
    await repo.transition(aTransition(created.id));
    const key = auditEventKey(created.id, 1);

    await table.client.send(
      new UpdateItemCommand({
        TableName: table.tableName,
        Key: { PK: { S: key.PK }, SK: { S: key.SK } },
        UpdateExpression: 'SET actor.userId = :u',
        ExpressionAttributeValues: { ':u': { S: 'user-ke-gian' } },
      }),
    );
    const { Item } = await table.client.send(
      new GetItemCommand({ TableName: table.tableName, Key: { PK: { S: key.PK }, SK: { S: key.SK } } }),
    );

    expect(Item?.actor?.M?.userId?.S).toBe('user-ke-gian');
    expect(verifyAuditChain(await allEvents(created.id))).toMatchObject({ valid: false, brokenAt: 1 });
  });
});

describe('workflow records on a nomination', () => {
  it('keeps the records a transition writes and leaves them when a later one does not touch them', async () => {
    const created = await repo.create(aNewNomination());
    const decision = { decisionId: 'dec-1', number: '12/QĐ-SNV', signedOn: '2026-01-20' };

    await repo.transition(aTransition(created.id, { changes: { records: { decision } } }));
    const after = await repo.get(created.id);
    await repo.transition(aTransition(created.id, { expectedVersion: 2, from: 'submitted', to: 'accepted' }));
    const later = await repo.get(created.id);

    expect(after?.records).toEqual({ decision });
    expect(later?.records).toEqual({ decision });
  });
});

describe('a transition handed the nomination its caller just read', () => {
  it('still refuses it when someone changed the nomination in between, and writes nothing', async () => {
    const created = await repo.create(aNewNomination());
    const readByCaller = await repo.get(created.id);
    await repo.transition(aTransition(created.id));

    const late = repo.transition(
      aTransition(created.id, {
        from: 'draft',
        to: 'submitted',
        ...(readByCaller ? { current: readByCaller } : {}),
      }),
    );

    await expect(late).rejects.toMatchObject({ code: 'NOMINATION_VERSION_CONFLICT' });
    const events = await allEvents(created.id);
    expect(events).toHaveLength(2);
    expect((await repo.get(created.id))?.version).toBe(2);
  });
});
