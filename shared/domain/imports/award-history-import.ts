/**
 * The rows of an award-history spreadsheet, checked before anything is written: each row's
 * holder (a person of a unit, or the unit itself as a collective), award, year and decision,
 * with Vietnamese messages naming the row and the column. Pure: the application layer gives the
 * directory and writes what passes.
 */
import { YEAR_MAX, YEAR_MIN } from '../forms/date';
import { LIMITS } from '../forms/limits';
import { DEFAULT_CATALOG } from '../rules/catalog';
import { AWARD_CODES, type AwardCode, TRACK_LABELS, TRACKS, type Track } from '../vocabulary';
import { type Cell, cellDate, cellText, cellYear } from './cells';
import { guessColumns, isBlankRow } from './columns';
import { distance, fold } from './fold';

/** What one import may hold, said in the error above it. */
/**
 * What one import takes. 4 MB of .xlsx holds far more than 10,000 rows; the bound is what an
 * API call can carry to a function (Lambda takes 6 MB a request; a file sent to the API travels
 * as base64, a third larger).
 */
export const IMPORT_LIMITS = { rows: 10_000, bytes: 4 * 1024 * 1024 } as const;

export const AWARD_HISTORY_FIELDS = [
  'fullName',
  'unitName',
  'year',
  'award',
  'track',
  'decisionNumber',
  'decidedOn',
  'issuer',
] as const;
export type AwardHistoryField = (typeof AWARD_HISTORY_FIELDS)[number];

/** The template's column headers, in its order. */
export const AWARD_HISTORY_HEADERS: Readonly<Record<AwardHistoryField, string>> = {
  fullName: 'Họ và tên (để trống nếu là khen thưởng của tập thể)',
  unitName: 'Phòng, ban, đơn vị',
  year: 'Năm thành tích',
  award: 'Danh hiệu, hình thức khen thưởng',
  track: 'Loại hình (để trống: thường xuyên)',
  decisionNumber: 'Số quyết định',
  decidedOn: 'Ngày quyết định (dd/mm/yyyy)',
  issuer: 'Cấp ra quyết định',
};

export const REQUIRED_FIELDS: readonly AwardHistoryField[] = [
  'unitName',
  'year',
  'award',
  'decisionNumber',
  'decidedOn',
];

/** Words a header of the user's own file may use for each column, folded. */
const HEADER_WORDS: Readonly<Record<AwardHistoryField, readonly string[]>> = {
  fullName: ['ho va ten', 'ho ten', 'ten ca nhan', 'ca nhan'],
  unitName: ['phong ban don vi', 'don vi', 'phong ban', 'tap the', 'don vi cong tac'],
  year: ['nam thanh tich', 'nam'],
  award: [
    'danh hieu hinh thuc khen thuong',
    'danh hieu',
    'hinh thuc khen thuong',
    'hinh thuc',
    'khen thuong',
  ],
  track: ['loai hinh'],
  decisionNumber: ['so quyet dinh', 'so qd', 'quyet dinh so'],
  decidedOn: ['ngay quyet dinh', 'ngay qd', 'ngay ky'],
  issuer: ['cap ra quyet dinh', 'co quan ban hanh', 'cap khen thuong', 'nguoi ky'],
};

export type ColumnMapping = Partial<Record<AwardHistoryField, number>>;

/**
 * The column of each field, guessed from a header row in the user's own words and order: the
 * template's headers, and the usual ones ("Họ tên", "Số QĐ"…). The user confirms or changes it.
 */
export function guessMapping(header: readonly Cell[]): ColumnMapping {
  return guessColumns(header, AWARD_HISTORY_FIELDS, AWARD_HISTORY_HEADERS, HEADER_WORDS);
}

/** The directory a file is checked against: the organisation's units and their people. */
export interface ImportDirectory {
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly persons: readonly { readonly id: string; readonly fullName: string; readonly unitId: string }[];
  /** A unit officer imports for their own unit only; rows of another unit are refused. */
  readonly ownUnitId?: string;
}

export interface RowIssue {
  readonly field: AwardHistoryField | 'row';
  /** The column as the user's file names it (its header), or the template's. */
  readonly column: string;
  readonly message: string;
}

