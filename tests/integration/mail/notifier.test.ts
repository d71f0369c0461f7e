import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySesEvent } from '../../../shared/mail/ses-events';
import { mailKeyTag } from '../../../shared/mail/ses-sender';
import { sweepStaleClaims } from '../../../shared/mail/sweep';
import { startTestApi, type TestApi } from '../support/api';
import { backgrounds, NO_WAIT } from '../support/background';
import { emailsWith, passedNomination, putOutboxEvent } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('mail');
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

/** The notifier and reminder on this file's table; each call reads the stream from its start. */
const background = backgrounds(() => api, { backoff: NO_WAIT });

const inbox = (local: string) => `${local}@hatinh.tdkt.example.vn`;

describe('a batch decision', () => {
  let documentId = '';
  let number = '';
  const tag = randomUUID().slice(0, 6);

  it('sends exactly one email per unit, to the unit with its awardees, nominees on file in copy', async () => {
    const a = await passedNomination(api, {
      unitId: 'unit-snv-vp',
      name: `Phạm Văn An ${tag}`,
      email: `an.${tag}@example.vn`,
    });
    const b = await passedNomination(api, { unitId: 'unit-snv-vp', name: `Lê Thị Bình ${tag}` });
    const c = await passedNomination(api, { unitId: 'unit-snv-ccvc', name: `Hoàng Văn Cường ${tag}` });
    const director = await api.as('giamdoc.snv');
    const signed = await director.post<{ id: string; number: string; signedOnLabel: string }>('/decisions', {
      nominationIds: [a.id, b.id, c.id],
    });
    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    ({ id: documentId, number } = signed.body);

    await background().poller.drain();

    const emails = await emailsWith(`DOC#${documentId}#`);
    expect(emails).toHaveLength(2);
    const vp = emails.find((e) => e.destination.to.includes(inbox('canbo.vanphong.snv')));
    const ccvc = emails.find((e) => e.destination.to.includes(inbox('canbo.ccvc.snv')));
    expect(vp?.destination).toMatchObject({
      to: [inbox('canbo.vanphong.snv')],
      cc: [`an.${tag}@example.vn`],
    });
    expect(ccvc?.destination.to).toEqual([inbox('canbo.ccvc.snv')]);
    expect(vp?.subject).toBe(`[TĐKT] Quyết định khen thưởng số ${number} ngày ${signed.body.signedOnLabel}`);
    expect(vp?.body.text).toContain(`Phạm Văn An ${tag}`);
    expect(vp?.body.text).toContain(`Lê Thị Bình ${tag}`);
    expect(vp?.body.text).not.toContain(`Hoàng Văn Cường ${tag}`);
    expect(ccvc?.body.text).toContain(`Hoàng Văn Cường ${tag}`);
    expect(vp?.body.text).toContain('Lao động tiên tiến');
    // The decide events of the three nominations mail nothing of their own.
    for (const n of [a, b, c]) expect(await emailsWith(`EVT#${n.id}#`)).toEqual([]);
  });

  it('sends nothing more when the same stream is delivered three more times', async () => {
    for (let i = 0; i < 3; i++) await background().poller.drain();
    expect(await emailsWith(`DOC#${documentId}#`)).toHaveLength(2);
  });
});

