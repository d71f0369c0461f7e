import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  stepClock,
  timeliness,
  VN_CALENDAR,
  VN_DAYS_OFF,
  workingDaysBetween,
} from '../../../shared/domain/calendar';

/** 08:00 in Vietnam on a day, as the audit trail stores it (UTC). */
const at = (date: string) => `${date}T01:00:00.000Z`;

describe('the Vietnamese working calendar', () => {
  it('knows the five weekdays of Tết 2026 and the weekends around them as days off', () => {
    for (const day of ['2026-02-14', '2026-02-15', '2026-02-16', '2026-02-20', '2026-02-22'])
      expect(VN_CALENDAR.isWorkingDay(day), day).toBe(false);
    expect(VN_CALENDAR.isWorkingDay('2026-02-13')).toBe(true);
    expect(VN_CALENDAR.isWorkingDay('2026-02-23')).toBe(true);
  });

  it('counts a Saturday worked in exchange as a working day and the swapped weekday as off', () => {
    expect(VN_CALENDAR.isWorkingDay('2025-04-26')).toBe(true);
    expect(VN_CALENDAR.isWorkingDay('2025-05-02')).toBe(false);
  });

  it('gives back Giỗ Tổ 2026, which falls on a Sunday, on Monday 27/04', () => {
    expect(VN_CALENDAR.isWorkingDay('2026-04-27')).toBe(false);
    expect(VN_CALENDAR.holidayName('2026-04-27')).toContain('Giỗ Tổ');
  });

  it('lists only weekdays as days off', () => {
    const weekend = VN_DAYS_OFF.filter((d) => [0, 6].includes(new Date(`${d.date}T00:00:00Z`).getUTCDay()));
    expect(weekend).toEqual([]);
  });
});

describe('working-day arithmetic', () => {
  it('steps over Tết and a weekend: 3 working days from Thursday 12/02/2026 end on Tuesday 24/02', () => {
    // Fri 13/02 is day 1; 14–22/02 is Tết with its weekends; Mon 23/02 day 2, Tue 24/02 day 3.
    expect(addWorkingDays('2026-02-12', 3)).toBe('2026-02-24');
    expect(workingDaysBetween('2026-02-12', '2026-02-24')).toBe(3);
  });

  it('counts nothing for a stretch that is all holiday and weekend', () => {
    expect(workingDaysBetween('2026-02-13', '2026-02-22')).toBe(0);
  });

  it('makes a 25-working-day limit from 05/02/2026 fall due on 19/03/2026, Tết excluded', () => {
    expect(addWorkingDays('2026-02-05', 25)).toBe('2026-03-19');
  });
});

describe('the clock of a step', () => {
  it('runs from submission, pauses while the dossier is back with the unit, and resumes on resubmission', () => {
    const changes = [
      { at: at('2026-02-10'), from: 'draft', to: 'submitted' },
      { at: at('2026-02-12'), from: 'submitted', to: 'returned' },
      { at: at('2026-03-02'), from: 'returned', to: 'submitted' },
      { at: at('2026-03-04'), from: 'submitted', to: 'accepted' },
    ];
    const clock = stepClock('department_review', changes, at('2026-03-06'), 5);
    // 11/02 and 12/02 (2 days), paused 12/02–02/03 (Tết inside), then 03/03–06/03 (4 days).
    expect(clock?.usedWorkingDays).toBe(6);
    expect(clock?.status).toBe('running');
    expect(clock?.late).toBe(true);
  });

  it('does not count the days a dossier spent with the unit, however long', () => {
    const changes = [
      { at: at('2026-01-05'), from: 'draft', to: 'submitted' },
      { at: at('2026-01-06'), from: 'submitted', to: 'returned' },
    ];
    const clock = stepClock('department_review', changes, at('2026-03-31'), 10);
    expect(clock).toMatchObject({ status: 'paused', usedWorkingDays: 1, late: false });
  });

  it('gives a running step its due date, pauses accounted for', () => {
    const changes = [{ at: at('2026-02-11'), from: 'council_passed', to: 'forwarded' }];
    const clock = stepClock('province_review', changes, at('2026-02-12'), 3);
    // Used 1 (12/02); 2 left: 13/02, then Tết, then 23/02.
    expect(clock).toMatchObject({ usedWorkingDays: 1, dueOn: '2026-02-23', late: false });
  });

  it('stops at the decision and counts finished steps on time or late for the secretariat', () => {
    const onTime = stepClock(
      'province_review',
      [
        { at: at('2026-03-02'), from: 'council_passed', to: 'forwarded' },
        { at: at('2026-03-05'), from: 'province_approved', to: 'decided_by_province' },
      ],
      at('2026-06-01'),
      25,
    );
    const late = stepClock(
      'province_review',
      [
        { at: at('2026-01-05'), from: 'council_passed', to: 'forwarded' },
        { at: at('2026-03-05'), from: 'province_approved', to: 'decided_by_province' },
      ],
      at('2026-06-01'),
      25,
    );
    expect(onTime).toMatchObject({ status: 'done', usedWorkingDays: 3, late: false });
    expect(late?.late).toBe(true);
    expect(timeliness([onTime, late, undefined])).toEqual([
      { step: 'province_review', onTime: 1, late: 1, pending: 0, overdue: 0 },
    ]);
  });
});
