import { describe, expect, it } from 'vitest';
import { parseNotifierEvent, REMINDER_TICK } from '../../../shared/mail/notifier-event';

const record = { eventSource: 'aws:dynamodb', eventName: 'INSERT', dynamodb: { Keys: {} } };

describe('the notifier event', () => {
  it('is a reminder tick when it is exactly the scheduler input', () => {
    expect(parseNotifierEvent(REMINDER_TICK)).toEqual({ kind: 'reminder-tick' });
    expect(parseNotifierEvent(JSON.parse(JSON.stringify(REMINDER_TICK)))).toEqual({ kind: 'reminder-tick' });
  });

  it('is a stream batch when every record comes from DynamoDB, passed on untouched', () => {
    const parsed = parseNotifierEvent({ Records: [record, record] });
    expect(parsed.kind).toBe('stream-batch');
    expect(parsed.kind === 'stream-batch' && parsed.records).toEqual([record, record]);
    expect(parsed.kind === 'stream-batch' && parsed.records[0]).toBe(record);
  });

  it('refuses anything else: no mail for a misrouted or malformed event', () => {
    for (const event of [
      undefined,
      null,
      {},
      { kind: 'reminder' },
      { kind: 'reminder-tick', extra: true },
      { Records: [{ eventSource: 'aws:sqs' }] },
      { Records: [record, { eventSource: 'aws:sns' }] },
      { Records: 'nope' },
    ])
      expect(() => parseNotifierEvent(event)).toThrow(/unknown notifier event/);
  });
});