describe('a crash between SES and the sent-marker', () => {
  it('is not re-sent by the stream, nor by the sweep once SES confirmed the message', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-vp', name: 'Crash sau gửi' });
    await putOutboxEvent(api, n.id, 100);
    const key = `EVT#${n.id}#100`;
    let crashed = false;
    const b = background({
      // SES local cannot die mid-call: this wrapper lets SES accept, then fails as a killed process would.
      wrapSes: (client) => ({
        send: (async (command: never) => {
          const output = await client.send(command);
          if (!crashed) {
            crashed = true;
            throw new Error('process killed after SES accepted the message');
          }
          return output;
        }) as typeof client.send,
      }),
    });
    await b.poller.drain();
    expect(crashed).toBe(true);
    expect(await emailsWith(key)).toHaveLength(1);
    expect((await b.deps.ledger.get(key))?.status).toBe('sending');

    await background().poller.drain();
    const messageId = (await emailsWith(key))[0]?.messageId ?? '';
    await applySesEvent(
      { eventType: 'Send', mail: { messageId, tags: { mail_key: [mailKeyTag(key)] } } },
      b.deps,
    );
    const later = { now: () => new Date(Date.now() + 20 * 60_000) };
    await sweepStaleClaims({ ...b.deps, clock: later });

    expect(await emailsWith(key)).toHaveLength(1);
    expect(await b.deps.ledger.get(key)).toMatchObject({ status: 'sent', messageId });
  });

  it('is re-driven by the sweep when SES never got the message', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-vp', name: 'Crash trước gửi' });
    await putOutboxEvent(api, n.id, 100);
    const key = `EVT#${n.id}#100`;
    const b = background({
      wrapSes: () => ({
        send: (async () => {
          throw new Error('process killed before SES answered');
        }) as never,
      }),
    });
    await b.poller.drain();
    expect(await emailsWith(key)).toHaveLength(0);

    const healthy = background();
    expect(await sweepStaleClaims({ ...healthy.deps })).toEqual({ resent: 0, failed: 0 });
    const later = { now: () => new Date(Date.now() + 20 * 60_000) };
    expect(await sweepStaleClaims({ ...healthy.deps, clock: later })).toEqual({ resent: 1, failed: 0 });
    await sweepStaleClaims({ ...healthy.deps, clock: later });
    expect(await emailsWith(key)).toHaveLength(1);
  });
});

describe('SES throttling and poison records', () => {
  it('retries throttled sends with backoff until every message is delivered, none twice', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-ccvc', name: 'Thử giới hạn gửi' });
    for (let seq = 200; seq < 210; seq++) await putOutboxEvent(api, n.id, seq);
    let calls = 0;
    const b = background({
      // SES local never throttles: the fault is injected in the client, as SES v1 answers it.
      wrapSes: (client) => ({
        send: (async (command: never) => {
          calls++;
          if (calls % 3 !== 0 || calls < 12) {
            throw Object.assign(new Error('Maximum sending rate exceeded.'), {
              name: 'Throttling',
              $metadata: { httpStatusCode: 400 },
            });
          }
          return client.send(command);
        }) as typeof client.send,
      }),
    });
    await b.poller.drain();
    for (let seq = 200; seq < 210; seq++)
      expect(await emailsWith(`EVT#${n.id}#${seq}`), `seq ${seq}`).toHaveLength(1);
    expect(b.poller.deadLetters).toEqual([]);
    expect(calls).toBeGreaterThan(10);
  });

  it('delivers 99 of 100 records and sends the poison one to the dead-letter path with its reason', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-vp', name: 'Thử bản ghi hỏng' });
    for (let seq = 300; seq < 400; seq++) await putOutboxEvent(api, n.id, seq, { poison: seq === 350 });
    const b = background({ retryAttempts: 2 });
    await b.poller.drain();

    // One read of SES local's store, then one count per record (the store is shared and large).
    const mine = await emailsWith(n.id);
    let delivered = 0;
    for (let seq = 300; seq < 400; seq++) {
      delivered += mine.filter((e) => (e.body.text ?? '').includes(`EVT#${n.id}#${seq}`)).length;
    }
    expect(delivered).toBe(99);
    const dead = b.poller.deadLetters.filter((d) => JSON.stringify(d.record).includes(n.id));
    expect(dead).toHaveLength(1);
    expect(dead[0]?.reason).toMatch(/PoisonRecordError: the audit event lacks/);
    expect(dead[0]?.attempts).toBe(3);
  }, 120_000);
});

describe('the reminder tick', () => {
  it('runs over the seeded province without a failure and mails nothing twice when run again', async () => {
    const b = background();
    const first = await b.tick();
    expect(first.failures).toEqual([]);
    const second = await b.tick();
    expect(second).toMatchObject({ deadlineReminders: 0, meetingReminders: 0, escalations: 0, failures: [] });
  });
});
