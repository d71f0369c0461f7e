/**
 * The secretariat's reports: on-time / late counts per step (working days, paused while returned)
 * and the suppressed addresses of its organisation. Clocks of the steps run on fixed 2026 dates,
 * written through the store with an injected clock, so the counts do not depend on today.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AwardCode } from '../../../shared/domain/vocabulary';
import { makeDynamoSuppressionList } from '../../../shared/mail/dynamo/suppression-list';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo';
import { type ApiClient, ifMatch, startTestApi, type TestApi } from '../support/api';
import { commandsSentBy, peakInFlight, type SentCommand } from '../support/commands';
import { extraUser } from '../support/council';

let api: TestApi;
let secretary: ApiClient;
let director: ApiClient;
beforeAll(async () => {
  api = await startTestApi('reports');
  secretary = await api.as('thuky.snv');
  director = await api.as('giamdoc.snv');
}, 120_000);
afterAll(() => api?.stop());

/** 08:00 in Vietnam on a date. */
const at = (date: string) => new Date(`${date}T08:00:00+07:00`);

/**
 * A nomination walked through the store, each step on its date: `[date, action, to]`. Awards with
 * a province_review limit of 25 working days (national catalog) are used.
 */
async function walked(
  organisationId: string,
  unitId: string,
  steps: readonly (readonly [string, string, string])[],
  { awardCode = 'CSTD_TINH' as AwardCode, year = 2026 } = {},
): Promise<string> {
  let now = at(steps[0]?.[0] ?? '2026-01-05');
  const repo = makeDynamoNominationRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: { now: () => now },
  });
  let n = await repo.create({
    id: `nom-report-${randomUUID().slice(0, 8)}`,
    state: 'draft',
    organisationId,
    unitId,
    awardCode,
    subject: 'person',
    track: 'annual',
    year,
    nominee: { name: `Người thử báo cáo ${randomUUID().slice(0, 4)}`, position: 'Chuyên viên' },
    form: {},
    event: { action: 'create', actor: { userId: 'test', role: 'unit_officer' } },
  });
  for (const [date, action, to] of steps) {
    now = at(date);
    ({ nomination: n } = await repo.transition({
      id: n.id,
      expectedVersion: n.version,
      from: n.state,
      to,
      event: { action, actor: { userId: 'test', role: 'director' } },
      ...(action === 'forward'
        ? { changes: { records: { submissionLetter: { number: '01/TTr-SNV', issuedOn: date } } } }
        : {}),
    }));
  }
  return n.id;
}

const forward = (date: string) => [date, 'forward', 'forwarded'] as const;
const receive = (date: string) => [date, 'receive', 'province_review'] as const;
const decide = (date: string) => [date, 'decide', 'decided_by_province'] as const;

