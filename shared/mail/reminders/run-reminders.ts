/**
 * The scheduled reminder (EventBridge Scheduler in AWS, a tick locally): deadline reminders to
 * units, reminders to council members who have not voted in an open meeting, escalation of
 * nominations waiting beyond a step's time limit, and the sweep of stale mail claims. Each
 * reminder is a message with its own exactly-once key, so a tick run twice mails nothing twice.
 */
import type { AppPorts } from '../../app/ports';
import { VN_CALENDAR, type WorkingCalendar, workingDaysBetween } from '../../domain/calendar';
import { DEFAULT_CATALOG } from '../../domain/rules/catalog';
import type { AwardCode } from '../../domain/vocabulary';
import { vietnamDate } from '../../domain/workflow/guards';
import { VOTING_SEATS } from '../../store';
import { allPages } from '../../store/all-pages';
import { viDate } from '../html';
import { nominationLink, type OutgoingMail } from '../message';
import { deliver, type NotifierDeps } from '../notifier';
import { sweepStaleClaims } from '../sweep';
import { renderSimpleNotice } from '../templates/simple-notice';
import { DEFAULT_REMINDER_SCHEDULE, type EscalationRecipient, type ReminderSchedule } from './schedule';
import { waitingNominations } from './step-clocks';

export type ReminderPorts = Pick<
  AppPorts,
  'organisations' | 'campaigns' | 'councils' | 'nominations' | 'ruleOverrides'
>;

export interface ReminderOptions {
  /** When to remind and whom to escalate to (`reminderSchedule()`; the defaults when absent). */
  readonly schedule?: ReminderSchedule;
  readonly calendar?: WorkingCalendar;
}

export interface ReminderOutcome {
  deadlineReminders: number;
  meetingReminders: number;
  escalations: number;
  resent: number;
  failures: string[];
}

const unique = (xs: readonly string[]) => [...new Set(xs.map((x) => x.trim().toLowerCase()).filter(Boolean))];
const awardName = (code: string) => DEFAULT_CATALOG[code as AwardCode]?.name ?? code;
const greetingOf = (who: EscalationRecipient, organisationName: string): string =>
  who === 'province_officers'
    ? 'Ban Thi đua – Khen thưởng tỉnh'
    : who === 'director'
      ? `Giám đốc, Chủ tịch Hội đồng TĐKT ${organisationName}`
      : `Thường trực Hội đồng TĐKT ${organisationName}`;

