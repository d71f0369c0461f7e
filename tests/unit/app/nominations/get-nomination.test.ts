/**
 * A nomination read with its timeline beside it: when a change lands between the two reads, the
 * timeline is read again, so it never stops short of the state shown. In-memory store.
 */
import { describe, expect, it } from 'vitest';
import { makeGetNomination } from '../../../../shared/app/nominations/get-nomination';
import type { AuditEvent } from '../../../../shared/store';
import { chainEvent } from '../../../../shared/store/audit-chain';
import { aPrincipal, aStoredNomination, fakeNominations, fakePorts } from './fakes';

const eventOf = (previous: AuditEvent | null, seq: number, action: string, from: string | null, to: string) =>
  chainEvent(previous, {
    nominationId: 'nom-1',
    seq,
    action,
    actor: { userId: 'user-canbo', role: 'unit_officer' },
    at: `2026-11-2${seq}T08:00:00.000Z`,
    from,
    to,
  });

describe('a nomination with its timeline', () => {
  it('reads the timeline again when it stops short of the nomination read beside it', async () => {
    const created = eventOf(null, 1, 'create', null, 'draft');
    const submitted = eventOf(created, 2, 'submit', 'draft', 'submitted');
    const { repo } = fakeNominations([
      aStoredNomination({ state: 'submitted', version: 2, lastEventSeq: 2 }),
    ]);
    // The first read of the timeline ran before the submission landed; later ones see it.
    let reads = 0;
    repo.listAuditEvents = async () => ({ items: reads++ === 0 ? [created] : [created, submitted] });

    const detail = await makeGetNomination(fakePorts(repo))(aPrincipal(), 'nom-1');

    expect(detail.nomination.state).toBe('submitted');
    expect(detail.timeline.map((e) => [e.seq, e.action])).toEqual([
      [1, 'create'],
      [2, 'submit'],
    ]);
    expect(reads).toBe(2);
  });
});
