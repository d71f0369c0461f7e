/** A seat's term of office (nhiệm kỳ): both days inclusive, yyyy-mm-dd; absent ends are open. */
export interface SeatTerm {
  readonly from?: string;
  readonly until?: string;
}

/**
 * Whether the seat is held on `date` (yyyy-mm-dd): only seats in force on a meeting's date count
 * toward its quorum and its "tổng số thành viên", and only they vote.
 */
export const inForceOn = (term: SeatTerm, date: string): boolean =>
  (term.from === undefined || term.from <= date) && (term.until === undefined || date <= term.until);

/** A term must not end before it starts. */
export const isValidTerm = (term: SeatTerm): boolean =>
  term.from === undefined || term.until === undefined || term.from <= term.until;
