/**
 * A batch decision is all or nothing, even across a crash. The director's use case runs on the
 * real store and DynamoDB Local, in a "process" that dies at each of its storage calls in turn —
 * just before the call is sent, or just after it succeeded (the SDK client is wrapped to stop
 * there: a process killed mid-request is a fault no local service can produce on demand). After
 * each crash the notifier's sweep runs; then the decision must be whole (issued, every
 * nomination decided, every award in its holder's history, once) or absent (nothing decided, and
 * the director can sign it again).
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offsetClock } from '../../../local/clock';
import { resumePendingDocuments } from '../../../shared/app/decisions/resume-pending-documents';
import { makeSignDecision } from '../../../shared/app/decisions/sign-decision';
import type { Principal } from '../../../shared/http/principal';
import {
  makeDynamoDocumentRepository,
  makeDynamoNominationRepository,
  makeDynamoOrganisationRepository,
  makeDynamoPersonRepository,
} from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { startTestApi, type TestApi } from '../support/api';
import { nominationIn } from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('decision-crash');
}, 120_000);
afterAll(() => api?.stop());

class ProcessKilled extends Error {}

/** The real client, dying at its `crashAt`-th call (before sending it, or after it succeeded). */
function dyingClient(real: DynamoDBClient, crashAt: number, when: 'before' | 'after') {
  let calls = 0;
  const client = {
    send: async (command: never) => {
      calls++;
      if (calls === crashAt && when === 'before') throw new ProcessKilled(`killed before call ${calls}`);
      const output = await real.send(command);
      if (calls === crashAt && when === 'after') throw new ProcessKilled(`killed after call ${calls}`);
      return output;
    },
  };
  return { client: client as unknown as DynamoDBClient, calls: () => calls };
}

const director: Principal = {
  userId: 'director-of-snv',
  roles: ['director', 'council_member'],
  orgId: 'org-snv',
  name: 'Phan Thị Tô Hoa',
};

function portsOn(client: DynamoDBClient, maxTransactionItems?: number) {
  const table = { client, tableName: api.tableName, clock: testClock };
  return {
    nominations: makeDynamoNominationRepository(table),
    organisations: makeDynamoOrganisationRepository(table),
    documents: makeDynamoDocumentRepository({
      ...table,
      ...(maxTransactionItems ? { maxTransactionItems } : {}),
    }),
    clock: testClock,
    ids: { next: () => `dec-${randomUUID()}` },
  };
}

async function passedBatch(size: number) {
  const batch = [];
  for (let i = 0; i < size; i++) {
    batch.push(
      await nominationIn(
        api,
        { awardCode: 'LDTT', personId: `person-crash-${randomUUID().slice(0, 8)}` },
        'council_passed',
      ),
    );
  }
  return batch;
}

/** The decision of the batch as the store holds it after the sweep: whole, or absent. */
async function outcomeOf(ids: readonly string[], personIds: readonly string[]) {
  const healthy = portsOn(api.app.dynamodb);
  const persons = makeDynamoPersonRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: testClock,
  });
  const nominations = await Promise.all(ids.map((id) => healthy.nominations.get(id)));
  const decisionIds = new Set(
    nominations.map((n) => (n?.records?.decision as { decisionId?: string } | undefined)?.decisionId),
  );
  const histories = await Promise.all(
    personIds.map(
      async (id) => (await persons.listAwardHistory({ kind: 'person', id }, { limit: 10 })).items,
    ),
  );
  const [decisionId] = [...decisionIds];
  const document = decisionId ? await healthy.documents.get(decisionId) : undefined;
  return { states: new Set(nominations.map((n) => n?.state)), decisionIds, histories, document };
}

async function crashEveryStep(size: number, maxTransactionItems?: number) {
  const seen: string[] = [];
  for (const when of ['before', 'after'] as const) {
    for (let crashAt = 1; ; crashAt++) {
      const batch = await passedBatch(size);
      const ids = batch.map((n) => n.id);
      const personIds = batch.map((n) => (n.form as { nominee: { personId: string } }).nominee.personId);
      const dying = dyingClient(api.app.dynamodb, crashAt, when);
      const crashed = await makeSignDecision(portsOn(dying.client, maxTransactionItems))(director, {
        nominationIds: ids,
      }).then(
        () => false,
        (error: unknown) => {
          if (error instanceof ProcessKilled) return true;
          throw error;
        },
      );
      // The notifier's quarter-hourly sweep, later than any request could still be running.
      await resumePendingDocuments({
        documents: portsOn(api.app.dynamodb, maxTransactionItems).documents,
        clock: offsetClock(testClock.offsetMs + 60 * 60_000),
      });
      const after = await outcomeOf(ids, personIds);

      if (after.states.has('decided')) {
        // Whole: one decision, issued, every nomination decided by it, every award recorded once.
        expect([...after.states]).toEqual(['decided']);
        expect(after.decisionIds.size).toBe(1);
        expect(after.document?.status).toBe('issued');
        for (const history of after.histories) {
          expect(history.map((entry) => entry.decisionId)).toEqual([after.document?.id]);
        }
        seen.push(`${when}#${crashAt}:whole`);
      } else {
        // Absent: nothing decided, no award, and the director signs it again without a refusal.
        expect([...after.states]).toEqual(['council_passed']);
        for (const history of after.histories) expect(history).toEqual([]);
        const again = await makeSignDecision(portsOn(api.app.dynamodb, maxTransactionItems))(director, {
          nominationIds: ids,
        });
        expect(again.status).toBe('issued');
        seen.push(`${when}#${crashAt}:absent`);
      }
      if (!crashed) break;
    }
  }
  return seen;
}

describe('a batch decision killed at every step', () => {
  it('of 3 nominations (one transaction) ends whole or absent, never half', async () => {
    const seen = await crashEveryStep(3);

    // Both outcomes happen: before the transaction nothing, after it everything.
    expect(seen.some((s) => s.endsWith(':absent'))).toBe(true);
    expect(seen.some((s) => s.endsWith(':whole'))).toBe(true);
  }, 120_000);

  it('of 7 nominations too large for one transaction is rolled forward by the sweep to a whole decision', async () => {
    // 10 actions a transaction: the number, the counter, the document and 2 nominations, then 3 a chunk.
    const seen = await crashEveryStep(7, 10);

    const wholeAfterPending = seen.filter((s) => s.endsWith(':whole'));
    expect(wholeAfterPending.length).toBeGreaterThan(3);
  }, 180_000);
});
