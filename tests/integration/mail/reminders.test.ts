/**
 * The reminder function on the local stack, on fixed dates (the clock is injected, never waited
 * on): deadline reminders to units, vote reminders to council members, escalation of a dossier
 * past its step's working-day limit. The emails are read back from SES local's store.
 */
import { randomUUID } from 'node:crypto';
import type { SendEmailCommand, SendEmailCommandInput } from '@aws-sdk/client-ses';
import { ulid } from 'ulid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBackground } from '../../../local/background';
import { makeOpenMeeting } from '../../../shared/app/council/open-meeting';
import { parseProvinceOverrides } from '../../../shared/domain/rules';
import { reminderSchedule } from '../../../shared/mail/reminders/schedule';
import { mailKeyTag } from '../../../shared/mail/ses-sender';
import { startTestApi, type TestApi } from '../support/api';
import { backgrounds } from '../support/background';
import { councilMemberIds, nominationIn, vote } from '../support/council';
import { emailsWith } from './support';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('remind');
}, 120_000);
afterAll(async () => {
  await api?.stop();
});

/** A clock the test sets: `setTime('2026-02-11')` is 08:00 that day in Vietnam. */
let now = new Date('2026-02-11T01:00:00.000Z');
const clock = { now: () => now };
const setTime = (date: string, time = '08:00') => {
  now = new Date(`${date}T${time}:00+07:00`);
};

const background = backgrounds(() => api, { clock });

const inbox = (local: string) => `${local}@hatinh.tdkt.example.vn`;
const recipients = (emails: readonly { destination: { to: string[] } }[]) =>
  emails.flatMap((e) => e.destination.to).sort();

describe('campaign deadline reminders', () => {
  // Deadline Wednesday 25/02/2026: five working days before it is Wednesday 11/02 (12, 13, then
  // Tết 14–22/02 with its weekends, 23, 24, 25); one working day before is Tuesday 24/02.
  const campaignId = `camp-remind-${randomUUID().slice(0, 8)}`;
  const marker = `REMIND#CAMP#${campaignId}#`;
  let b: RunningBackground;

  beforeAll(async () => {
    b = background();
    await b.ports.campaigns.create({
      id: campaignId,
      organisationId: 'org-stc',
      year: 2026,
      title: 'Phong trào thi đua thử nhắc hạn',
      details: { nominationDeadline: '2026-02-25' },
      status: 'published',
    });
  });

  it('mails nothing while more working days are left than the first reminder', async () => {
    setTime('2026-02-10');
    await b.tick();
    expect(await emailsWith(marker)).toEqual([]);
  });

  it('reminds every unit of the organisation 5 working days before, Tết not counted, once', async () => {
    setTime('2026-02-11');
    const first = await b.tick();
    setTime('2026-02-11', '14:30');
    await b.tick();

    const emails = await emailsWith(marker);
    expect(first.failures).toEqual([]);
    expect(recipients(emails)).toEqual([inbox('canbo.vanphong.stc'), inbox('qlns.stc')]);
    expect(emails[0]?.subject).toBe(
      '[TĐKT] Nhắc hạn gửi hồ sơ đề nghị khen thưởng: Phong trào thi đua thử nhắc hạn (hạn 25/02/2026)',
    );
    expect(emails[0]?.body.text).toContain('đến hết ngày 25/02/2026, còn 5 ngày làm việc');
  });

  it('sends nothing new on the next day, nor over Tết', async () => {
    for (const day of ['2026-02-12', '2026-02-13', '2026-02-16', '2026-02-23']) {
      setTime(day);
      await b.tick();
    }
    expect(await emailsWith(marker)).toHaveLength(2);
  });

  it('reminds again 1 working day before, then never on the deadline day', async () => {
    setTime('2026-02-24');
    await b.tick();
    setTime('2026-02-25');
    await b.tick();

    const last = await emailsWith(`${marker}2026-02-25#1#`);
    expect(recipients(last)).toEqual([inbox('canbo.vanphong.stc'), inbox('qlns.stc')]);
    expect(last[0]?.body.text).toContain('còn 1 ngày làm việc');
    expect(await emailsWith(marker)).toHaveLength(4);
  });

  it('follows a configured schedule: 3 working days before instead of 5 and 1', async () => {
    const other = `camp-remind-${randomUUID().slice(0, 8)}`;
    await b.ports.campaigns.create({
      id: other,
      organisationId: 'org-stc',
      year: 2026,
      title: 'Phong trào thi đua thử lịch nhắc',
      details: { nominationDeadline: '2026-03-13' },
      status: 'published',
    });
    const configured = background({ reminderSchedule: reminderSchedule('{"deadlineReminderDays":[3]}') });
    setTime('2026-03-09'); // 4 working days left (10, 11, 12, 13/03)
    await configured.tick();
    expect(await emailsWith(`REMIND#CAMP#${other}#`)).toEqual([]);
    setTime('2026-03-10'); // 3 left
    await configured.tick();
    const emails = await emailsWith(`REMIND#CAMP#${other}#2026-03-13#3#`);
    expect(emails).toHaveLength(2);
  });
});

