/**
 * Test support for the notifier: nominations walked through the store (no notices on the way),
 * SES local's store read back, and raw outbox items for the poison-record and volume cases.
 */
import { randomUUID } from 'node:crypto';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { inject } from 'vitest';
import type { Nomination } from '../../../shared/store';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import type { TestApi } from '../support/api';

export interface StoredEmail {
  readonly messageId: string;
  readonly destination: { readonly to: string[]; readonly cc: string[] };
  readonly subject: string;
  readonly body: { readonly text?: string; readonly html?: string };
}

/** Every email SES local holds whose text carries `marker` (the store is shared by all test files). */
export async function emailsWith(marker: string): Promise<StoredEmail[]> {
  const res = await fetch(`${inject('sesEndpoint')}/store`);
  const { emails } = (await res.json()) as { emails: StoredEmail[] };
  return emails.filter((e) => (e.body.text ?? '').includes(marker));
}

const PATH = [
  ['submit', 'submitted', 'unit_officer'],
  ['accept', 'accepted', 'council_secretary'],
  ['open_vote', 'in_council', 'council_secretary'],
  ['record_pass', 'council_passed', 'council_secretary'],
] as const;

/** A Sở Nội vụ nomination walked to `council_passed` through the store, without notices. */
export async function passedNomination(
  api: TestApi,
  spec: { unitId: string; name: string; email?: string; awardCode?: 'LDTT' | 'GIAY_KHEN' },
): Promise<Nomination> {
  const repo = makeDynamoNominationRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: testClock,
  });
  let n = await repo.create({
    id: `nom-${randomUUID()}`,
    state: 'draft',
    organisationId: 'org-snv',
    unitId: spec.unitId,
    awardCode: spec.awardCode ?? 'LDTT',
    subject: 'person',
    track: 'annual',
    year: 2026,
    nominee: { name: spec.name, position: 'Chuyên viên' },
    form: {
      nominee: {
        subject: 'person',
        fullName: spec.name,
        position: 'Chuyên viên',
        unitId: spec.unitId,
        unitName: 'Đơn vị',
        holdsLeadershipPost: false,
        ...(spec.email ? { email: spec.email } : {}),
      },
    },
    event: { action: 'create', actor: { userId: 'test', role: 'unit_officer' } },
  });
  for (const [action, to, role] of PATH) {
    ({ nomination: n } = await repo.transition({
      id: n.id,
      expectedVersion: n.version,
      from: n.state,
      to,
      event: { action, actor: { userId: 'test', role } },
    }));
  }
  return n;
}

/**
 * An outbox item written straight to the table, as the store writes a notifying audit event
 * (used to make many at once); `poison` leaves out what makes it readable.
 */
export async function putOutboxEvent(
  api: TestApi,
  nominationId: string,
  seq: number,
  { poison = false }: { poison?: boolean } = {},
): Promise<void> {
  const item = poison
    ? {
        PK: `NOM#${nominationId}`,
        SK: `EVT#${String(seq).padStart(10, '0')}`,
        type: 'AuditEvent',
        notifies: true,
      }
    : {
        PK: `NOM#${nominationId}`,
        SK: `EVT#${String(seq).padStart(10, '0')}`,
        type: 'AuditEvent',
        notifies: true,
        nominationId,
        seq,
        action: 'return',
        actor: { userId: 'test', role: 'council_secretary' },
        at: testClock.now().toISOString(),
        from: 'submitted',
        to: 'returned',
        reason: 'Bổ sung hồ sơ',
        data: {
          notify: ['submitting_unit'],
          items: [{ kind: 'achievement_report', reason: 'Thiếu chữ ký' }],
        },
        prevHash: '0',
        hash: '0',
      };
  await api.app.dynamodb.send(new PutItemCommand({ TableName: api.tableName, Item: marshall(item) }));
}