describe('on-time and late counts per step', () => {
  let overdueId = '';

  beforeAll(async () => {
    // Forwarded Mon 02/03, decided Thu 05/03: 3 working days of 25, on time.
    await walked('org-snv', 'unit-snv-vp', [
      forward('2026-03-02'),
      receive('2026-03-03'),
      decide('2026-03-05'),
    ]);
    // Forwarded Mon 05/01, decided Mon 09/03: beyond 25 working days even with Tết off, late.
    await walked('org-snv', 'unit-snv-vp', [
      forward('2026-01-05'),
      receive('2026-01-06'),
      decide('2026-03-09'),
    ]);
    // Forwarded 05/01 and still at the province: overdue.
    overdueId = await walked('org-snv', 'unit-snv-ccvc', [forward('2026-01-05'), receive('2026-01-06')]);
    // Forwarded Mon 02/03, returned by the province Wed 04/03 (2 days used): the clock waits, pending.
    await walked('org-snv', 'unit-snv-ccvc', [
      forward('2026-03-02'),
      receive('2026-03-03'),
      ['2026-03-04', 'province_return', 'province_returned'],
    ]);
    // Late too, but another year's and another Sở's: neither counts here.
    await walked('org-snv', 'unit-snv-vp', [forward('2025-01-06'), decide('2025-06-02')], { year: 2025 });
    await walked('org-stc', 'unit-stc-vp', [forward('2026-01-05'), decide('2026-03-09')]);
    // LĐTT has no time limit: not counted at all.
    await walked('org-snv', 'unit-snv-vp', [forward('2026-01-05')], { awardCode: 'LDTT' });
  });

  it('gives the secretariat its organisation’s counts for a year, every step listed', async () => {
    const res = await secretary.get<{
      organisationId: string;
      year: number;
      steps: unknown[];
      overdue: { nominationId: string; step: string; startedOn: string; limitWorkingDays: number }[];
    }>('/reports/timeliness?year=2026');

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ organisationId: 'org-snv', year: 2026 });
    expect(res.body.steps).toEqual([
      { step: 'department_review', onTime: 0, late: 0, pending: 0, overdue: 0 },
      { step: 'province_review', onTime: 1, late: 1, pending: 1, overdue: 1 },
    ]);
    expect(res.body.overdue).toEqual([
      expect.objectContaining({
        nominationId: overdueId,
        step: 'province_review',
        startedOn: '2026-01-05',
        limitWorkingDays: 25,
      }),
    ]);
  });

  it('gives the director the same, and another Sở’s director only that Sở’s', async () => {
    const own = await director.get<{ steps: unknown[] }>('/reports/timeliness?year=2026');
    const other = await extraUser(api, ['director'], 'org-stc');
    const theirs = await other.get('/reports/timeliness?year=2026');

    expect(own.status).toBe(200);
    expect(own.body.steps).toContainEqual({
      step: 'province_review',
      onTime: 1,
      late: 1,
      pending: 1,
      overdue: 1,
    });
    expect(theirs.status).toBe(200);
    expect(theirs.body).toMatchObject({
      organisationId: 'org-stc',
      steps: [
        { step: 'department_review', onTime: 0, late: 0, pending: 0, overdue: 0 },
        { step: 'province_review', onTime: 0, late: 1, pending: 0, overdue: 0 },
      ],
      overdue: [],
    });
  });

  it('reads the states side by side, not one after another', async () => {
    const byState = ({ command, input }: SentCommand) =>
      command === 'QueryCommand' &&
      /^ORG#org-snv#STATE#/.test(
        (input as { ExpressionAttributeValues?: Record<string, { S?: string }> }).ExpressionAttributeValues?.[
          ':pk'
        ]?.S ?? '',
      );
    let status = 0;
    const queries = await commandsSentBy(async () => {
      status = (await secretary.get('/reports/timeliness?year=2026')).status;
    });
    const peak = await peakInFlight(byState, async () => {
      await secretary.get('/reports/timeliness?year=2026');
    });

    expect(status).toBe(200);
    // One query per state a nomination is counted in (16), all of them in flight together.
    expect(queries.filter(byState)).toHaveLength(16);
    expect(peak).toBe(16);
  });

  it('refuses a unit officer and an unknown query field', async () => {
    const officer = await api.as('canbo.vanphong.snv');
    expect((await officer.get('/reports/timeliness')).status).toBe(403);
    expect((await secretary.get('/reports/timeliness?organisationId=org-stc')).status).toBe(400);
  });
});

