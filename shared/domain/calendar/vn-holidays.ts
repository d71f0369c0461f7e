/**
 * Days off for Vietnamese state agencies (cán bộ, công chức, viên chức), 2024–2027, as data.
 *
 * The statutory holidays are those of Điều 112 Bộ luật Lao động 2019: Tết Dương lịch (1/1),
 * Tết Âm lịch (5 days), Giỗ Tổ Hùng Vương (10/3 âm lịch), 30/4, 1/5, Quốc khánh (2/9 and one day
 * before or after). A holiday falling on a weekend is given back on the next working day
 * (nghỉ bù), and each year the Ministry (Bộ LĐ-TB&XH, from 2025 Bộ Nội vụ) announces the exact
 * days, sometimes swapping a weekday for a Saturday worked later (hoán đổi, làm bù).
 *
 * Only weekdays are listed (weekends are never working days unless in `WORKING_SATURDAYS`).
 * `status` says how sure the entry is:
 * - `official`: the announced schedule, as reported by the press at the time;
 * - `statutory`: follows from the law alone (a fixed date on a weekday, a weekend substitute);
 * - `unconfirmed`: expected or proposed, not verified against an announcement: check and edit
 *   this file when the year's schedule is published. Sources are in docs/notifications.md.
 */

export type HolidayStatus = 'official' | 'statutory' | 'unconfirmed';

export interface DayOff {
  /** yyyy-mm-dd, a weekday. */
  readonly date: string;
  readonly name: string;
  readonly status: HolidayStatus;
}

export interface WorkingSaturday {
  readonly date: string;
  /** The weekday it pays back. */
  readonly repays: string;
  readonly status: HolidayStatus;
}

const day = (date: string, name: string, status: HolidayStatus): DayOff => ({ date, name, status });
const tet = (dates: readonly string[], status: HolidayStatus, year: number): DayOff[] =>
  dates.map((date) => day(date, `Tết Âm lịch ${year}`, status));

export const VN_DAYS_OFF: readonly DayOff[] = [
  // 2024 (Thông báo 6150/TB-LĐTBXH): Tết 08/02–14/02; 30/4 bridge with 29/4 swapped for Sat 04/05.
  day('2024-01-01', 'Tết Dương lịch', 'official'),
  ...tet(['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'], 'official', 2024),
  day('2024-04-18', 'Giỗ Tổ Hùng Vương', 'official'),
  day('2024-04-29', 'Nghỉ hoán đổi (làm bù thứ Bảy 04/05)', 'official'),
  day('2024-04-30', 'Ngày Chiến thắng', 'official'),
  day('2024-05-01', 'Ngày Quốc tế Lao động', 'official'),
  day('2024-09-02', 'Quốc khánh', 'official'),
  day('2024-09-03', 'Quốc khánh (ngày liền kề)', 'official'),

  // 2025: Tết 25/01–02/02 (five weekdays 27–31/01); 02/05 swapped for Sat 26/04.
  day('2025-01-01', 'Tết Dương lịch', 'official'),
  ...tet(['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'], 'official', 2025),
  day('2025-04-07', 'Giỗ Tổ Hùng Vương', 'official'),
  day('2025-04-30', 'Ngày Chiến thắng', 'official'),
  day('2025-05-01', 'Ngày Quốc tế Lao động', 'official'),
  day('2025-05-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04)', 'official'),
  day('2025-09-01', 'Quốc khánh (ngày liền kề)', 'official'),
  day('2025-09-02', 'Quốc khánh', 'official'),

  // 2026: Tết 14/02–22/02 (five weekdays 16–20/02); Giỗ Tổ on Sunday 26/04, given back Monday 27/04.
  day('2026-01-01', 'Tết Dương lịch', 'official'),
  day('2026-01-02', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01)', 'unconfirmed'),
  ...tet(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'], 'official', 2026),
  day('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)', 'statutory'),
  day('2026-04-30', 'Ngày Chiến thắng', 'statutory'),
  day('2026-05-01', 'Ngày Quốc tế Lao động', 'statutory'),
  day('2026-09-01', 'Quốc khánh (ngày liền kề)', 'unconfirmed'),
  day('2026-09-02', 'Quốc khánh', 'statutory'),
  day('2026-11-24', 'Ngày Văn hóa Việt Nam', 'unconfirmed'),

  // 2027: nothing announced yet. Tết (mùng 1 = Saturday 06/02) assumed as five weekdays around it.
  day('2027-01-01', 'Tết Dương lịch', 'statutory'),
  ...tet(['2027-02-04', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10'], 'unconfirmed', 2027),
  day('2027-04-16', 'Giỗ Tổ Hùng Vương', 'unconfirmed'),
  day('2027-04-30', 'Ngày Chiến thắng', 'statutory'),
  day('2027-05-03', 'Nghỉ bù Quốc tế Lao động (01/05 là thứ Bảy)', 'statutory'),
  day('2027-09-02', 'Quốc khánh', 'statutory'),
  day('2027-09-03', 'Quốc khánh (ngày liền kề)', 'unconfirmed'),
  day('2027-11-24', 'Ngày Văn hóa Việt Nam', 'unconfirmed'),
];

/** Saturdays worked to pay back a swapped weekday: working days despite the weekend. */
export const VN_WORKING_SATURDAYS: readonly WorkingSaturday[] = [
  { date: '2024-05-04', repays: '2024-04-29', status: 'official' },
  { date: '2025-04-26', repays: '2025-05-02', status: 'official' },
  { date: '2026-01-10', repays: '2026-01-02', status: 'unconfirmed' },
];

/** The years the data covers; outside them only weekends are known, and callers are told so. */
export const VN_CALENDAR_YEARS = { first: 2024, last: 2027 } as const;
