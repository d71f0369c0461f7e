import { useState } from 'preact/hooks';
import {
  AWARD_HISTORY_FIELDS,
  AWARD_HISTORY_HEADERS,
  guessMapping,
  IMPORT_LIMITS,
  REQUIRED_FIELDS,
} from '../../../../shared/domain/imports/award-history-import';
import type { Cell } from '../../../../shared/domain/imports/cells';
import { columnLetter, locateHeader } from '../../../../shared/domain/imports/columns';
import {
  guessStaffMapping,
  STAFF_FIELDS,
  STAFF_HEADERS,
  STAFF_REQUIRED,
} from '../../../../shared/domain/imports/staff-import';
import type { Role } from '../../../../shared/domain/vocabulary';
import { ApiError, api } from '../../api/client';
import { loadAll } from '../../api/load-all';
import type { AwardHistoryPreview, ImportResult, StaffPreview } from '../../api/types';
import { exportXlsx } from '../../lib/export-xlsx';
import { awardName } from '../../lib/labels';
import { hasRole, useMe } from '../../lib/me';
import { useAction } from '../../lib/use-action';
import { useLoad } from '../../lib/use-load';
import { ApiErrorNotice } from '../../ui/api-error';
import { SelectField } from '../../ui/inputs';
import { Notice } from '../../ui/notice';

type AwardRow = AwardHistoryPreview['rows'][number];
type StaffRow = StaffPreview['rows'][number];
/** A row of either kind of import, as the one preview table shows it. */
type RowView = Pick<AwardRow, 'row' | 'status' | 'issues'> &
  Partial<Omit<AwardRow, 'row' | 'status' | 'issues'>> &
  Partial<Omit<StaffRow, 'row' | 'status' | 'issues'>>;
type Preview = Omit<AwardHistoryPreview, 'rows'> & { readonly rows: readonly RowView[] };
interface Sheet {
  readonly fileName: string;
  readonly header: readonly Cell[];
  readonly rows: readonly (readonly Cell[])[];
  /** The sheet row of the header (title lines above it are left). */
  readonly headerRow: number;
  /** Merged ranges filled from their first cell, to tell the user. */
  readonly merged: readonly string[];
}

/** A file the reader cannot take, said in words the user can act on. */
class UnreadableFile extends Error {}

/** The file read as the API reads a file sent whole (`shared/files/workbook.ts`), in the browser. */
async function readFile(file: File, kind: ImportKind): Promise<Sheet> {
  const { readWorkbook, WorkbookError } = await import('../../../../shared/files/workbook');
  let workbook: Awaited<ReturnType<typeof readWorkbook>>;
  try {
    workbook = await readWorkbook(new Uint8Array(await file.arrayBuffer()));
  } catch (err) {
    throw err instanceof WorkbookError ? new UnreadableFile(err.message) : err;
  }
  const at = locateHeader(workbook.cells, kind.guess);
  return {
    fileName: file.name,
    header: workbook.cells[at] ?? [],
    rows: workbook.cells.slice(at + 1),
    headerRow: at + 1,
    merged: workbook.merged,
  };
}

/** What differs between the files the province imports: columns, routes, words, template. */
interface ImportKind {
  readonly title: string;
  readonly intro: string;
  readonly fields: readonly string[];
  readonly headers: Readonly<Record<string, string>>;
  readonly required: readonly string[];
  /** The columns a header row names: finds the header under a sheet's title lines. */
  readonly guess: (header: readonly Cell[]) => Partial<Record<string, number>>;
  /** The API's collection under the organisation. */
  readonly collection: string;
  readonly templateName: string;
  readonly example: Readonly<Record<string, string | number>>;
  /** A valid row's cells in the preview table, under `columns`. */
  readonly columns: readonly string[];
  readonly cells: (row: RowView) => readonly (string | number | undefined)[];
  readonly doneWords: string;
  /** Who may choose the organisation (the others import for their own). */
  readonly wholeProvinceRoles: readonly string[];
}