export interface ImportedAward {
  readonly holder: { readonly kind: 'person' | 'unit'; readonly id: string };
  readonly holderName: string;
  readonly unitId: string;
  readonly year: number;
  readonly awardCode: AwardCode;
  readonly track: Track;
  readonly decisionNumber: string;
  readonly decidedOn: string;
  readonly issuer?: string;
}

export type RowResult =
  | { readonly row: number; readonly ok: true; readonly entry: ImportedAward }
  | { readonly row: number; readonly ok: false; readonly issues: readonly RowIssue[] };

const AWARD_BY_NAME = new Map<string, AwardCode>(
  AWARD_CODES.flatMap((code) => [
    [fold(DEFAULT_CATALOG[code].name), code],
    [fold(code), code],
  ]),
);
const TRACK_BY_NAME = new Map<string, Track>(
  TRACKS.flatMap((track) => [
    [fold(TRACK_LABELS[track]), track],
    [fold(track), track],
    [fold(TRACK_LABELS[track].split('(')[0] ?? ''), track],
  ]),
);

/** The award a name means, or the closest one to suggest. */
function awardOf(name: string): { code?: AwardCode; suggestion?: string } {
  const folded = fold(name);
  const code = AWARD_BY_NAME.get(folded);
  if (code) return { code };
  let best: { code: AwardCode; d: number } | undefined;
  for (const candidate of AWARD_CODES) {
    const d = distance(folded, fold(DEFAULT_CATALOG[candidate].name));
    if (!best || d < best.d) best = { code: candidate, d };
  }
  return best && best.d <= Math.max(3, folded.length / 3)
    ? { suggestion: DEFAULT_CATALOG[best.code].name }
    : {};
}

const rowKey = (e: ImportedAward) =>
  `${e.holder.kind}:${e.holder.id}|${e.year}|${e.awardCode}|${fold(e.decisionNumber)}|${e.decidedOn}`;

/**
 * Checks every data row, named by its row in the sheet (`firstRow` + i; blank rows skipped).
 * A person is found by name within the row's unit; two people of one name in one unit are never
 * chosen between silently (the row is refused, naming them). A row repeated in the file is refused
 * on its second appearance, naming the first.
 */