export async function runReminders(
  ports: ReminderPorts,
  deps: NotifierDeps,
  { schedule = DEFAULT_REMINDER_SCHEDULE, calendar = VN_CALENDAR }: ReminderOptions = {},
): Promise<ReminderOutcome> {
  const at = deps.clock.now().toISOString();
  const today = vietnamDate(at);
  const outcome: ReminderOutcome = {
    deadlineReminders: 0,
    meetingReminders: 0,
    escalations: 0,
    resent: 0,
    failures: [],
  };
  const send = async (
    mail: OutgoingMail,
    counter: 'deadlineReminders' | 'meetingReminders' | 'escalations',
  ) => {
    try {
      if ((await deliver(mail, deps)) === 'sent') outcome[counter]++;
    } catch (error) {
      outcome.failures.push(`${mail.key}: ${(error as Error).message}`);
    }
  };
  const organisations = await allPages((page) => ports.organisations.listOrganisations(page));
  const provinceInbox = unique(
    organisations.filter((o) => o.level === 'province').flatMap((o) => o.contactEmails ?? []),
  );
  const unitsOf = async (organisationId: string) =>
    allPages((page) => ports.organisations.listUnits(organisationId, page));

  // Deadline reminders: the units a campaign addresses (a province-level campaign: every unit).
  if (calendar.isWorkingDay(today)) {
    for (const organisation of organisations) {
      const campaigns = await allPages((page) =>
        ports.campaigns.listByOrganisation(organisation.id, { ...page, status: 'published' }),
      );
      for (const campaign of campaigns) {
        const deadline = campaign.details.nominationDeadline;
        if (typeof deadline !== 'string' || deadline < today) continue;
        const left = workingDaysBetween(today, deadline, calendar);
        // The closest threshold not yet passed: once per threshold (its key), even if a tick was missed.
        const due = schedule.deadlineReminderDays.filter((d) => left <= d);
        if (due.length === 0) continue;
        const threshold = Math.min(...due);
        const scope =
          organisation.level === 'province'
            ? (await Promise.all(organisations.map((o) => unitsOf(o.id)))).flat()
            : await unitsOf(organisation.id);
        for (const unit of scope) {
          const key = `REMIND#CAMP#${campaign.id}#${deadline}#${threshold}#UNIT#${unit.id}`;
          const rendered = renderSimpleNotice({
            subject: `[TĐKT] Nhắc hạn gửi hồ sơ đề nghị khen thưởng: ${campaign.title} (hạn ${viDate(deadline)})`,
            heading: 'Nhắc hạn gửi hồ sơ đề nghị khen thưởng',
            greeting: `Kính gửi: ${unit.name}`,
            paragraphs: [
              `Phong trào thi đua "${campaign.title}" nhận hồ sơ đề nghị khen thưởng đến hết ngày ${viDate(deadline)}, còn ${left} ngày làm việc.`,
              'Đề nghị đơn vị hoàn thiện và gửi hồ sơ trên hệ thống trước thời hạn.',
            ],
            lines: [],
            reference: key,
          });
          await send({ key, to: unique(unit.contactEmails ?? []), cc: [], ...rendered }, 'deadlineReminders');
        }
      }
    }
  }

  for (const organisation of organisations) {
    // Council members who have not voted on every item of a meeting opened before today.
    const meetings = (await allPages((page) => ports.councils.listMeetings(organisation.id, page))).filter(
      (m) => m.status === 'open' && m.heldOn < today,
    );
    if (schedule.meetingVoteReminders && meetings.length > 0 && calendar.isWorkingDay(today)) {
      const seats = new Map((await ports.councils.listMembers(organisation.id)).map((s) => [s.memberId, s]));
      for (const meeting of meetings) {
        const voted = new Map<string, Set<string>>();
        for (const item of meeting.agenda) {
          const votes = await allPages((page) => ports.nominations.listVotes(item.nominationId, page));
          voted.set(item.nominationId, new Set(votes.map((v) => v.memberId)));
        }
        for (const memberId of meeting.present) {
          const seat = seats.get(memberId);
          if (!seat || !VOTING_SEATS.includes(seat.seat)) continue;
          const pending = meeting.agenda.filter(
            (a) => !a.recused.includes(memberId) && !voted.get(a.nominationId)?.has(memberId),
          );
          if (pending.length === 0) continue;
          const key = `REMIND#MEET#${meeting.id}#${today}#${memberId}`;
          const rendered = renderSimpleNotice({
            subject: `[TĐKT] Nhắc bỏ phiếu: phiên họp Hội đồng ngày ${viDate(meeting.heldOn)}`,
            heading: 'Nhắc bỏ phiếu',
            greeting: `Kính gửi: ${seat.name}`,
            paragraphs: [
              `Phiên họp ngày ${viDate(meeting.heldOn)} còn ${pending.length} đề nghị đồng chí chưa bỏ phiếu.`,
            ],
            lines: pending.map((a) => ({
              text: `${a.nomineeName}: ${awardName(a.awardCode)}`,
              href: nominationLink(deps.links, a.nominationId),
            })),
            reference: key,
          });
          await send({ key, to: unique([seat.email]), cc: [], ...rendered }, 'meetingReminders');
        }
      }
    }

    // Escalation: a step's time limit passed (working days, paused while returned).
    const waiting = await waitingNominations(ports, organisation.id, at, calendar).catch((error: unknown) => {
      outcome.failures.push(`escalations of ${organisation.id}: ${(error as Error).message}`);
      return [];
    });
    let directors: string[] | undefined;
    const addressesOf = async (who: EscalationRecipient): Promise<string[]> => {
      if (who === 'province_officers') return provinceInbox;
      if (who === 'secretariat') return unique(organisation.contactEmails ?? []);
      directors ??= unique(
        (await ports.councils.listMembers(organisation.id))
          .filter((s) => s.seat === 'chair')
          .map((s) => s.email),
      );
      return directors;
    };
    for (const { nomination, clock } of waiting) {
      if (!clock.late || clock.status === 'done') continue;
      const key = `ESC#${nomination.id}#${clock.step}`;
      const recipients = schedule.escalation[clock.step];
      const to = unique((await Promise.all(recipients.map(addressesOf))).flat());
      const rendered = renderSimpleNotice({
        subject: `[TĐKT] Hồ sơ quá hạn xử lý: ${nomination.nominee.name} - ${awardName(nomination.awardCode)}`,
        heading: 'Hồ sơ đề nghị khen thưởng quá thời hạn xử lý',
        greeting: `Kính gửi: ${recipients.map((r) => greetingOf(r, organisation.name)).join('; ')}`,
        paragraphs: [
          `Hồ sơ đã dùng ${clock.usedWorkingDays} ngày làm việc, vượt thời hạn ${clock.limitWorkingDays} ngày làm việc (tính từ ngày ${viDate(clock.startedOn)}, không tính thời gian hồ sơ được trả lại để bổ sung).`,
        ],
        lines: [
          {
            text: `${nomination.nominee.name}: ${awardName(nomination.awardCode)}`,
            href: nominationLink(deps.links, nomination.id),
          },
        ],
        reference: key,
      });
      await send({ key, to, cc: [], ...rendered }, 'escalations');
    }
  }

  const swept = await sweepStaleClaims(deps);
  outcome.resent = swept.resent;
  return outcome;
}