const AWARD_HISTORY: ImportKind = {
  title: 'Nhập quá trình khen thưởng từ Excel',
  intro:
    'Mỗi dòng là một khen thưởng đã có của một cán bộ (ghi họ tên) hoặc của tập thể phòng, ban (để trống họ tên).',
  fields: AWARD_HISTORY_FIELDS,
  headers: AWARD_HISTORY_HEADERS,
  required: REQUIRED_FIELDS,
  guess: guessMapping,
  collection: 'award-history-imports',
  templateName: 'mau-nhap-qua-trinh-khen-thuong',
  example: {
    fullName: 'Nguyễn Thị Hoa',
    unitName: 'Văn phòng Sở',
    year: 2024,
    award: 'Chiến sĩ thi đua cơ sở',
    track: '',
    decisionNumber: '12/QĐ-SNV',
    decidedOn: '20/12/2024',
    issuer: 'Giám đốc Sở Nội vụ',
  },
  columns: ['Cá nhân, tập thể', 'Năm', 'Khen thưởng', 'Quyết định'],
  cells: (r) => [r.holderName, r.year, r.awardCode ? awardName(r.awardCode) : '', r.decisionNumber],
  doneWords: 'khen thưởng',
  wholeProvinceRoles: ['admin', 'province_officer'],
};

const STAFF: ImportKind = {
  title: 'Nhập danh sách cán bộ từ Excel',
  intro:
    'Mỗi dòng là một cán bộ của một phòng, ban. Người đã có trong đơn vị (cùng họ tên) được giữ nguyên, không gộp; người trùng tên ở đơn vị khác được chỉ ra để anh/chị xem lại.',
  fields: STAFF_FIELDS,
  headers: STAFF_HEADERS,
  required: STAFF_REQUIRED,
  guess: guessStaffMapping,
  collection: 'staff-imports',
  templateName: 'mau-nhap-danh-sach-can-bo',
  example: {
    fullName: 'Lê Văn Mới',
    unitName: 'Văn phòng Sở',
    position: 'Chuyên viên',
    gender: 'Nam',
    startedOn: '01/03/2020',
    email: '',
    leadership: '',
  },
  columns: ['Họ và tên', 'Chức vụ', 'Ghi chú'],
  cells: (r) => [
    r.person?.fullName ?? r.fullName,
    r.person?.position,
    r.status === 'exists'
      ? 'Đã có trong đơn vị'
      : r.alsoIn?.length
        ? `Trùng tên với người ở: ${r.alsoIn.join(', ')}`
        : '',
  ],
  doneWords: 'cán bộ',
  wholeProvinceRoles: ['admin'],
};

/** The template: the columns in order, one example row. */
const downloadTemplate = (kind: ImportKind) =>
  exportXlsx(
    kind.templateName,
    'Dữ liệu',
    kind.fields.map((field) => ({
      header: kind.headers[field] ?? field,
      width: 24,
      value: (row: Readonly<Record<string, string | number>>) => row[field],
    })),
    [kind.example],
  );

const STATUS_WORDS = { new: 'Sẽ nhập', exists: 'Đã có, giữ nguyên', error: 'Lỗi' } as const;

/**
 * Past awards from a spreadsheet, for the history the rules read ("3 năm liên tục CSTĐCS"): the
 * template or the office's own file, its columns matched, every row checked before anything is
 * written, then imported with one record. Admin, Ban TĐKT tỉnh, and the Sở's secretariat.
 */
