/**
 * Place and date of an administrative document as Nghị định 30/2020/NĐ-CP (Phụ lục I, mục II.5)
 * writes them: days below 10 and months below 3 take a leading zero ("ngày 05 tháng 01",
 * "ngày 01 tháng 02"), every other day and month is written as is ("ngày 15 tháng 3").
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date part, e.g. `ngày 05 tháng 01 năm 2026`, `ngày 15 tháng 3 năm 2026`. */
export function documentDate(isoDate: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Ngày không hợp lệ: "${isoDate}" (cần yyyy-mm-dd).`);
  const [, year, mm, dd] = match as unknown as [string, string, string, string];
  const day = Number(dd);
  const month = Number(mm);
  if (month < 1 || month > 12 || day < 1 || day > 31) {
    throw new RangeError(`Ngày không hợp lệ: "${isoDate}".`);
  }
  const dayText = day < 10 ? `0${day}` : String(day);
  const monthText = month < 3 ? `0${month}` : String(month);
  return `ngày ${dayText} tháng ${monthText} năm ${year}`;
}

/** The whole line under the motto, e.g. `Hà Tĩnh, ngày 05 tháng 01 năm 2026`. */
export function placeDateLine(place: string, isoDate: string): string {
  return `${place.trim()}, ${documentDate(isoDate)}`.normalize('NFC');
}
