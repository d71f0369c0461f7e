import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../shared/store/audit-chain';
import { makeDynamoNominationRepository } from '../../../shared/store/dynamo/nomination-repository';
import type {
  Nomination,
  NominationRepository,
  TransitionExtra,
} from '../../../shared/store/ports/nomination-repository';
import { createTestTable, type TestTable } from '../support/dynamo';
import { aNewNomination, anActor, aTransition, steppingClock } from '../support/factories';

let table: TestTable;
let repo: NominationRepository;

beforeAll(async () => {
  table = await createTestTable('nom-extras');
  repo = makeDynamoNominationRepository({
    client: table.client,
    tableName: table.tableName,
    clock: steppingClock(),
  });
});
afterAll(() => table.drop());

const member = (memberId: string) => anActor({ userId: memberId, role: 'council_member' });

/** A nomination in council voting, at version 2. */
async function inVoting(): Promise<Nomination> {
  const created = await repo.create(aNewNomination());
  return (await repo.transition(aTransition(created.id, { to: 'voting' }))).nomination;
}

/** A vote is a self-transition: it records the event and the vote together. */
const vote = (
  n: Nomination,
  memberId: string,
  extras: readonly TransitionExtra[] = [{ kind: 'vote', memberId, choice: 'approve' }],
) =>
  repo.transition(
    aTransition(n.id, {
      expectedVersion: n.version,
      from: 'voting',
      to: 'voting',
      event: { action: 'vote', actor: member(memberId) },
      extras,
    }),
  );

describe('votes recorded with the transition', () => {
  it('stores the vote beside the event that recorded it', async () => {
    const n = await inVoting();

    const { event } = await vote(n, 'member-01');

    const votes = await repo.listVotes(n.id);
    expect(votes.items).toEqual([
      { nominationId: n.id, memberId: 'member-01', choice: 'approve', at: event.at, seq: event.seq },
    ]);
  });

  it('refuses a second vote by the same member and writes nothing', async () => {
    const n = await inVoting();
    const first = await vote(n, 'member-02');

    const attempt = vote(first.nomination, 'member-02');

    await expect(attempt).rejects.toMatchObject({ code: 'VOTE_ALREADY_CAST', kind: 'conflict' });
    expect(await repo.get(n.id)).toEqual(first.nomination);
    expect((await repo.listAuditEvents(n.id)).items).toHaveLength(3);
  });

  it('counts secret ballots from the ballot box, with a running tally written before it, without a member linked to a choice', async () => {
    const n = await inVoting();

    // A ballot counted the way secret votes were counted before the ballot box table (still read).
    const first = await vote(n, 'member-03', [
      { kind: 'vote', memberId: 'member-03' },
      { kind: 'tally', field: 'approve' },
    ]);
    await vote(first.nomination, 'member-04', [
      { kind: 'vote', memberId: 'member-04' },
      { kind: 'ballot', choice: 'reject' },
    ]);

    expect(await repo.getTally(n.id)).toEqual({ approve: 1, reject: 1 });
    const votes = await repo.listVotes(n.id);
    expect(votes.items.map((v) => v.choice)).toEqual([undefined, undefined]);
    expect(verifyAuditChain((await repo.listAuditEvents(n.id)).items)).toEqual({ valid: true });
  });
});

describe('quota places taken with the submission', () => {
  const quota = {
    kind: 'quota' as const,
    organisationId: 'org-so-y-te',
    unitId: 'unit-khoa-noi',
    year: 2026,
    awardCode: 'CSTDCS',
    limit: 2,
  };

  it('takes places up to the limit, then refuses with QUOTA_EXHAUSTED and leaves the nomination a draft', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => repo.create(aNewNomination())));
    if (!a || !b || !c) throw new Error('arrange failed');

    await repo.transition(aTransition(a.id, { extras: [quota] }));
    await repo.transition(aTransition(b.id, { extras: [quota] }));
    const third = repo.transition(aTransition(c.id, { extras: [quota] }));

    await expect(third).rejects.toMatchObject({ code: 'QUOTA_EXHAUSTED', details: { used: 2, limit: 2 } });
    expect(await repo.get(c.id)).toEqual(c);
  });
});

