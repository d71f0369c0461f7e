/**
 * The demo councils. The provincial council (under `org-ubnd`): the Chủ tịch UBND tỉnh chairs it,
 * the Ban TĐKT's officer is its standing secretary (no vote), a Phó Chủ tịch and two members vote:
 * four votes, so a 90 % secret ballot passes only unanimously.
 *
 * The demo Sở Nội vụ's Hội đồng Thi đua – Khen thưởng: the Giám đốc chairs it, the secretary keeps
 * the minutes (no vote), three members sit for their units (so recusal shows: hoidong1 is in the
 * Văn phòng Sở and steps aside on its nominees). Seats are keyed by the user's Cognito `sub`,
 * looked up at seed time from the user's e-mail, because that is the `userId` of their token.
 */
import type { CouncilSeat } from '../../shared/store';

export interface DemoCouncilSeat {
  /** Local part of the demo user's e-mail (see DEMO_USERS). */
  readonly user: string;
  readonly seat: CouncilSeat;
  readonly position: string;
  readonly unitId?: string;
}

export const DEMO_COUNCILS: readonly {
  readonly organisationId: string;
  readonly seats: readonly DemoCouncilSeat[];
}[] = [
  {
    organisationId: 'org-snv',
    seats: [
      { user: 'giamdoc.snv', seat: 'chair', position: 'Giám đốc Sở' },
      { user: 'thuky.snv', seat: 'secretary', position: 'Chánh Văn phòng Sở' },
      { user: 'hoidong1.snv', seat: 'member', position: 'Phó Chánh Văn phòng', unitId: 'unit-snv-vp' },
      {
        user: 'hoidong2.snv',
        seat: 'member',
        position: 'Trưởng phòng Công chức, viên chức',
        unitId: 'unit-snv-ccvc',
      },
      {
        user: 'hoidong3.snv',
        seat: 'member',
        position: 'Trưởng phòng Tổ chức, biên chế',
        unitId: 'unit-snv-tcbc',
      },
    ],
  },
  {
    organisationId: 'org-ubnd',
    seats: [
      { user: 'chutich.tinh', seat: 'chair', position: 'Chủ tịch UBND tỉnh' },
      { user: 'chuyenvien.tinh', seat: 'secretary', position: 'Chuyên viên Ban Thi đua – Khen thưởng' },
      { user: 'phochutich.tinh', seat: 'vice_chair', position: 'Phó Chủ tịch UBND tỉnh' },
      { user: 'hoidong1.tinh', seat: 'member', position: 'Giám đốc Sở Tư pháp' },
      { user: 'hoidong2.tinh', seat: 'member', position: 'Chủ tịch Liên đoàn Lao động tỉnh' },
    ],
  },
];
