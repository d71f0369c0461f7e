/**
 * Test support for councils and decisions: nominations set up directly through the store (the
 * draft/submit/accept routes are another area's), signed-in council members by e-mail, and extra
 * users of other organisations for tenancy checks.
 */
import { randomUUID } from 'node:crypto';
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { ensureUser, signIn } from '../../../local/cognito/setup';
import type { AwardCode, Role } from '../../../shared/domain/vocabulary';
import type { Nomination } from '../../../shared/store';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import type { ApiClient, ApiResponse, TestApi } from './api';

export interface NominationSpec {
  readonly awardCode: AwardCode;
  readonly unitId?: string;
  readonly personId?: string;
  readonly name?: string;
  readonly subject?: 'person' | 'collective';
  /** The form's `unitName` (a person) or `parentUnitName` (a collective); a person's defaults to "Đơn vị". */
  readonly unitName?: string;
}

/** The state path from a draft, as the workflow would walk it, with the role of each step. */
const PATH: readonly (readonly [string, string, string])[] = [
  ['submit', 'submitted', 'unit_officer'],
  ['accept', 'accepted', 'council_secretary'],
  ['open_vote', 'in_council', 'council_secretary'],
  ['record_pass', 'council_passed', 'council_secretary'],
];

export function repo(api: TestApi) {
  return makeDynamoNominationRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: testClock,
  });
}

/**
 * A nomination of the demo Sở Nội vụ, walked through the store up to `until` (default
 * `accepted`). Records a meeting-free pass when asked for `council_passed`.
 */
export async function nominationIn(
  api: TestApi,
  spec: NominationSpec,
  until: 'accepted' | 'council_passed' = 'accepted',
): Promise<Nomination> {
  const nominations = repo(api);
  const unitId = spec.unitId ?? 'unit-snv-ttlt';
  const subject = spec.subject ?? 'person';
  const name = spec.name ?? `Người được đề nghị ${randomUUID().slice(0, 4)}`;
  let n = await nominations.create({
    id: `nom-${randomUUID()}`,
    state: 'draft',
    organisationId: 'org-snv',
    unitId,
    awardCode: spec.awardCode,
    subject,
    track: 'annual',
    year: 2026,
    nominee: { name, position: 'Chuyên viên' },
    form: {
      nominee:
        subject === 'person'
          ? {
              subject,
              fullName: name,
              position: 'Chuyên viên',
              unitId,
              unitName: spec.unitName ?? 'Đơn vị',
              holdsLeadershipPost: false,
              ...(spec.personId ? { personId: spec.personId } : {}),
            }
          : { subject, name, unitId, ...(spec.unitName ? { parentUnitName: spec.unitName } : {}) },
    },
    event: { action: 'create', actor: { userId: 'test', role: 'unit_officer' } },
  });
  for (const [action, to, role] of PATH) {
    const { nomination } = await nominations.transition({
      id: n.id,
      expectedVersion: n.version,
      from: n.state,
      to,
      event: { action, actor: { userId: 'test', role } },
      // Walked through the store, the submission took no quota place and no initiative.
      ...(action === 'submit'
        ? { changes: { records: { held: { initiatives: [], quotaPlace: false } } } }
        : {}),
    });
    n = nomination;
    if (to === until) break;
  }
  return n;
}

/** Member ids (Cognito `sub`) of the demo council, by the local part of the e-mail. */
export async function councilMemberIds(api: TestApi): Promise<Record<string, string>> {
  const secretary = await api.as('thuky.snv');
  const res = await secretary.get<{ members: { email: string; memberId: string }[] }>(
    '/organisations/org-snv/council',
  );
  return Object.fromEntries(res.body.members.map((m) => [m.email.split('@')[0] as string, m.memberId]));
}

/** A user of any organisation and roles, created in the test's pool and signed in. */
export async function extraUser(
  api: TestApi,
  roles: readonly Role[],
  orgId: string,
  unitId?: string,
): Promise<{
  post: (path: string, body?: unknown) => Promise<ApiResponse>;
  get: (path: string) => Promise<ApiResponse>;
}> {
  const email = `extra-${randomUUID().slice(0, 8)}@test.example.vn`;
  const password = 'Extra-User-2026';
  await ensureUser(api.app.cognito, api.app.pool, {
    email,
    password,
    name: 'Người dùng thử',
    roles,
    orgId,
    ...(unitId ? { unitId } : {}),
  });
  const token = await signIn(api.app.cognito, api.app.pool, email, password);
  const call = async (method: string, path: string, body?: unknown): Promise<ApiResponse> => {
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
  };
  return { post: (path, body) => call('POST', path, body), get: (path) => call('GET', path) };
}