function ImportScreen({ kind }: { kind: ImportKind }) {
  const me = useMe();
  const wholeProvince = kind.wholeProvinceRoles.some((role) => hasRole(me, role as Role));
  // The organisations the caller may import for (the units and people are checked by the API).
  const directory = useLoad(
    (signal) => loadAll<{ id: string; name: string; level?: string }>('/organisations', signal),
    [],
  );
  const organisations = (directory.data ?? []).filter(
    (o) => o.level !== 'province' && (wholeProvince || o.id === me.orgId),
  );
  const [orgId, setOrgId] = useState<string | undefined>(wholeProvince ? undefined : me.orgId);
  const [sheet, setSheet] = useState<Sheet | undefined>();
  const [mapping, setMapping] = useState<Preview['mapping'] | undefined>();
  const [preview, setPreview] = useState<Preview | undefined>();
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | undefined>();
  // Writing the checked rows is one action (its key kept for a retry after a network error).
  const importing = useAction();
  const organisationId = orgId ?? organisations[0]?.id;

  const check = async (next: Sheet, nextMapping?: Preview['mapping']) => {
    if (!organisationId) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    importing.reset();
    try {
      const result = await api.post<Preview>(`/organisations/${organisationId}/${kind.collection}/preview`, {
        body: {
          fileName: next.fileName,
          header: next.header,
          rows: next.rows,
          headerRow: next.headerRow,
          ...(nextMapping ? { mapping: nextMapping } : {}),
        },
      });
      setPreview(result);
      setMapping(result.mapping);
    } catch (err) {
      setPreview(undefined);
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const choose = async (file: File | undefined) => {
    setPreview(undefined);
    setMapping(undefined);
    setError(undefined);
    setDone(undefined);
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes)
      return setError(
        new Error(`Tệp lớn hơn ${IMPORT_LIMITS.bytes / 1024 / 1024} MB; hãy chia thành nhiều tệp.`),
      );
    try {
      const read = await readFile(file, kind);
      if (read.rows.length > IMPORT_LIMITS.rows)
        return setError(
          new Error(
            `Tệp có ${read.rows.length} dòng; mỗi lần nhập tối đa ${IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng.`,
          ),
        );
      setSheet(read);
      await check(read);
    } catch (err) {
      setError(
        err instanceof ApiError || err instanceof UnreadableFile
          ? err
          : new Error('Không đọc được tệp; hãy lưu lại dưới dạng Excel (.xlsx).'),
      );
    }
  };
  const confirm = async () => {
    if (!sheet || !organisationId) return;
    setError(undefined);
    await importing.run(
      (idempotencyKey) =>
        api.post<ImportResult>(`/organisations/${organisationId}/${kind.collection}`, {
          body: {
            fileName: sheet.fileName,
            header: sheet.header,
            rows: sheet.rows,
            headerRow: sheet.headerRow,
            mapping,
            skipInvalid,
          },
          idempotencyKey,
        }),
      (result) => {
        setDone(
          `Đã nhập ${result.written} ${kind.doneWords}; ${result.exists} dòng đã có được giữ nguyên${
            result.skipped ? `; bỏ qua ${result.skipped} dòng lỗi` : ''
          }.`,
        );
        setPreview(undefined);
        setSheet(undefined);
      },
    );
  };
  const columns = (sheet?.header ?? []).map((cell, i) => ({
    value: String(i),
    label: `Cột ${columnLetter(i)}${cell === null || cell === '' ? '' : `: ${String(cell)}`}`,
  }));
  const errors = preview?.rows.filter((r) => r.status === 'error') ?? [];
  return (
    <>
      <h1>{kind.title}</h1>
      <p>
        {kind.intro} Hệ thống kiểm tra từng dòng trước; chưa ghi gì cho đến khi anh/chị xác nhận. Nhập lại
        cùng một tệp không tạo bản ghi trùng.
      </p>
      <div class="actions">
        <button type="button" class="btn" onClick={() => void downloadTemplate(kind)}>
          Tải tệp mẫu (.xlsx)
        </button>
      </div>
      {done ? <Notice tone="ok">{done}</Notice> : null}
      <ApiErrorNotice error={directory.error ?? error ?? importing.error} />
      <div class="grid-2">
        {wholeProvince ? (
          <SelectField
            name="import-organisation"
            label="Cơ quan"
            value={organisationId}
            onChange={(v) => {
              setOrgId(v);
              setPreview(undefined);
              setSheet(undefined);
            }}
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          />
        ) : null}
        <div class="field">
          <label for="import-file">
            Tệp Excel (.xlsx, tối đa {IMPORT_LIMITS.bytes / 1024 / 1024} MB,{' '}
            {IMPORT_LIMITS.rows.toLocaleString('vi-VN')} dòng)
          </label>
          <input
            id="import-file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={busy || !organisationId}
            onChange={(e) => void choose(e.currentTarget.files?.[0])}
          />
        </div>
      </div>
      {sheet && mapping ? (
        <fieldset>
          <legend>Ghép cột của tệp “{sheet.fileName}”</legend>
          <p class="hint">
            Dòng tiêu đề: dòng {sheet.headerRow} của bảng tính
            {sheet.headerRow > 1 ? ' (các dòng phía trên được bỏ qua)' : ''}.
            {sheet.merged.length > 0
              ? ` Ô gộp ${sheet.merged.slice(0, 5).join(', ')}${sheet.merged.length > 5 ? '…' : ''} được hiểu là mỗi dòng mang giá trị của ô đầu.`
              : ''}
          </p>
          <div class="grid-2">
            {kind.fields.map((field) => (
              <SelectField
                key={field}
                name={`map-${field}`}
                label={kind.headers[field] ?? field}
                required={kind.required.includes(field)}
                value={mapping[field] === undefined ? undefined : String(mapping[field])}
                empty="— Không có —"
                onChange={(v) => {
                  const next = { ...mapping };
                  if (v === undefined) delete next[field];
                  else next[field] = Number(v);
                  void check(sheet, next);
                }}
                options={columns}
              />
            ))}
          </div>
        </fieldset>
      ) : null}
      {preview ? (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">Kết quả kiểm tra</h2>
          <p role="status">
            {preview.counts.new} dòng sẽ nhập, {preview.counts.exists} dòng đã có (giữ nguyên),{' '}
            {preview.counts.errors} dòng lỗi.
          </p>
          {errors.length > 0 ? (
            <div class="table-wrap">
              <table>
                <caption>Dòng lỗi ({errors.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">Dòng</th>
                    <th scope="col">Cột</th>
                    <th scope="col">Lỗi</th>
                  </tr>
                </thead>
                <tbody>
                  {errors.flatMap((r) =>
                    (r.issues ?? []).map((issue, i) => (
                      <tr key={`${r.row}-${i}`}>
                        <td>{r.row}</td>
                        <td>{issue.column}</td>
                        <td>{issue.message}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </div>
          ) : null}
          <div class="table-wrap">
            <table>
              <caption>Các dòng hợp lệ</caption>
              <thead>
                <tr>
                  <th scope="col">Dòng</th>
                  {kind.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                  <th scope="col">Kết quả</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows
                  .filter((r) => r.status !== 'error')
                  .slice(0, 500)
                  .map((r) => (
                    <tr key={r.row}>
                      <td>{r.row}</td>
                      {kind.cells(r).map((cell, i) => (
                        <td key={kind.columns[i]}>{cell}</td>
                      ))}
                      <td>{STATUS_WORDS[r.status]}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          {errors.length > 0 ? (
            <label class="check">
              <input
                type="checkbox"
                checked={skipInvalid}
                onChange={(e) => setSkipInvalid(e.currentTarget.checked)}
              />
              Bỏ qua {errors.length} dòng lỗi, chỉ nhập các dòng hợp lệ
            </label>
          ) : null}
          <div class="actions">
            <button
              type="button"
              class="btn btn-primary"
              disabled={
                busy || importing.busy || preview.counts.new === 0 || (errors.length > 0 && !skipInvalid)
              }
              onClick={() => void confirm()}
            >
              Nhập {preview.counts.new} {kind.doneWords}
            </button>
          </div>
        </section>
      ) : null}
    </>
  );
}

export const AwardImportScreen = () => <ImportScreen kind={AWARD_HISTORY} />;
export const StaffImportScreen = () => <ImportScreen kind={STAFF} />;