describe('initiatives counted toward one award only', () => {
  it('refuses an initiative already used by another nomination, until that one releases it', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => repo.create(aNewNomination())));
    if (!a || !b) throw new Error('arrange failed');
    const use = { kind: 'initiative-use' as const, initiativeId: 'SK-2025-014' };
    const submittedA = (await repo.transition(aTransition(a.id, { extras: [use] }))).nomination;

    const attempt = repo.transition(aTransition(b.id, { extras: [use] }));

    await expect(attempt).rejects.toMatchObject({
      code: 'INITIATIVE_ALREADY_USED',
      details: { usedBy: a.id },
    });
    await repo.transition(
      aTransition(a.id, {
        expectedVersion: submittedA.version,
        from: 'submitted',
        to: 'withdrawn',
        event: { action: 'withdraw', actor: anActor() },
        extras: [{ kind: 'initiative-release', initiativeId: 'SK-2025-014' }],
      }),
    );
    await expect(repo.transition(aTransition(b.id, { extras: [use] }))).resolves.toBeDefined();
  });

  it('refuses to release an initiative the nomination does not hold', async () => {
    const n = await repo.create(aNewNomination());

    const attempt = repo.transition(
      aTransition(n.id, { extras: [{ kind: 'initiative-release', initiativeId: 'SK-khong-dung' }] }),
    );

    await expect(attempt).rejects.toMatchObject({ code: 'INITIATIVE_NOT_HELD' });
    expect(await repo.get(n.id)).toEqual(n);
  });
});

describe('a nominee claimed for one award a year', () => {
  const claim = {
    kind: 'nominee-claim' as const,
    holder: { kind: 'person' as const, id: 'person-claim-01' },
    awardCode: 'LDTT',
    year: 2026,
  };
  const release = { ...claim, kind: 'nominee-release' as const };

  it('refuses a second claim naming the holding nomination, until that one releases it', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => repo.create(aNewNomination())));
    if (!a || !b) throw new Error('arrange failed');
    const submittedA = (await repo.transition(aTransition(a.id, { extras: [claim] }))).nomination;

    const attempt = repo.transition(aTransition(b.id, { extras: [claim] }));

    await expect(attempt).rejects.toMatchObject({
      code: 'NOMINEE_ALREADY_NOMINATED',
      kind: 'conflict',
      details: { nominatedBy: a.id, awardCode: 'LDTT', year: 2026 },
    });
    expect(await repo.get(b.id)).toEqual(b);
    await repo.transition(
      aTransition(a.id, {
        expectedVersion: submittedA.version,
        from: 'submitted',
        to: 'withdrawn',
        event: { action: 'withdraw', actor: anActor() },
        extras: [release],
      }),
    );
    await expect(repo.transition(aTransition(b.id, { extras: [claim] }))).resolves.toBeDefined();
  });

  it('lets exactly one of two racing claims win', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => repo.create(aNewNomination())));
    if (!a || !b) throw new Error('arrange failed');
    const racing = { ...claim, holder: { kind: 'unit' as const, id: 'unit-claim-race' } };

    const results = await Promise.allSettled(
      [a, b].map((n) => repo.transition(aTransition(n.id, { extras: [racing] }))),
    );

    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { code: 'NOMINEE_ALREADY_NOMINATED' },
    });
  });

  it('keeps claims of other awards and years apart', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => repo.create(aNewNomination())));
    if (!a || !b || !c) throw new Error('arrange failed');
    const holder = { kind: 'person' as const, id: 'person-claim-02' };

    await repo.transition(aTransition(a.id, { extras: [{ ...claim, holder }] }));
    await repo.transition(aTransition(b.id, { extras: [{ ...claim, holder, awardCode: 'CSTDCS' }] }));
    await expect(
      repo.transition(aTransition(c.id, { extras: [{ ...claim, holder, year: 2027 }] })),
    ).resolves.toBeDefined();
  });

  it('refuses a release by a nomination that does not hold the claim', async () => {
    const [a, b] = await Promise.all([1, 2].map(() => repo.create(aNewNomination())));
    if (!a || !b) throw new Error('arrange failed');
    const held = { ...claim, holder: { kind: 'person' as const, id: 'person-claim-03' } };
    await repo.transition(aTransition(a.id, { extras: [held] }));

    const attempt = repo.transition(aTransition(b.id, { extras: [{ ...held, kind: 'nominee-release' }] }));

    await expect(attempt).rejects.toMatchObject({ code: 'NOMINEE_NOT_HELD' });
    expect(await repo.get(b.id)).toEqual(b);
  });
});
