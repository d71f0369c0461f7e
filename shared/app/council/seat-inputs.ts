/** Bodies of the council-seat routes (admin). */
import * as z from 'zod/mini';
import { isoDate } from '../../domain/forms/date';
import { LIMITS } from '../../domain/forms/limits';
import { identifier, singleLineText } from '../../domain/forms/text';
import { COUNCIL_SEATS } from '../../store/ports/council-repositories';
import { notEmpty } from '../directory/contact-emails';

const seat = z.enum(COUNCIL_SEATS, {
  error: 'Vị trí trong Hội đồng phải là chủ tịch, phó chủ tịch, thư ký hoặc ủy viên.',
});
const position = singleLineText(LIMITS.position);

export const NewSeatSchema = z.strictObject({
  /** The user (Cognito `sub`) who takes the seat. */
  userId: identifier(LIMITS.id),
  seat,
  /** Their office as the council's decision lists it ("Phó Giám đốc Sở"). */
  position: z.optional(position),
  /** The unit they belong to, for recusal; defaults to the user's own unit. */
  unitId: z.optional(identifier(LIMITS.id)),
  /** First day in office (the date of the decision that seats them, or later). */
  from: isoDate,
  until: z.optional(isoDate),
});
export type NewSeatInput = z.output<typeof NewSeatSchema>;

export const SeatChangesSchema = z
  .strictObject({
    seat: z.optional(seat),
    position: z.optional(z.nullable(position)),
    unitId: z.optional(z.nullable(identifier(LIMITS.id))),
    from: z.optional(isoDate),
    /** Last day in office (unseating); `null` seats them again with no end. */
    until: z.optional(z.nullable(isoDate)),
  })
  .check(notEmpty());
export type SeatChangesInput = z.output<typeof SeatChangesSchema>;