describe('suppressed addresses', () => {
  const tag = randomUUID().slice(0, 6);
  const dead = `hop.thu.${tag}@snv.example.vn`;

  beforeAll(async () => {
    const admin = await api.as('quantri');
    const set = await admin.patch(
      '/units/unit-snv-xdcq',
      { contactEmails: ['xdcq.snv@hatinh.tdkt.example.vn', dead] },
      ifMatch(1),
    );
    if (set.status !== 200) throw new Error(`contact e-mails: ${set.status} ${JSON.stringify(set.body)}`);
    const suppressions = makeDynamoSuppressionList({ client: api.app.dynamodb, tableName: api.tableName });
    await suppressions.record({
      address: dead.toUpperCase(),
      reason: 'bounce',
      at: '2026-03-02T02:00:00.000Z',
      detail: 'General: smtp; 550 5.1.1 user unknown',
    });
    await suppressions.record({
      address: 'giamdoc.snv@hatinh.tdkt.example.vn',
      reason: 'complaint',
      at: '2026-03-03T02:00:00.000Z',
      detail: 'abuse',
    });
    await suppressions.record({
      address: 'canbo.vanphong.stc@hatinh.tdkt.example.vn',
      reason: 'bounce',
      at: '2026-03-04T02:00:00.000Z',
    });
    await suppressions.record({
      address: `la.${tag}@nowhere.example`,
      reason: 'bounce',
      at: '2026-03-05T02:00:00.000Z',
    });
  });

  it('lists the organisation’s addresses that bounced or complained, newest first, with when and why', async () => {
    const res = await secretary.get<{ items: unknown[] }>('/reports/suppressed-addresses');

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items).toEqual([
      {
        address: 'giamdoc.snv@hatinh.tdkt.example.vn',
        reason: 'complaint',
        at: '2026-03-03T02:00:00.000Z',
        detail: 'abuse',
        usedBy: ['council'],
      },
      {
        address: dead,
        reason: 'bounce',
        at: '2026-03-02T02:00:00.000Z',
        detail: 'General: smtp; 550 5.1.1 user unknown',
        usedBy: ['unit:unit-snv-xdcq'],
      },
    ]);
  });

  it('shows another Sở’s director only that Sở’s addresses, and the director the same as the secretariat', async () => {
    const other = await extraUser(api, ['director'], 'org-stc');
    const theirs = await other.get('/reports/suppressed-addresses');
    const own = await director.get<{ items: { address: string }[] }>('/reports/suppressed-addresses');

    expect(theirs.status).toBe(200);
    expect(theirs.body).toEqual({
      items: [
        {
          address: 'canbo.vanphong.stc@hatinh.tdkt.example.vn',
          reason: 'bounce',
          at: '2026-03-04T02:00:00.000Z',
          usedBy: ['unit:unit-stc-vp'],
        },
      ],
    });
    expect(own.body.items.map((i) => i.address)).toEqual(['giamdoc.snv@hatinh.tdkt.example.vn', dead]);
  });

  it('refuses a council member without the secretary’s or the director’s role', async () => {
    const member = await api.as('hoidong1.snv');
    expect((await member.get('/reports/suppressed-addresses')).status).toBe(403);
  });

  it('lets the secretariat mail its own address again, with a reason, logged with who and why', async () => {
    const address = 'giamdoc.snv@hatinh.tdkt.example.vn';
    const noReason = await secretary.post('/reports/suppressed-addresses/lift', { address });
    const otherSo = await secretary.post('/reports/suppressed-addresses/lift', {
      address: 'canbo.vanphong.stc@hatinh.tdkt.example.vn',
      reason: 'Không phải địa chỉ của Sở.',
    });

    const me = (await secretary.get<{ userId: string }>('/me')).body;
    const lifted = await secretary.post<{ address: string; liftedAt: string }>(
      '/reports/suppressed-addresses/lift',
      { address: address.toUpperCase(), reason: 'Giám đốc xác nhận đã báo nhầm thư rác.' },
    );
    const again = await secretary.post('/reports/suppressed-addresses/lift', {
      address,
      reason: 'Lần hai.',
    });
    const listed = await secretary.get<{ items: { address: string }[] }>('/reports/suppressed-addresses');
    const log = await (await api.as('quantri')).get<{
      items: { action: string; reason: string; actor: { userId: string }; before: { reason: string } }[];
    }>(`/registry-changes?entity=mail_suppression&id=${encodeURIComponent(address)}`);

    expect(noReason.status).toBe(400);
    expect(otherSo.status).toBe(404);
    expect(lifted.status, JSON.stringify(lifted.body)).toBe(200);
    expect(lifted.body.address).toBe(address);
    expect(again.status).toBe(404);
    expect(listed.body.items.map((i) => i.address)).toEqual([dead]);
    expect(log.body.items).toEqual([
      expect.objectContaining({
        action: 'update',
        reason: 'Giám đốc xác nhận đã báo nhầm thư rác.',
        actor: expect.objectContaining({ userId: me.userId }),
        before: expect.objectContaining({ reason: 'complaint' }),
      }),
    ]);
    // The other Sở's record is untouched.
    const stillThere = await makeDynamoSuppressionList({
      client: api.app.dynamodb,
      tableName: api.tableName,
    }).lookup(['canbo.vanphong.stc@hatinh.tdkt.example.vn']);
    expect(stillThere).toHaveLength(1);
  });
});

