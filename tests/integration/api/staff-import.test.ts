/**
 * A staff list imported from a spreadsheet by the admin: a preview of every row; people already
 * in their unit by name are shown as matches and left alone (never merged), namesakes in another
 * unit are shown beside the new row; the import adds the new people with one record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startTestApi('staff-import');
  admin = await api.as('quantri');
}, 120_000);
afterAll(() => api?.stop());

const file = {
  fileName: 'can-bo-ttlt.xlsx',
  header: ['STT', 'Họ tên', 'Giới tính', 'Chức vụ', 'Đơn vị', 'Ngày vào cơ quan'],
  rows: [
    [1, 'Lê Văn Mới', 'Nam', 'Chuyên viên', 'Trung tâm Lưu trữ lịch sử', '01/03/2020'],
    [2, 'Cao Văn Thịnh', 'Nam', 'Phó Giám đốc', 'Trung tâm Lưu trữ lịch sử', '01/03/2010'],
    [3, 'Nguyễn Thị Lan', 'Nữ', 'Lưu trữ viên', 'Trung tâm Lưu trữ lịch sử', '15/08/2019'],
    [4, 'Trần Sai Giới', 'Không rõ', 'Chuyên viên', 'Trung tâm Lưu trữ lịch sử', ''],
  ],
};

describe('importing a staff list', () => {
  it('previews: a new person, a match left alone, an error naming row and column', async () => {
    const res = await admin.post<{
      counts: Record<string, number>;
      rows: { row: number; status: string; issues?: { column: string; message: string }[] }[];
    }>('/organisations/org-snv/staff-imports/preview', file);

    expect(res.status).toBe(200);
    expect(res.body.counts).toEqual({ new: 2, exists: 1, errors: 1 });
    expect(res.body.rows[1]).toMatchObject({ row: 3, status: 'exists', fullName: 'Cao Văn Thịnh' });
    expect(res.body.rows[3]).toMatchObject({
      row: 5,
      status: 'error',
      issues: [{ column: 'Giới tính', message: 'Giới tính ghi “Nam” hoặc “Nữ”.' }],
    });
  });

  it('adds the new people once, with one record; the same file again adds no one', async () => {
    const refused = await admin.post('/organisations/org-snv/staff-imports', file);
    const done = await admin.post<{ importId: string; written: number; exists: number; skipped: number }>(
      '/organisations/org-snv/staff-imports',
      { ...file, skipInvalid: true },
    );
    const again = await admin.post<{ written: number; exists: number }>(
      '/organisations/org-snv/staff-imports',
      {
        ...file,
        skipInvalid: true,
      },
    );
    const listed = await admin.get<{ items: { fullName: string }[] }>(
      '/units/unit-snv-ttlt/persons?limit=100',
    );
    const record = await admin.get<{ items: { after: { people: unknown[] } }[] }>(
      `/registry-changes?entity=person_import&id=${done.body.importId}`,
    );

    expect(refused.status).toBe(409);
    expect(done.body).toMatchObject({ written: 2, exists: 1, skipped: 1 });
    expect(again.body).toMatchObject({ written: 0, exists: 3 });
    expect(listed.body.items.map((p) => p.fullName)).toEqual(
      expect.arrayContaining(['Lê Văn Mới', 'Nguyễn Thị Lan', 'Cao Văn Thịnh']),
    );
    expect(listed.body.items.filter((p) => p.fullName === 'Cao Văn Thịnh')).toHaveLength(1);
    expect(record.body.items[0]?.after.people).toHaveLength(2);
  });

  it("lets a unit officer import their own unit's staff, refusing rows of another unit", async () => {
    const officer = await api.as('canbo.ttlt.snv');
    const res = await officer.post<{
      counts: Record<string, number>;
      rows: { status: string; issues?: { message: string }[] }[];
    }>('/organisations/org-snv/staff-imports/preview', {
      fileName: 'can-bo.xlsx',
      header: ['Họ tên', 'Đơn vị'],
      rows: [
        ['Hồ Văn Riêng', 'Trung tâm Lưu trữ lịch sử'],
        ['Hồ Văn Khác', 'Văn phòng Sở'],
      ],
    });
    const otherOrg = await officer.post('/organisations/org-stc/staff-imports/preview', file);

    expect(res.body.counts).toEqual({ new: 1, exists: 0, errors: 1 });
    expect(res.body.rows[1]?.issues?.map((i) => i.message)).toEqual([
      'Anh/chị chỉ nhập được cho đơn vị của mình.',
    ]);
    expect(otherOrg.status).toBe(404);
  });

  it('is the admin’s: the secretariat is refused', async () => {
    const secretary = await api.as('thuky.snv');
    expect((await secretary.post('/organisations/org-snv/staff-imports/preview', file)).status).toBe(403);
  });
});
