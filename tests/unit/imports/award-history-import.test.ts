import { describe, expect, it } from 'vitest';
import {
  AWARD_HISTORY_FIELDS,
  AWARD_HISTORY_HEADERS,
  checkAwardHistoryRows,
  guessMapping,
  type ImportDirectory,
} from '../../../shared/domain/imports/award-history-import';
import { cellDate } from '../../../shared/domain/imports/cells';

const directory: ImportDirectory = {
  units: [
    { id: 'u-vp', name: 'Văn phòng Sở' },
    { id: 'u-tc', name: 'Phòng Tổ chức cán bộ' },
  ],
  persons: [
    { id: 'p-1', fullName: 'Nguyễn Thị Hoa', unitId: 'u-vp' },
    { id: 'p-2', fullName: 'Trần Văn Nam', unitId: 'u-tc' },
    { id: 'p-3', fullName: 'Trần Văn Nam', unitId: 'u-tc' },
  ],
};
const TEMPLATE = AWARD_HISTORY_FIELDS.map((f) => AWARD_HISTORY_HEADERS[f]);
const mapping = guessMapping(TEMPLATE);
/** A row in the template's order. */
const row = (over: Partial<Record<(typeof AWARD_HISTORY_FIELDS)[number], string | number | null>> = {}) => {
  const values = {
    fullName: 'Nguyen Thi Hoa',
    unitName: 'văn phòng sở',
    year: 2023,
    award: 'Chiến sĩ thi đua cơ sở',
    track: null,
    decisionNumber: '12/QĐ-SNV',
    decidedOn: '20/12/2023',
    issuer: 'Giám đốc Sở Nội vụ',
    ...over,
  };
  return AWARD_HISTORY_FIELDS.map((f) => values[f]);
};
const check = (...rows: ReturnType<typeof row>[]) =>
  checkAwardHistoryRows(rows, mapping, directory, TEMPLATE);
const messages = (result: ReturnType<typeof check>[number]) =>
  result.ok ? [] : result.issues.map((i) => `${i.column}: ${i.message}`);

describe('the columns of an award-history file', () => {
  it('reads the template, and a file with its own order and its own words', () => {
    expect(mapping).toEqual({
      fullName: 0,
      unitName: 1,
      year: 2,
      award: 3,
      track: 4,
      decisionNumber: 5,
      decidedOn: 6,
      issuer: 7,
    });
    expect(guessMapping(['STT', 'Số QĐ', 'Ngày QĐ', 'Họ tên', 'Đơn vị', 'Năm', 'Danh hiệu'])).toEqual({
      decisionNumber: 1,
      decidedOn: 2,
      fullName: 3,
      unitName: 4,
      year: 5,
      award: 6,
    });
  });
});

