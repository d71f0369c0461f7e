/**
 * Exactly once through real failures. SES `SendEmail` has no idempotency key: a retry after an
 * answer lost on the way back mails twice. One layer of retries (the notifier's own) and SES's
 * Send event as the only proof of delivery keep it to one message (docs/notifications.md).
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { offsetClock } from '../../../local/clock';
import { sweepStaleClaims } from '../../../shared/mail/sweep';
import { testClock } from '../../support/clock';
import { startTestApi, type TestApi } from '../support/api';
import { backgrounds, NO_WAIT } from '../support/background';
import { type LossyProxy, startLossyProxy } from '../support/lossy-proxy';
import { emailsWith, passedNomination, putOutboxEvent } from './support';

let api: TestApi;
let proxy: LossyProxy;
beforeAll(async () => {
  api = await startTestApi('exactly-once');
  proxy = await startLossyProxy(inject('sesEndpoint'));
}, 120_000);
afterAll(async () => {
  await proxy?.stop();
  await api?.stop();
});

const background = backgrounds(() => api, { clock: testClock, backoff: NO_WAIT });

/** Twenty minutes after the test clock: past the sweep's age for a claim left `sending`. */
const twentyMinutesLater = () => offsetClock(testClock.offsetMs + 20 * 60_000);

describe('an answer from SES lost after SES accepted the message', () => {
  it('mails once: the SES client does not retry underneath the notifier', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-vp', name: 'Mất câu trả lời' });
    await putOutboxEvent(api, n.id, 100);
    const key = `EVT#${n.id}#100`;
    const b = background({ sesEndpoint: proxy.url });
    proxy.loseNextAnswers(1);
    const before = proxy.forwarded;

    await b.poller.drain();

    expect(proxy.forwarded - before).toBe(1);
    expect(await emailsWith(key)).toHaveLength(1);
    // Ambiguous: neither sent nor refused; only SES's own Send event may settle it.
    expect((await b.deps.ledger.get(key))?.status).toBe('sending');
  });

  it('is confirmed by the local SES event stream as SES would, so the sweep re-sends nothing', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-vp', name: 'Mất câu trả lời, quét lại' });
    await putOutboxEvent(api, n.id, 100);
    const key = `EVT#${n.id}#100`;
    const b = background({ sesEndpoint: proxy.url });
    proxy.loseNextAnswers(1);
    await b.poller.drain();

    const confirmed = await b.sesEvents.publish();
    const swept = await sweepStaleClaims({ ...b.deps, clock: twentyMinutesLater() });

    expect(confirmed).toBeGreaterThanOrEqual(1);
    expect(swept).toEqual({ resent: 0, failed: 0 });
    expect(await emailsWith(key)).toHaveLength(1);
    expect(await b.deps.ledger.get(key)).toMatchObject({ status: 'sent' });
  });

  it('is re-sent by the sweep, once, when SES never took it (the service was down)', async () => {
    const n = await passedNomination(api, { unitId: 'unit-snv-vp', name: 'SES không chạy' });
    await putOutboxEvent(api, n.id, 100);
    const key = `EVT#${n.id}#100`;
    proxy.setDown(true);
    const b = background({ sesEndpoint: proxy.url, retryAttempts: 1 });
    await b.poller.drain();
    proxy.setDown(false);

    await b.sesEvents.publish();
    await sweepStaleClaims({ ...background().deps, clock: twentyMinutesLater() });
    await b.sesEvents.publish();
    await sweepStaleClaims({ ...background().deps, clock: twentyMinutesLater() });

    expect(await emailsWith(key)).toHaveLength(1);
  });
});
