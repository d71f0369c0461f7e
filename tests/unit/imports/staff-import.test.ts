import { describe, expect, it } from 'vitest';
import { checkStaffRows, guessStaffMapping } from '../../../shared/domain/imports/staff-import';

const directory = {
  units: [
    { id: 'u-vp', name: 'Văn phòng Sở' },
    { id: 'u-tc', name: 'Phòng Tổ chức cán bộ' },
  ],
  persons: [{ id: 'p-1', fullName: 'Nguyễn Thị Hoa', unitId: 'u-vp' }],
};
const header = ['Họ tên', 'Đơn vị', 'Giới tính', 'Ngày bắt đầu công tác', 'Lãnh đạo'];
const mapping = guessStaffMapping(header);

describe('checking a staff list', () => {
  it('guesses the columns from the file’s own words', () => {
    expect(mapping).toEqual({ fullName: 0, unitName: 1, gender: 2, startedOn: 3, leadership: 4 });
  });

  it('leaves someone already in the unit alone, and shows a namesake of another unit beside the new row', () => {
    const [same, other] = checkStaffRows(
      [
        ['nguyen thi hoa', 'Văn phòng Sở', 'Nữ', '', ''],
        ['Nguyễn Thị Hoa', 'Phòng Tổ chức cán bộ', 'nữ', '01/09/2015', 'x'],
      ],
      mapping,
      directory,
      header,
    );
    expect(same).toEqual({ row: 2, status: 'exists', personId: 'p-1', fullName: 'Nguyễn Thị Hoa' });
    expect(other).toEqual({
      row: 3,
      status: 'new',
      person: {
        fullName: 'Nguyễn Thị Hoa',
        unitId: 'u-tc',
        gender: 'female',
        startedOn: '2015-09-01',
        holdsLeadershipPost: true,
      },
      alsoIn: ['Văn phòng Sở'],
    });
  });

  it('names the row and column of an error, and refuses a row repeated in the file', () => {
    const [bad, first, again] = checkStaffRows(
      [
        ['Trần Văn A', 'Phòng Không Có', 'Khác', '31/02/2020', ''],
        ['Lê Văn B', 'Văn phòng Sở', '', '', ''],
        ['LÊ VĂN B', 'văn phòng sở', '', '', ''],
      ],
      mapping,
      directory,
      header,
    );
    expect(bad).toEqual({
      row: 2,
      status: 'error',
      issues: [
        {
          field: 'unitName',
          column: 'Đơn vị',
          message: 'Không có đơn vị “Phòng Không Có” trong danh mục của cơ quan.',
        },
        { field: 'gender', column: 'Giới tính', message: 'Giới tính ghi “Nam” hoặc “Nữ”.' },
        {
          field: 'startedOn',
          column: 'Ngày bắt đầu công tác',
          message: 'Ngày bắt đầu công tác không đúng dạng dd/mm/yyyy.',
        },
      ],
    });
    expect(first).toMatchObject({ status: 'new' });
    expect(again).toEqual({
      row: 4,
      status: 'error',
      issues: [{ field: 'row', column: '', message: 'Trùng họ tên và đơn vị với dòng 3.' }],
    });
  });
});
