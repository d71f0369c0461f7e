/**
 * Importing past awards from a spreadsheet (rows as the browser reads them): a preview of every
 * row writes nothing; the import writes the new rows with its record, leaves rows already in the
 * history, refuses a file with errors unless told to leave them, and the same file twice writes
 * nothing the second time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('award-import');
  secretary = await api.as('thuky.snv');
}, 120_000);
afterAll(() => api?.stop());

const HEADER = ['STT', 'Họ tên', 'Đơn vị', 'Năm', 'Danh hiệu', 'Số QĐ', 'Ngày QĐ', 'Cơ quan ban hành'];
interface Preview {
  mapping: Record<string, number>;
  counts: { new: number; exists: number; errors: number };
  rows: { row: number; status: string; issues?: { column: string; message: string }[] }[];
}

describe('importing award history from a spreadsheet', () => {
  // person-snv-08 and person-snv-09 work in the Trung tâm Lưu trữ (unit-snv-ttlt).
  const rows = [
    [
      1,
      'Cao Văn Thịnh',
      'Trung tâm Lưu trữ lịch sử',
      2019,
      'Lao động tiên tiến',
      '05/QĐ-SNV',
      '20/12/2019',
      'Giám đốc Sở Nội vụ',
    ],
    [
      2,
      'cao van thinh',
      'Trung tâm Lưu trữ lịch sử',
      2020,
      'Chiến sĩ thi đua cơ sở',
      '07/QĐ-SNV',
      44195,
      'Giám đốc Sở Nội vụ',
    ],
    [3, '', 'Trung tâm Lưu trữ lịch sử', 2020, 'Tập thể lao động tiên tiến', '08/QĐ-SNV', '2020-12-30', null],
  ];
  const file = { fileName: 'khen-thuong-cu.xlsx', header: HEADER };

  it('previews every row in the file’s own column order, writing nothing', async () => {
    const names = await secretary.get<{ items: { id: string; fullName: string }[] }>(
      '/units/unit-snv-ttlt/persons?limit=100',
    );
    const thinh = names.body.items.find((p) => p.fullName === 'Cao Văn Thịnh');
    const preview = await secretary.post<Preview>('/organisations/org-snv/award-history-imports/preview', {
      ...file,
      rows: [
        ...rows,
        [
          4,
          'Người Không Có',
          'Trung tâm Lưu trữ lịch sử',
          2020,
          'Lao dong tien tien',
          '09/QĐ-SNV',
          '30/12/2020',
        ],
      ],
    });

    expect(thinh).toBeDefined();
    expect(preview.status).toBe(200);
    expect(preview.body.mapping).toMatchObject({
      fullName: 1,
      unitName: 2,
      year: 3,
      award: 4,
      decisionNumber: 5,
      decidedOn: 6,
      issuer: 7,
    });
    expect(preview.body.counts).toEqual({ new: 3, exists: 0, errors: 1 });
    expect(preview.body.rows[3]).toEqual({
      row: 5,
      status: 'error',
      issues: [
        {
          field: 'fullName',
          column: 'Họ tên',
          message: 'Không có cán bộ “Người Không Có” trong Trung tâm Lưu trữ lịch sử.',
        },
      ],
    });
    const person = await secretary.get<{ awards: unknown[] }>(`/persons/${thinh?.id}`);
    expect(person.body.awards.filter((a) => (a as { year: number }).year <= 2020)).toEqual([]);
  });

  it('refuses a file with errors unless told to leave them; writes the rest with one record', async () => {
    const withError = {
      ...file,
      rows: [
        ...rows,
        [
          4,
          'Người Không Có',
          'Trung tâm Lưu trữ lịch sử',
          2020,
          'Lao động tiên tiến',
          '09/QĐ-SNV',
          '30/12/2020',
        ],
      ],
    };

    const refused = await secretary.post<{ error: { code: string } }>(
      '/organisations/org-snv/award-history-imports',
      withError,
    );
    const done = await secretary.post<{ importId: string; written: number; exists: number; skipped: number }>(
      '/organisations/org-snv/award-history-imports',
      { ...withError, skipInvalid: true },
    );
    const again = await secretary.post<{ written: number; exists: number }>(
      '/organisations/org-snv/award-history-imports',
      {
        ...file,
        rows,
      },
    );
    const collective = await secretary.get<{ awards: { awardCode: string; year: number }[] }>(
      '/units/unit-snv-ttlt/awards',
    );
    const admin = await api.as('quantri');
    const record = await admin.get<{
      items: { actor: { name: string }; after: { fileName: string; rows: unknown[] } }[];
    }>(`/registry-changes?entity=award_import&id=${done.body.importId}`);

    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('IMPORT_HAS_ERRORS');
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ written: 3, exists: 0, skipped: 1 });
    expect(again.body).toMatchObject({ written: 0, exists: 3 });
    expect(collective.body.awards).toEqual([expect.objectContaining({ awardCode: 'TTLDTT', year: 2020 })]);
    expect(record.body.items).toHaveLength(1);
    expect(record.body.items[0]).toMatchObject({
      actor: { name: 'Trần Thị Cúc' },
      after: { fileName: 'khen-thuong-cu.xlsx' },
    });
    expect(record.body.items[0]?.after.rows).toHaveLength(3);
  });

  it('names the columns it could not find, and keeps another organisation out', async () => {
    const noColumns = await secretary.post<{ error: { issues: { path: string }[] } }>(
      '/organisations/org-snv/award-history-imports/preview',
      { fileName: 'x.xlsx', header: ['A', 'B'], rows: [['x', 'y']] },
    );
    const other = await secretary.post('/organisations/org-stc/award-history-imports/preview', {
      ...file,
      rows,
    });

    expect(noColumns.status).toBe(400);
    expect(noColumns.body.error.issues.map((i) => i.path)).toEqual([
      'body.mapping.unitName',
      'body.mapping.year',
      'body.mapping.award',
      'body.mapping.decisionNumber',
      'body.mapping.decidedOn',
    ]);
    expect(other.status).toBe(404);
  });
});
