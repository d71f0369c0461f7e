/**
 * A unit's staff list from a spreadsheet, checked before anything is written: name, unit,
 * position, gender, start date, email, leadership post. Someone of the same name already in the
 * unit is shown as a match and left alone, never merged silently; someone of the same name in
 * another unit of the organisation is shown beside the new row, for the user to judge.
 */
import { LIMITS } from '../forms/limits';
import { type Cell, cellDate, cellText } from './cells';
import { guessColumns, isBlankRow } from './columns';
import { fold } from './fold';

export const STAFF_FIELDS = [
  'fullName',
  'unitName',
  'position',
  'gender',
  'startedOn',
  'email',
  'leadership',
] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

export const STAFF_HEADERS: Readonly<Record<StaffField, string>> = {
  fullName: 'Họ và tên',
  unitName: 'Phòng, ban, đơn vị',
  position: 'Chức vụ',
  gender: 'Giới tính (Nam/Nữ)',
  startedOn: 'Ngày bắt đầu công tác (dd/mm/yyyy)',
  email: 'Email',
  leadership: 'Giữ chức vụ lãnh đạo, quản lý (x nếu có)',
};
export const STAFF_REQUIRED: readonly StaffField[] = ['fullName', 'unitName'];

const WORDS: Readonly<Record<StaffField, readonly string[]>> = {
  fullName: ['ho va ten', 'ho ten', 'ten'],
  unitName: ['phong ban don vi', 'don vi', 'phong ban', 'don vi cong tac'],
  position: ['chuc vu', 'chuc danh'],
  gender: ['gioi tinh'],
  startedOn: ['ngay bat dau cong tac', 'ngay vao co quan', 'ngay bat dau', 'ngay tuyen dung'],
  email: ['email', 'thu dien tu', 'e mail'],
  leadership: ['giu chuc vu lanh dao quan ly', 'lanh dao quan ly', 'lanh dao'],
};

export type StaffMapping = Partial<Record<StaffField, number>>;

export const guessStaffMapping = (header: readonly Cell[]): StaffMapping =>
  guessColumns(header, STAFF_FIELDS, STAFF_HEADERS, WORDS);

export interface StaffDirectory {
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly persons: readonly { readonly id: string; readonly fullName: string; readonly unitId: string }[];
  /** A unit officer imports for their own unit only; rows of another unit are refused. */
  readonly ownUnitId?: string;
}

export interface ImportedPerson {
  readonly fullName: string;
  readonly unitId: string;
  readonly position?: string;
  readonly gender?: 'female' | 'male';
  readonly startedOn?: string;
  readonly email?: string;
  readonly holdsLeadershipPost?: boolean;
}

export interface StaffIssue {
  readonly field: StaffField | 'row';
  readonly column: string;
  readonly message: string;
}

export type StaffRowResult =
  | {
      readonly row: number;
      readonly status: 'new';
      readonly person: ImportedPerson;
      readonly alsoIn?: readonly string[];
    }
  | { readonly row: number; readonly status: 'exists'; readonly personId: string; readonly fullName: string }
  | { readonly row: number; readonly status: 'error'; readonly issues: readonly StaffIssue[] };

const GENDERS: Readonly<Record<string, 'female' | 'male'>> = {
  nu: 'female',
  nam: 'male',
  f: 'female',
  m: 'male',
};
const YES = new Set(['x', 'co', 'yes', '1', 'true', 'c']);
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkStaffRows(
  rows: readonly (readonly Cell[])[],
  mapping: StaffMapping,
  directory: StaffDirectory,
  header: readonly Cell[] = [],
  /** The sheet row of `rows[0]`: the one under the header. */
  firstRow = 2,
): StaffRowResult[] {
  const unitsByName = new Map<string, { id: string; name: string }[]>();
  for (const unit of directory.units) {
    const key = fold(unit.name);
    unitsByName.set(key, [...(unitsByName.get(key) ?? []), unit]);
  }
  const unitName = new Map(directory.units.map((u) => [u.id, u.name]));
  const byName = new Map<string, { id: string; fullName: string; unitId: string }[]>();
  for (const person of directory.persons) {
    const key = fold(person.fullName);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  const column = (field: StaffField) => {
    const index = mapping[field];
    return (index === undefined ? '' : cellText(header[index])) || STAFF_HEADERS[field];
  };
  const seen = new Map<string, number>();
  const checkRow = (cells: readonly Cell[], row: number): StaffRowResult => {
    const issues: StaffIssue[] = [];
    const add = (field: StaffField, message: string) =>
      issues.push({ field, column: column(field), message });
    const at = (field: StaffField) => {
      const index = mapping[field];
      return index === undefined ? undefined : cells[index];
    };
    const fullName = cellText(at('fullName'));
    if (!fullName) add('fullName', 'Thiếu họ và tên.');
    else if (fullName.length > LIMITS.personName)
      add('fullName', `Họ và tên dài quá ${LIMITS.personName} ký tự.`);
    const unitText = cellText(at('unitName'));
    const units = unitText ? (unitsByName.get(fold(unitText)) ?? []) : [];
    if (!unitText) add('unitName', 'Thiếu tên phòng, ban, đơn vị.');
    else if (units.length !== 1) add('unitName', `Không có đơn vị “${unitText}” trong danh mục của cơ quan.`);
    else if (directory.ownUnitId !== undefined && units[0]?.id !== directory.ownUnitId)
      add('unitName', 'Anh/chị chỉ nhập được cho đơn vị của mình.');
    const position = cellText(at('position'));
    if (position.length > LIMITS.position) add('position', `Chức vụ dài quá ${LIMITS.position} ký tự.`);
    const genderText = cellText(at('gender'));
    const gender = genderText ? GENDERS[fold(genderText)] : undefined;
    if (genderText && !gender) add('gender', 'Giới tính ghi “Nam” hoặc “Nữ”.');
    const startedCell = at('startedOn');
    const startedOn = cellDate(startedCell);
    if (cellText(startedCell) && !startedOn)
      add('startedOn', 'Ngày bắt đầu công tác không đúng dạng dd/mm/yyyy.');
    const email = cellText(at('email')).toLowerCase();
    if (email && (!EMAIL.test(email) || email.length > LIMITS.email)) add('email', 'Email không hợp lệ.');
    const leadership = cellText(at('leadership'));
    if (issues.length > 0 || !units[0]) return { row, status: 'error', issues };
    const unit = units[0];
    const key = `${unit.id}|${fold(fullName)}`;
    const first = seen.get(key);
    if (first !== undefined)
      return {
        row,
        status: 'error',
        issues: [{ field: 'row', column: '', message: `Trùng họ tên và đơn vị với dòng ${first}.` }],
      };
    seen.set(key, row);
    const namesakes = byName.get(fold(fullName)) ?? [];
    const sameUnit = namesakes.find((p) => p.unitId === unit.id);
    if (sameUnit) return { row, status: 'exists', personId: sameUnit.id, fullName: sameUnit.fullName };
    const alsoIn = namesakes.map((p) => unitName.get(p.unitId) ?? p.unitId);
    return {
      row,
      status: 'new',
      person: {
        fullName,
        unitId: unit.id,
        ...(position ? { position } : {}),
        ...(gender ? { gender } : {}),
        ...(startedOn ? { startedOn } : {}),
        ...(email ? { email } : {}),
        ...(leadership ? { holdsLeadershipPost: YES.has(fold(leadership)) } : {}),
      },
      ...(alsoIn.length > 0 ? { alsoIn } : {}),
    };
  };
  return rows.flatMap((cells, i) => (isBlankRow(cells) ? [] : [checkRow(cells, firstRow + i)]));
}