describe('escalation of a dossier waiting at the secretariat', () => {
  // LĐTT has no national limit at the Sở; the province's rules give the step 5 working days.
  const ruleOverrides = parseProvinceOverrides({
    province: 'ha-tinh',
    name: 'Hà Tĩnh',
    periods: [
      {
        effectiveFrom: '2026-01-01',
        basis: 'Thử nghiệm: thời hạn thẩm định hồ sơ tại Sở',
        confirmed: false,
        awards: { LDTT: { timeLimitsWorkingDays: { department_review: 5 } } },
      },
    ],
  });
  let b: RunningBackground;
  let nominationId = '';
  let key = '';

  /** The SendEmail requests the reminder made (SES local stores only the first recipient). */
  const sesCalls: SendEmailCommandInput[] = [];

  beforeAll(async () => {
    b = background({
      ruleOverrides,
      wrapSes: (client) => ({
        send: ((command: SendEmailCommand) => {
          sesCalls.push(command.input);
          return client.send(command);
        }) as typeof client.send,
      }),
    });
    const nominations = b.ports.nominations;
    setTime('2026-02-10');
    let n = await nominations.create({
      id: `nom-esc-${randomUUID()}`,
      state: 'draft',
      organisationId: 'org-snv',
      unitId: 'unit-snv-ttlt',
      awardCode: 'LDTT',
      subject: 'person',
      track: 'annual',
      year: 2026,
      nominee: { name: 'Nguyễn Quá Hạn', position: 'Chuyên viên' },
      form: {},
      event: { action: 'create', actor: { userId: 'test', role: 'unit_officer' } },
    });
    const move = async (date: string, action: string, to: string, role: string) => {
      setTime(date);
      ({ nomination: n } = await nominations.transition({
        id: n.id,
        expectedVersion: n.version,
        from: n.state,
        to,
        event: { action, actor: { userId: 'test', role } },
      }));
    };
    // Complete dossier on Wed 11/02; working days 12, 13, (Tết 14–22/02 and two weekends), 23, 24.
    await move('2026-02-11', 'submit', 'submitted', 'unit_officer');
    // Back with the unit from Tue 24/02 (4 days used) to Mon 02/03: the clock waits.
    await move('2026-02-24', 'return', 'returned', 'council_secretary');
    await move('2026-03-02', 'resubmit', 'submitted', 'unit_officer');
    nominationId = n.id;
    key = `ESC#${nominationId}#department_review`;
  });

  it('stays quiet at the limit: 5 working days used on 03/03, the days while returned not counted', async () => {
    setTime('2026-03-03');
    await b.tick();
    expect(await emailsWith(key)).toEqual([]);
  });

  it('tells the secretariat and the director once the 6th working day is used, once', async () => {
    setTime('2026-03-04');
    const outcome = await b.tick();
    setTime('2026-03-05');
    await b.tick();

    expect(outcome.failures).toEqual([]);
    const emails = await emailsWith(key);
    expect(emails).toHaveLength(1);
    // SES local keeps only the first address of a list: what SES was asked is read off the client.
    const sent = sesCalls.filter((input) => JSON.stringify(input.Tags).includes(mailKeyTag(key)));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.Destination?.ToAddresses?.sort()).toEqual([inbox('giamdoc.snv'), inbox('thuky.snv')]);
    expect(emails[0]?.destination.to).toEqual([inbox('thuky.snv')]);
    expect(emails[0]?.subject).toBe('[TĐKT] Hồ sơ quá hạn xử lý: Nguyễn Quá Hạn - Lao động tiên tiến');
    expect(emails[0]?.body.text).toContain(
      'Hồ sơ đã dùng 6 ngày làm việc, vượt thời hạn 5 ngày làm việc (tính từ ngày 11/02/2026',
    );
    expect(emails[0]?.body.text).toContain(`https://tdkt.hatinh.example.vn/nominations/${nominationId}`);
  });

  it('escalates to whom the schedule names: the secretariat only, when so configured', async () => {
    const other = await b.ports.nominations.create({
      id: `nom-esc-${randomUUID()}`,
      state: 'draft',
      organisationId: 'org-snv',
      unitId: 'unit-snv-ttlt',
      awardCode: 'LDTT',
      subject: 'person',
      track: 'annual',
      year: 2026,
      nominee: { name: 'Trần Chỉ Thư Ký', position: 'Chuyên viên' },
      form: {},
      event: { action: 'create', actor: { userId: 'test', role: 'unit_officer' } },
    });
    setTime('2026-03-02');
    await b.ports.nominations.transition({
      id: other.id,
      expectedVersion: other.version,
      from: 'draft',
      to: 'submitted',
      event: { action: 'submit', actor: { userId: 'test', role: 'unit_officer' } },
    });
    const configured = background({
      ruleOverrides,
      reminderSchedule: reminderSchedule({ escalation: { department_review: ['secretariat'] } }),
    });
    setTime('2026-03-10'); // 6 working days after Mon 02/03
    await configured.tick();
    const emails = await emailsWith(`ESC#${other.id}#department_review`);
    expect(emails.map((e) => e.destination.to)).toEqual([[inbox('thuky.snv')]]);
  });
});

