/** Contact addresses of an organisation or a unit, and the rule every update body shares. */
import * as z from 'zod/mini';
import { LIMITS } from '../../domain/forms/limits';

/** At most this many contact addresses on an organisation or a unit. */
export const MAX_CONTACT_EMAILS = 10;

/**
 * Where notices to an organisation or a unit go: valid addresses, NFC, lower-cased, without
 * duplicates; an empty list removes them all (notices then go nowhere and are marked skipped).
 */
export const ContactEmailsSchema = z.pipe(
  z
    .array(
      z.pipe(
        z
          .string({ error: 'Địa chỉ thư điện tử phải là chuỗi ký tự.' })
          .check(
            z.trim(),
            z.normalize('NFC'),
            z.toLowerCase(),
            z.maxLength(LIMITS.email, { error: `Địa chỉ thư điện tử dài tối đa ${LIMITS.email} ký tự.` }),
          ),
        z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' }),
      ),
      { error: 'Danh sách địa chỉ thư điện tử không hợp lệ.' },
    )
    .check(z.maxLength(MAX_CONTACT_EMAILS, { error: `Tối đa ${MAX_CONTACT_EMAILS} địa chỉ thư điện tử.` })),
  z.transform((addresses: string[]) => [...new Set(addresses)]),
);

/** An update must change something: an empty body is refused, not answered with a no-op. */
/* @__NO_SIDE_EFFECTS__ */
export const notEmpty = <T extends object>() =>
  z.refine<T>((changes) => Object.keys(changes).length > 0, {
    message: 'Cần ít nhất một trường để cập nhật.',
  });