/** Every stored item of a nomination's partition (META, EVT#…, VOTE#…, TALLY). */
export async function nominationItems(api: TestApi, id: string): Promise<Record<string, unknown>[]> {
  const out = await api.app.dynamodb.send(
    new QueryCommand({
      TableName: api.tableName,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': { S: `NOM#${id}` } },
      ConsistentRead: true,
    }),
  );
  return (out.Items ?? []).map((item) => unmarshall(item));
}

/** The four voting seats of the demo Sở's council, by the local part of the e-mail. */
export const DEPARTMENT_VOTERS = ['giamdoc.snv', 'hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv'] as const;

/** Every voting seat of the demo Sở's council approves. */
export const ALL_APPROVE = {
  'giamdoc.snv': 'approve',
  'hoidong1.snv': 'approve',
  'hoidong2.snv': 'approve',
  'hoidong3.snv': 'approve',
} as const;

/** Opens a meeting with the given agenda and the four voting members present unless told. */
export async function openMeeting(
  api: TestApi,
  nominationIds: readonly string[],
  present: readonly string[] = DEPARTMENT_VOTERS,
): Promise<{ id: string; secretary: ApiClient; members: Record<string, string> }> {
  const members = await councilMemberIds(api);
  const secretary = await api.as('thuky.snv');
  const res = await secretary.post<{ id: string }>('/council/meetings', {
    nominationIds,
    present: present.map((who) => members[who]),
  });
  if (res.status !== 201) throw new Error(`open meeting: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, secretary, members };
}

/** Each listed member votes `choice` on the nomination; returns the statuses. */
export function vote(api: TestApi, meetingId: string, nominationId: string, votes: Votes): Promise<number[]> {
  return castVotes(api, `/council/meetings/${meetingId}/votes`, nominationId, votes);
}

type Votes = Readonly<Record<string, 'approve' | 'reject' | 'abstain'>>;

/** One member after the other, in the order listed: the statuses of their votes. */
async function castVotes(api: TestApi, path: string, nominationId: string, votes: Votes): Promise<number[]> {
  const statuses: number[] = [];
  for (const [who, choice] of Object.entries(votes)) {
    const member = await api.as(who);
    const res = await member.post(path, { nominationId, choice });
    statuses.push(res.status);
  }
  return statuses;
}

/** The four voting seats of the demo provincial council, by the local part of the e-mail. */
export const PROVINCE_VOTERS = ['chutich.tinh', 'phochutich.tinh', 'hoidong1.tinh', 'hoidong2.tinh'] as const;

/** Member ids (Cognito `sub`) of the demo provincial council, by the local part of the e-mail. */
export async function provinceMemberIds(api: TestApi): Promise<Record<string, string>> {
  const officer = await api.as('chuyenvien.tinh');
  const res = await officer.get<{ members: { email: string; memberId: string }[] }>('/province/council');
  if (res.status !== 200) throw new Error(`province council: ${res.status} ${JSON.stringify(res.body)}`);
  return Object.fromEntries(res.body.members.map((m) => [m.email.split('@')[0] as string, m.memberId]));
}

/**
 * A nomination of the demo Sở walked through the store to `province_review`: passed by the Sở's
 * council, forwarded with a tờ trình (so the province sees it), received by the Ban TĐKT.
 */
export async function inProvinceReview(api: TestApi, spec: NominationSpec): Promise<Nomination> {
  const nominations = repo(api);
  let n = await nominationIn(api, spec, 'council_passed');
  for (const [action, to, role] of [
    ['forward', 'forwarded', 'director'],
    ['receive', 'province_review', 'province_officer'],
  ] as const) {
    const { nomination } = await nominations.transition({
      id: n.id,
      expectedVersion: n.version,
      from: n.state,
      to,
      event: { action, actor: { userId: 'test', role } },
      ...(action === 'forward'
        ? {
            changes: {
              records: { ...n.records, submissionLetter: { number: '01/TTr-SNV', issuedOn: '2026-11-25' } },
            },
          }
        : {}),
    });
    n = nomination;
  }
  return n;
}

/** The Ban TĐKT opens a provincial council meeting, the four voting members present unless told. */
export async function openProvinceMeeting(
  api: TestApi,
  nominationIds: readonly string[],
  present: readonly string[] = PROVINCE_VOTERS,
): Promise<{ id: string; officer: ApiClient; members: Record<string, string> }> {
  const members = await provinceMemberIds(api);
  const officer = await api.as('chuyenvien.tinh');
  const res = await officer.post<{ id: string }>('/province/council/meetings', {
    nominationIds,
    present: present.map((who) => members[who]),
  });
  if (res.status !== 201) throw new Error(`open province meeting: ${res.status} ${JSON.stringify(res.body)}`);
  return { id: res.body.id, officer, members };
}

/** Each listed member of the provincial council votes `choice`; returns the statuses. */
export function provinceVote(
  api: TestApi,
  meetingId: string,
  nominationId: string,
  votes: Votes,
): Promise<number[]> {
  return castVotes(api, `/province/council/meetings/${meetingId}/votes`, nominationId, votes);
}