describe('vote reminders of an open meeting', () => {
  it('reminds only the members present who still owe a vote, once a working day', async () => {
    const b = background();
    const members = await councilMemberIds(api);
    const first = await nominationIn(api, {
      awardCode: 'LDTT',
      unitId: 'unit-snv-ttlt',
      name: 'Võ Thứ Nhất',
    });
    const second = await nominationIn(api, {
      awardCode: 'LDTT',
      unitId: 'unit-snv-ttlt',
      name: 'Lê Thứ Hai',
    });
    setTime('2026-03-02', '09:00');
    const open = makeOpenMeeting({ ...b.ports, clock, ids: { next: () => ulid() } });
    const meeting = await open(
      { userId: members['thuky.snv'] ?? '', roles: ['council_secretary'], orgId: 'org-snv' },
      {
        nominationIds: [first.id, second.id],
        present: ['giamdoc.snv', 'hoidong1.snv', 'hoidong2.snv', 'hoidong3.snv'].map((m) => members[m] ?? ''),
      },
    );
    expect(meeting.heldOn).toBe('2026-03-02');
    for (const n of [first, second])
      expect(
        await vote(api, meeting.id, n.id, { 'giamdoc.snv': 'approve', 'hoidong1.snv': 'approve' }),
      ).toEqual([201, 201]);
    expect(await vote(api, meeting.id, first.id, { 'hoidong2.snv': 'approve' })).toEqual([201]);
    const marker = `REMIND#MEET#${meeting.id}#`;

    // Not on the day of the meeting itself.
    setTime('2026-03-02', '16:00');
    await b.tick();
    expect(await emailsWith(marker)).toEqual([]);

    setTime('2026-03-03');
    await b.tick();
    setTime('2026-03-03', '15:00');
    await b.tick();

    const emails = await emailsWith(marker);
    expect(recipients(emails)).toEqual([inbox('hoidong2.snv'), inbox('hoidong3.snv')]);
    const toSecond = emails.find((e) => e.destination.to.includes(inbox('hoidong2.snv')));
    const toThird = emails.find((e) => e.destination.to.includes(inbox('hoidong3.snv')));
    expect(toSecond?.subject).toBe('[TĐKT] Nhắc bỏ phiếu: phiên họp Hội đồng ngày 02/03/2026');
    expect(toSecond?.body.text).toContain('còn 1 đề nghị đồng chí chưa bỏ phiếu');
    expect(toSecond?.body.text).toContain('Lê Thứ Hai');
    expect(toSecond?.body.text).not.toContain('Võ Thứ Nhất');
    expect(toThird?.body.text).toContain('còn 2 đề nghị đồng chí chưa bỏ phiếu');

    // A weekend is no working day: nothing on Saturday 07/03; the next reminder is Monday's.
    setTime('2026-03-07');
    await b.tick();
    expect(await emailsWith(marker)).toHaveLength(2);
    setTime('2026-03-09');
    await b.tick();
    expect(await emailsWith(`${marker}2026-03-09#`)).toHaveLength(2);
  });
});