describe('the statistics of a year', () => {
  type Counts = Record<string, number>;
  interface Stats {
    year: number;
    scope: string;
    totals: Counts;
    byAward: { awardCode: string; counts: Counts }[];
    byOrganisation: { organisationId: string; name: string; counts: Counts }[];
  }
  const none = {
    sent: 0,
    proposed: 0,
    approved: 0,
    awarded: 0,
    not_passed: 0,
    withdrawn: 0,
    revoked: 0,
    total: 0,
  };
  const counted = (overrides: Counts) => ({ ...none, ...overrides });

  beforeAll(async () => {
    // 2031: a year no other test writes, so every count below is the hand count of these.
    const submit = (date: string) => [date, 'submit', 'submitted'] as const;
    const accept = (date: string) => [date, 'accept', 'accepted'] as const;
    await walked('org-snv', 'unit-snv-vp', [], { year: 2031 }); // a draft: not counted
    await walked('org-snv', 'unit-snv-vp', [submit('2031-02-02')], { year: 2031 });
    await walked('org-snv', 'unit-snv-vp', [submit('2031-02-02'), accept('2031-02-04')], { year: 2031 });
    await walked(
      'org-snv',
      'unit-snv-ccvc',
      [submit('2031-02-02'), ['2031-02-05', 'withdraw', 'withdrawn']],
      {
        year: 2031,
      },
    );
    await walked(
      'org-snv',
      'unit-snv-ccvc',
      [
        submit('2031-02-02'),
        accept('2031-02-04'),
        ['2031-03-02', 'record_pass', 'council_passed'],
        ['2031-03-05', 'decide', 'decided'],
      ],
      { year: 2031, awardCode: 'LDTT' },
    );
    await walked('org-stc', 'unit-stc-vp', [submit('2031-02-03')], { year: 2031, awardCode: 'LDTT' });
  });

  it("counts the Sở's nominations by stage, by award and in total, drafts left out", async () => {
    const res = await secretary.get<Stats>('/reports/statistics?year=2031');

    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.scope).toBe('organisation');
    expect(res.body.totals).toEqual(counted({ sent: 1, proposed: 1, awarded: 1, withdrawn: 1, total: 4 }));
    expect(res.body.byAward).toEqual([
      { awardCode: 'CSTD_TINH', counts: counted({ sent: 1, proposed: 1, withdrawn: 1, total: 3 }) },
      { awardCode: 'LDTT', counts: counted({ awarded: 1, total: 1 }) },
    ]);
    expect(res.body.byOrganisation).toEqual([
      { organisationId: 'org-snv', name: 'Sở Nội vụ tỉnh Hà Tĩnh', counts: res.body.totals },
    ]);
  });

  it('gives the province every Sở, and another Sở only its own', async () => {
    const province = await api.as('chuyenvien.tinh');
    const all = await province.get<Stats>('/reports/statistics?year=2031');
    const other = await extraUser(api, ['director'], 'org-stc');
    const theirs = (await other.get('/reports/statistics?year=2031')) as { body: Stats };

    expect(all.body.scope).toBe('province');
    expect(all.body.totals.total).toBe(5);
    expect(all.body.byOrganisation.map((o) => [o.organisationId, o.counts.total])).toEqual(
      expect.arrayContaining([
        ['org-snv', 4],
        ['org-stc', 1],
      ]),
    );
    expect(theirs.body.totals).toEqual(counted({ sent: 1, total: 1 }));
    expect((await (await api.as('canbo.vanphong.snv')).get('/reports/statistics')).status).toBe(403);
  });
});