describe('checking the rows before anything is written', () => {
  it('finds the person by name within the unit, accents and case aside, and reads dd/mm/yyyy', () => {
    const [result] = check(row());
    expect(result).toEqual({
      row: 2,
      ok: true,
      entry: {
        holder: { kind: 'person', id: 'p-1' },
        holderName: 'Nguyễn Thị Hoa',
        unitId: 'u-vp',
        year: 2023,
        awardCode: 'CSTDCS',
        track: 'annual',
        decisionNumber: '12/QĐ-SNV',
        decidedOn: '2023-12-20',
        issuer: 'Giám đốc Sở Nội vụ',
      },
    });
  });

  it('matches text typed decomposed (NFD) as the same name, and keeps it composed', () => {
    const [result] = check(
      row({ fullName: 'Nguyễn Thị Hoa'.normalize('NFD'), issuer: 'Giám đốc Sở'.normalize('NFD') }),
    );
    expect(result).toMatchObject({
      ok: true,
      entry: { holderName: 'Nguyễn Thị Hoa', issuer: 'Giám đốc Sở' },
    });
    expect(result?.ok && result.entry.issuer === 'Giám đốc Sở'.normalize('NFC')).toBe(true);
  });

  it("takes a row without a name as the unit's own (a collective's) award", () => {
    const [result] = check(row({ fullName: null, award: 'Tập thể lao động tiên tiến' }));
    expect(result).toMatchObject({
      ok: true,
      entry: { holder: { kind: 'unit', id: 'u-vp' }, awardCode: 'TTLDTT' },
    });
  });

  it('names the row and the column of each error, in Vietnamese', () => {
    const [unknownUnit, unknownAward, badDate, early] = check(
      row({ unitName: 'Phòng Không Có' }),
      row({ award: 'Chiến sỹ thi đua cơ sở.' }),
      row({ decidedOn: '31/02/2024' }),
      row({ decidedOn: '15/12/2022' }),
    );
    expect(messages(unknownUnit!)).toEqual([
      'Phòng, ban, đơn vị: Không có đơn vị “Phòng Không Có” trong danh mục của cơ quan.',
    ]);
    expect(messages(unknownAward!)).toEqual([
      'Danh hiệu, hình thức khen thưởng: Không nhận ra “Chiến sỹ thi đua cơ sở.”; có phải “Chiến sĩ thi đua cơ sở”?',
    ]);
    expect(badDate).toMatchObject({ row: 4, ok: false });
    expect(messages(badDate!)).toEqual([
      'Ngày quyết định (dd/mm/yyyy): Ngày quyết định không đúng dạng dd/mm/yyyy hoặc không tồn tại.',
    ]);
    expect(messages(early!)).toEqual([
      'Ngày quyết định (dd/mm/yyyy): Ngày quyết định không thể trước năm thành tích.',
    ]);
  });

  it('never chooses silently between two people of one name in one unit', () => {
    const [result] = check(row({ fullName: 'Trần Văn Nam', unitName: 'Phòng Tổ chức cán bộ' }));
    expect(messages(result!)).toEqual([
      'Họ và tên (để trống nếu là khen thưởng của tập thể): Phòng Tổ chức cán bộ có 2 cán bộ cùng tên “Trần Văn Nam”; hãy ghi khen thưởng này trên màn hình của từng người.',
    ]);
  });

  it('refuses a row repeated in the file, naming the first', () => {
    const [, second] = check(row(), row({ fullName: 'NGUYỄN THỊ HOA' }));
    expect(messages(second!)).toEqual([': Trùng với dòng 2.']);
  });

  it('refuses an award the holder cannot receive', () => {
    const [person, unit] = check(
      row({ award: 'Tập thể lao động xuất sắc' }),
      row({ fullName: null, award: 'Lao động tiên tiến' }),
    );
    expect(messages(person!)).toEqual([
      'Danh hiệu, hình thức khen thưởng: “Tập thể lao động xuất sắc” chỉ dành cho tập thể.',
    ]);
    expect(messages(unit!)).toEqual([
      'Danh hiệu, hình thức khen thưởng: “Lao động tiên tiến” chỉ dành cho cá nhân; ghi họ tên người được khen.',
    ]);
  });
});

describe('date cells', () => {
  it("reads Excel's day numbers, ISO dates and Vietnamese dates; refuses days that do not exist", () => {
    expect(cellDate(45280)).toBe('2023-12-20');
    expect(cellDate('2023-12-20')).toBe('2023-12-20');
    expect(cellDate('5.1.2024')).toBe('2024-01-05');
    expect(cellDate('29/02/2023')).toBeUndefined();
    expect(cellDate('tháng 12')).toBeUndefined();
  });
});

describe('rows named as the sheet numbers them', () => {
  it('skips blank rows without shifting the numbers of the rows after them', () => {
    const blank = row({
      fullName: null,
      unitName: null,
      year: null,
      award: null,
      decisionNumber: null,
      decidedOn: null,
      issuer: null,
    });
    const results = checkAwardHistoryRows(
      [row(), blank, row({ unitName: 'Phòng Không Có' })],
      mapping,
      directory,
      TEMPLATE,
      5,
    );
    expect(results.map((r) => [r.row, r.ok])).toEqual([
      [5, true],
      [7, false],
    ]);
  });
});