export function checkAwardHistoryRows(
  rows: readonly (readonly Cell[])[],
  mapping: ColumnMapping,
  directory: ImportDirectory,
  header: readonly Cell[] = [],
  /** The sheet row of `rows[0]`: the one under the header. */
  firstRow = 2,
): RowResult[] {
  const unitsByName = new Map<string, { id: string; name: string }[]>();
  for (const unit of directory.units) {
    const key = fold(unit.name);
    unitsByName.set(key, [...(unitsByName.get(key) ?? []), unit]);
  }
  const personsByUnitAndName = new Map<string, { id: string; fullName: string }[]>();
  for (const person of directory.persons) {
    const key = `${person.unitId}|${fold(person.fullName)}`;
    personsByUnitAndName.set(key, [...(personsByUnitAndName.get(key) ?? []), person]);
  }
  const columnName = (field: AwardHistoryField) => {
    const index = mapping[field];
    const own = index === undefined ? '' : cellText(header[index]);
    return own || AWARD_HISTORY_HEADERS[field];
  };
  const seen = new Map<string, number>();

  const checkRow = (cells: readonly Cell[], row: number): RowResult => {
    const issues: RowIssue[] = [];
    const add = (field: AwardHistoryField, message: string) =>
      issues.push({ field, column: columnName(field), message });
    const at = (field: AwardHistoryField): Cell | undefined => {
      const index = mapping[field];
      return index === undefined ? undefined : cells[index];
    };

    const unitName = cellText(at('unitName'));
    const units = unitName ? (unitsByName.get(fold(unitName)) ?? []) : [];
    if (!unitName) add('unitName', 'Thiếu tên phòng, ban, đơn vị.');
    else if (units.length === 0) add('unitName', `Không có đơn vị “${unitName}” trong danh mục của cơ quan.`);
    else if (units.length > 1)
      add('unitName', `Có ${units.length} đơn vị cùng tên “${unitName}”; hãy sửa tên trong danh mục.`);
    else if (directory.ownUnitId !== undefined && units[0]?.id !== directory.ownUnitId)
      add('unitName', 'Anh/chị chỉ nhập được cho đơn vị của mình.');
    const unit = units.length === 1 ? units[0] : undefined;

    const fullName = cellText(at('fullName'));
    let holder: ImportedAward['holder'] | undefined;
    let holderName = '';
    if (unit && fullName) {
      const people = personsByUnitAndName.get(`${unit.id}|${fold(fullName)}`) ?? [];
      if (people.length === 0) add('fullName', `Không có cán bộ “${fullName}” trong ${unit.name}.`);
      else if (people.length > 1)
        add(
          'fullName',
          `${unit.name} có ${people.length} cán bộ cùng tên “${fullName}”; hãy ghi khen thưởng này trên màn hình của từng người.`,
        );
      else if (people[0]) {
        holder = { kind: 'person', id: people[0].id };
        holderName = people[0].fullName;
      }
    } else if (unit) {
      holder = { kind: 'unit', id: unit.id };
      holderName = unit.name;
    }

    const year = cellYear(at('year'));
    if (year === undefined) add('year', 'Năm thành tích phải là số có 4 chữ số.');
    else if (year < YEAR_MIN || year > YEAR_MAX)
      add('year', `Năm thành tích phải từ ${YEAR_MIN} đến ${YEAR_MAX}.`);

    const awardName = cellText(at('award'));
    const award = awardName ? awardOf(awardName) : {};
    if (!awardName) add('award', 'Thiếu danh hiệu, hình thức khen thưởng.');
    else if (!award.code)
      add(
        'award',
        `Không nhận ra “${awardName}”${award.suggestion ? `; có phải “${award.suggestion}”?` : '.'}`,
      );
    else if (
      holder &&
      !DEFAULT_CATALOG[award.code].subjects.includes(holder.kind === 'person' ? 'person' : 'collective')
    )
      add(
        'award',
        holder.kind === 'person'
          ? `“${DEFAULT_CATALOG[award.code].name}” chỉ dành cho tập thể.`
          : `“${DEFAULT_CATALOG[award.code].name}” chỉ dành cho cá nhân; ghi họ tên người được khen.`,
      );

    const trackText = cellText(at('track'));
    const track = trackText ? TRACK_BY_NAME.get(fold(trackText)) : 'annual';
    if (!track) add('track', `Không nhận ra loại hình “${trackText}”.`);

    const decisionNumber = cellText(at('decisionNumber'));
    if (!decisionNumber) add('decisionNumber', 'Thiếu số quyết định.');
    else if (decisionNumber.length > LIMITS.documentNumber || /\s/.test(decisionNumber))
      add('decisionNumber', 'Số quyết định không hợp lệ (ví dụ: 09/QĐ-SNV, không có khoảng trắng).');

    const decidedOnCell = at('decidedOn');
    const decidedOn = cellDate(decidedOnCell);
    if (decidedOn === undefined)
      add(
        'decidedOn',
        cellText(decidedOnCell)
          ? 'Ngày quyết định không đúng dạng dd/mm/yyyy hoặc không tồn tại.'
          : 'Thiếu ngày quyết định.',
      );
    else if (year !== undefined && Number(decidedOn.slice(0, 4)) < year)
      add('decidedOn', 'Ngày quyết định không thể trước năm thành tích.');

    const issuer = cellText(at('issuer'));
    if (issuer.length > LIMITS.unitName) add('issuer', `Cấp ra quyết định dài quá ${LIMITS.unitName} ký tự.`);

    if (issues.length > 0 || !holder || !unit || year === undefined || !award.code || !track || !decidedOn)
      return { row, ok: false, issues };
    const entry: ImportedAward = {
      holder,
      holderName,
      unitId: unit.id,
      year,
      awardCode: award.code,
      track,
      decisionNumber,
      decidedOn,
      ...(issuer ? { issuer } : {}),
    };
    const key = rowKey(entry);
    const first = seen.get(key);
    if (first !== undefined)
      return { row, ok: false, issues: [{ field: 'row', column: '', message: `Trùng với dòng ${first}.` }] };
    seen.set(key, row);
    return { row, ok: true, entry };
  };
  return rows.flatMap((cells, i) => (isBlankRow(cells) ? [] : [checkRow(cells, firstRow + i)]));
}
