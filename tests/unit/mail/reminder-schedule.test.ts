import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SCHEDULE, reminderSchedule } from '../../../shared/mail/reminders/schedule';

describe('the reminder schedule', () => {
  it('defaults to 5 and 1 working days before a deadline, the secretariat and the director at the Sở', () => {
    expect(reminderSchedule()).toEqual(DEFAULT_REMINDER_SCHEDULE);
    expect(reminderSchedule('')).toEqual({
      deadlineReminderDays: [5, 1],
      meetingVoteReminders: true,
      escalation: {
        department_review: ['secretariat', 'director'],
        province_review: ['province_officers'],
      },
    });
  });

  it('takes any subset as JSON and keeps the defaults for the rest; days largest first, once each', () => {
    expect(
      reminderSchedule(
        '{"deadlineReminderDays":[1,10,3,3],"escalation":{"province_review":["province_officers","director"]}}',
      ),
    ).toEqual({
      deadlineReminderDays: [10, 3, 1],
      meetingVoteReminders: true,
      escalation: {
        department_review: ['secretariat', 'director'],
        province_review: ['province_officers', 'director'],
      },
    });
    expect(reminderSchedule({ meetingVoteReminders: false }).meetingVoteReminders).toBe(false);
  });

  it('refuses what it does not understand, naming the field', () => {
    expect(() => reminderSchedule('{"deadlineReminderDays":[2.5]}')).toThrow(/deadlineReminderDays\.0/);
    expect(() => reminderSchedule({ escalation: { department_review: [] } })).toThrow(
      /escalation\.department_review: Cần ít nhất một người nhận/,
    );
    expect(() => reminderSchedule({ escalation: { department_review: ['mayor'] } })).toThrow(/secretariat/);
    expect(() => reminderSchedule({ remindDays: [3] })).toThrow(/invalid reminder schedule/);
    expect(() => reminderSchedule('{not json')).toThrow(/not JSON/);
  });
});
