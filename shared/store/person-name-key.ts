/**
 * Search keys of a person's name. Vietnamese names are typed with and without diacritics, in NFC
 * or NFD, in any case; a search must find "Nguyễn Thị Hồng Nhung" from "nguyen thi" and from
 * "Nhung". DynamoDB can only match a key prefix, so a name is indexed twice: in its written order
 * (family name first, for "Nguyễn Thị…") and with its words reversed (given name first, for
 * "Nhung" or "Hồng Nhung"), which is also the order Vietnamese lists sort by.
 */
import { fold } from '../domain/imports/fold';

/** Lower case, no diacritics (đ → d), letters and digits only, words separated by one space. */
export const normaliseName = fold;

/** The name's words from the last (the given name, tên) to the first (the family name, họ). */
export function reversedNameKey(value: string): string {
  return normaliseName(value).split(' ').reverse().join(' ');
}
