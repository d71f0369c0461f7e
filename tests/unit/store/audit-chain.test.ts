import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  type AuditEvent,
  type AuditEventBody,
  chainEvent,
  GENESIS_HASH,
  hashEvent,
  verifyAuditChain,
} from '../../../shared/store/audit-chain';
import { canonicalJson } from '../../../shared/store/canonical-json';

const body = (seq: number, overrides: Partial<AuditEventBody> = {}): AuditEventBody => ({
  nominationId: 'nom-01',
  seq,
  action: seq === 1 ? 'create' : 'advance',
  actor: { userId: 'user-01', role: 'unit_officer' },
  at: `2026-01-05T08:00:0${seq}.000Z`,
  from: seq === 1 ? null : `s${seq - 1}`,
  to: `s${seq}`,
  ...overrides,
});

function chainOf(length: number): AuditEvent[] {
  const events: AuditEvent[] = [];
  for (let seq = 1; seq <= length; seq++) {
    const previous = events.at(-1);
    events.push(chainEvent(previous ? { seq: previous.seq, hash: previous.hash } : null, body(seq)));
  }
  return events;
}

describe('hashEvent', () => {
  it('is sha256 of the previous hash followed by the canonical JSON of the event', () => {
    const event = body(1, { reason: 'Lý do', data: { b: 2, a: 1 } });

    const expected = createHash('sha256')
      .update(GENESIS_HASH + canonicalJson(event))
      .digest('hex');

    expect(hashEvent(GENESIS_HASH, event)).toBe(expected);
  });

  it('ignores attributes that are not part of the event, such as keys', () => {
    const event = body(1);

    expect(hashEvent(GENESIS_HASH, { ...event, PK: 'NOM#nom-01' } as AuditEventBody)).toBe(
      hashEvent(GENESIS_HASH, event),
    );
  });
});

describe("the actor's name in the hashed event", () => {
  it('leaves the hash of an event recorded without a name exactly as it was before names were kept', () => {
    // Computed by the code that predates names; a stored trail of that time must still verify.
    expect(hashEvent(GENESIS_HASH, body(1))).toBe(
      'f4469cf28bcc49becc495d2304e66735bbce1d4ecd7e1a880d74dcd795bd0f45',
    );
  });

  it('hashes the name with the event, so changing or removing it breaks the chain at that event', () => {
    const named = chainEvent(
      null,
      body(1, { actor: { userId: 'user-01', role: 'unit_officer', name: 'Nguyễn Văn A' } }),
    );
    const renamed = { ...named, actor: { ...named.actor, name: 'Nguyễn Văn B' } };
    const { name: _dropped, ...nameless } = named.actor;
    const unnamed = { ...named, actor: nameless };

    expect(named.actor.name).toBe('Nguyễn Văn A');
    expect(named.hash).not.toBe(hashEvent(GENESIS_HASH, body(1)));
    expect(verifyAuditChain([named])).toEqual({ valid: true });
    expect(verifyAuditChain([renamed])).toEqual({ valid: false, brokenAt: 1, reason: 'hash-mismatch' });
    expect(verifyAuditChain([unnamed])).toEqual({ valid: false, brokenAt: 1, reason: 'hash-mismatch' });
  });

  it('verifies a trail whose older events have no name and whose newer ones do', () => {
    const [first, second] = chainOf(2);
    if (!first || !second) throw new Error('arrange failed');
    const third = chainEvent(
      { seq: second.seq, hash: second.hash },
      body(3, { actor: { userId: 'user-02', role: 'council_secretary', name: 'Trần Thị Cúc' } }),
    );

    expect(verifyAuditChain([first, second, third], { head: { seq: 3, hash: third.hash } })).toEqual({
      valid: true,
    });
  });
});

describe('chainEvent', () => {
  it('chains the first event to the genesis hash', () => {
    expect(chainEvent(null, body(1)).prevHash).toBe(GENESIS_HASH);
  });

  it('refuses a seq that does not follow the head', () => {
    expect(() => chainEvent({ seq: 1, hash: 'h' }, body(3))).toThrow(RangeError);
  });
});

describe('verifyAuditChain', () => {
  it('accepts an intact chain, and an empty one', () => {
    const events = chainOf(4);

    expect(verifyAuditChain(events)).toEqual({ valid: true });
    expect(verifyAuditChain([])).toEqual({ valid: true });
  });

  it('names the event whose content was changed', () => {
    const events = chainOf(4);
    const tampered = events.map((e) => (e.seq === 3 ? { ...e, to: 'approved' } : e));

    expect(verifyAuditChain(tampered)).toEqual({ valid: false, brokenAt: 3, reason: 'hash-mismatch' });
  });

  it('names the event after one whose hash was rewritten to match its new content', () => {
    const events = chainOf(4);
    const rewritten = { ...body(2), to: 'approved' };
    const forged = events.map((e) =>
      e.seq === 2 ? { ...rewritten, prevHash: e.prevHash, hash: hashEvent(e.prevHash, rewritten) } : e,
    );

    expect(verifyAuditChain(forged)).toEqual({ valid: false, brokenAt: 3, reason: 'prev-hash-mismatch' });
  });

  it('names the first missing seq when an event was removed', () => {
    const events = chainOf(4).filter((e) => e.seq !== 2);

    expect(verifyAuditChain(events)).toEqual({ valid: false, brokenAt: 2, reason: 'missing-seq' });
  });

  it('catches a trail cut short at its end when given the head', () => {
    const events = chainOf(4);
    const last = events[3];
    if (!last) throw new Error('arrange failed');

    const result = verifyAuditChain(events.slice(0, 3), { head: { seq: last.seq, hash: last.hash } });

    expect(result).toEqual({ valid: false, brokenAt: 4, reason: 'head-mismatch' });
  });

  it('catches a chain that does not start at the genesis hash', () => {
    const events = chainOf(2);
    const [first, second] = events;
    if (!first || !second) throw new Error('arrange failed');

    const result = verifyAuditChain([{ ...first, prevHash: 'f'.repeat(64) }, second]);

    expect(result).toEqual({ valid: false, brokenAt: 1, reason: 'prev-hash-mismatch' });
  });
});
