import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../shared/domain/imports/award-history-import';
import { columnLetter, isBlankRow, locateHeader } from '../../../shared/domain/imports/columns';
import { guessStaffMapping } from '../../../shared/domain/imports/staff-import';

describe('the header of a sheet', () => {
  it('is found under the title lines an office puts above it', () => {
    const cells = [
      ['UBND TỈNH QUẢNG TRỊ', null, null],
      ['DANH SÁCH CÁN BỘ', null, null],
      [null, null, null],
      ['STT', 'Họ và tên', 'Phòng, ban'],
      [1, 'Lê Văn A', 'Văn phòng Sở'],
    ];
    expect(locateHeader(cells, guessStaffMapping)).toBe(3);
  });

  it('is the row naming the most fields, the earliest on a tie', () => {
    const cells = [
      ['Họ tên', null, null],
      ['Họ tên', 'Đơn vị', 'Năm'],
      ['Họ tên', 'Đơn vị', 'Năm'],
    ];
    expect(locateHeader(cells, guessMapping)).toBe(1);
  });

  it('is the first row with anything in it when no row names a field', () => {
    expect(locateHeader([[null], [null, ''], ['a', 'b']], guessMapping)).toBe(2);
    expect(locateHeader([], guessMapping)).toBe(0);
  });
});

describe('rows and columns', () => {
  it('knows a blank row, spaces included', () => {
    expect(isBlankRow([null, '  ', ''])).toBe(true);
    expect(isBlankRow([null, 0])).toBe(false);
  });

  it('names columns as Excel does', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});
