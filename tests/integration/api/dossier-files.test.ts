/**
 * A dossier's files over HTTP against the local S3 stand-in, through the presigned POST a browser
 * uses: upload → check → register → download by the owner; another unit cannot see them; the
 * policy refuses a file over the limit; a PDF named .jpg and a program named .pdf are refused and
 * removed; a returned dossier keeps both versions of a document; every link given is recorded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type ApiResponse, ifMatch, startTestApi, type TestApi } from '../support/api';
import { nominationIn } from '../support/council';
import { type Recorded, uploadTo } from '../support/files';
import { aDraft, createDraft } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('dossier-files');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
}, 120_000);
afterAll(() => api?.stop());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

interface Upload {
  uploadId: string;
  url: string;
  fields: Record<string, string>;
}
interface FileView {
  fileId: string;
  fileName: string;
  fileRef: string;
  size: number;
  current?: boolean;
}

/** What the browser does: ask, POST the form to the bucket, then ask the API to register it. */
/** What the browser does for a dossier document (`uploadTo`). */
const upload = (
  id: string,
  body: Buffer,
  file: { fileName: string; contentType: string; kind?: string },
  as = officer,
) => uploadTo(as, `/nominations/${id}`, body, { ...file, kind: file.kind ?? 'proposal_letter' });

describe("a dossier's files", () => {
  it('uploads, checks, registers and gives the owner a short-lived link; another unit gets 404', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    const { posted, recorded } = await upload(id, PDF, {
      fileName: 'Tờ trình số 12.pdf',
      contentType: 'application/pdf',
    });
    const again = await officer.post<FileView>(`/nominations/${id}/files`, {
      uploadId: recorded?.body.fileId,
      kind: 'proposal_letter',
      fileName: 'Tờ trình số 12.pdf',
    });
    const link = await officer.post<{ url: string }>(
      `/nominations/${id}/files/${recorded?.body.fileId}/link`,
      {},
    );
    const fetched = await fetch(link.body.url);
    const stc = await api.as('canbo.vanphong.stc');
    const otherList = await stc.get(`/nominations/${id}/files`);
    const otherLink = await stc.post(`/nominations/${id}/files/${recorded?.body.fileId}/link`, {});
    const anonymous = await fetch(link.body.url.split('?')[0] as string);
    const admin = await api.as('quantri');
    const downloads = await admin.get<{ items: { actor: { name: string }; after: { fileId: string } }[] }>(
      `/registry-changes?entity=file_download&id=${id}`,
    );

    expect(posted).toBe(204);
    expect(recorded?.status).toBe(201);
    expect(recorded?.body).toMatchObject({ fileName: 'Tờ trình số 12.pdf', size: PDF.length });
    expect(recorded?.body.fileRef).toMatch(new RegExp(`^dossiers/${id}/`));
    expect(again.body.fileId).toBe(recorded?.body.fileId);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PDF);
    expect(fetched.headers.get('content-disposition')).toContain("filename*=UTF-8''T%E1%BB%9D");
    expect(otherList.status).toBe(404);
    expect(otherLink.status).toBe(404);
    expect(anonymous.status).toBe(403);
    expect(downloads.body.items).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ name: 'Nguyễn Văn An' }),
        after: expect.objectContaining({ fileId: recorded?.body.fileId }),
      }),
    ]);
  });

  it('refuses a file over the limit, of a type not allowed, or whose content is not its type, and keeps nothing', async () => {
    const { body } = await createDraft(officer);
    const id = body.nomination.id;
    const tooLarge = await officer.post<{ error: { issues: { path: string; code: string }[] } }>(
      `/nominations/${id}/uploads`,
      {
        kind: 'proposal_letter',
        fileName: 'lon.pdf',
        contentType: 'application/pdf',
        size: 21 * 1024 * 1024,
      },
    );
    const zip = await officer.post(`/nominations/${id}/uploads`, {
      kind: 'other',
      fileName: 'a.zip',
      contentType: 'application/zip',
      size: 10,
    });
    // The policy itself: a body larger than the limit is refused by the bucket.
    const big = await upload(id, Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]), {
      fileName: 'lon.pdf',
      contentType: 'application/pdf',
    });
    const pdfAsJpg = await upload(id, PDF, { fileName: 'scan.jpg', contentType: 'image/jpeg' });
    const exeAsPdf = await upload(id, EXE, { fileName: 'to-trinh.pdf', contentType: 'application/pdf' });
    const list = await officer.get<{ items: FileView[] }>(`/nominations/${id}/files`);

    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error.issues[0]).toMatchObject({ path: 'body.size', code: 'file_too_large' });
    expect(zip.status).toBe(400);
    expect(big.asked.status).toBe(400);
    expect(pdfAsJpg.posted).toBe(204);
    expect(pdfAsJpg.recorded?.status).toBe(400);
    expect(pdfAsJpg.recorded?.body.error?.issues[0]?.code).toBe('file_content_mismatch');
    expect(pdfAsJpg.recorded?.body.error?.issues[0]?.message).toBe(
      'Nội dung tệp là PDF, không phải ảnh JPEG như tên tệp; hãy chọn đúng tệp.',
    );
    expect(exeAsPdf.recorded?.body.error?.issues[0]?.code).toBe('file_executable');
    // Removed: registering the same upload again finds nothing.
    const retry = await officer.post<{ error: { code: string } }>(`/nominations/${id}/files`, {
      uploadId: pdfAsJpg.asked.body.uploadId,
      kind: 'proposal_letter',
      fileName: 'scan.jpg',
    });
    expect(retry.status).toBe(409);
    expect(retry.body.error.code).toBe('FILE_NOT_UPLOADED');
    // Nothing of the refused uploads is the dossier's (the unit's shared documents it names stay).
    expect(list.body.items.filter((f) => f.fileRef.startsWith('dossiers/'))).toEqual([]);
  });

  it('refuses a POST over the size the policy allows, at the bucket', async () => {
    const { body } = await createDraft(officer);
    const asked = await officer.post<Upload>(`/nominations/${body.nomination.id}/uploads`, {
      kind: 'proposal_letter',
      fileName: 'nho.pdf',
      contentType: 'application/pdf',
      size: 100,
    });
    const form = new FormData();
    for (const [name, value] of Object.entries(asked.body.fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(21 * 1024 * 1024)], { type: 'application/pdf' }), 'nho.pdf');
    const posted = await fetch(asked.body.url, { method: 'POST', body: form });
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('EntityTooLarge');
  });

  it('keeps both versions when a returned dossier gets a new file; a sent dossier takes no file', async () => {
    const first = await createDraft(officer);
    const id = first.body.nomination.id;
    const v1 = await upload(id, PDF, {
      fileName: 'bien-ban.pdf',
      contentType: 'application/pdf',
      kind: 'review_minutes',
    });
    const draft = aDraft();
    const dossier = (draft.dossier ?? []).map((item) =>
      item.kind === 'review_minutes' ? { ...item, fileRef: v1.recorded?.body.fileRef ?? '' } : item,
    );
    const saved = await officer.put(
      `/nominations/${id}`,
      { ...draft, dossier },
      ifMatch(first.body.nomination.version),
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await officer.post(`/nominations/${id}/submit`)).status).toBe(200);
    const locked = await officer.post<{ error: { code: string } }>(`/nominations/${id}/uploads`, {
      kind: 'review_minutes',
      fileName: 'b.pdf',
      contentType: 'application/pdf',
      size: 10,
    });
    const returned = await secretary.post(`/nominations/${id}/return`, {
      reason: 'Biên bản chưa có chữ ký.',
      items: [{ kind: 'review_minutes', reason: 'Bổ sung biên bản có chữ ký.' }],
    });
    const v2 = await upload(id, PNG, {
      fileName: 'bien-ban-ky.png',
      contentType: 'image/png',
      kind: 'review_minutes',
    });
    const files = await officer.get<{ items: FileView[] }>(`/nominations/${id}/files`);
    const secretaryLink = await secretary.post<{ url: string }>(
      `/nominations/${id}/files/${v1.recorded?.body.fileId}/link`,
      { inline: true },
    );

    expect(locked.status).toBe(409);
    expect(locked.body.error.code).toBe('DOSSIER_LOCKED');
    expect(returned.status).toBe(200);
    expect(v2.recorded?.status).toBe(201);
    expect(files.body.items.map((f) => [f.fileName, f.current])).toEqual([
      ['bien-ban.pdf', true],
      ['bien-ban-ky.png', false],
    ]);
    const shown = await fetch(secretaryLink.body.url);
    expect(shown.status).toBe(200);
    expect(shown.headers.get('content-disposition')).toMatch(/^inline;/);
  });

  it('keeps the signed Quyết định with its record: the issuer attaches it, readers of the decision fetch it', async () => {
    const passed = await nominationIn(api, { awardCode: 'GIAY_KHEN', subject: 'person' }, 'council_passed');
    const director = await api.as('giamdoc.snv');
    const decision = await director.post<{ id: string; number: string }>('/decisions', {
      nominationIds: [passed.id],
    });
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    const base = `/decisions/${decision.body.id}`;
    const signed = await uploadTo(secretary, base, PDF, {
      fileName: 'QĐ ký.pdf',
      contentType: 'application/pdf',
    });
    expect(signed.posted).toBe(204);
    const recorded = signed.recorded as ApiResponse<Recorded>;
    const listed = await director.get<{ items: FileView[] }>(`${base}/files`);
    const link = await director.post<{ url: string }>(`${base}/files/${recorded.body.fileId}/link`, {
      inline: true,
    });
    const stcDirector = (await api.as('canbo.vanphong.stc')).post(
      `${base}/files/${recorded.body.fileId}/link`,
      {},
    );
    const unitOfficer = await officer.post(`${base}/uploads`, {
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 10,
    });

    expect(recorded.status).toBe(201);
    expect(recorded.body.fileRef).toMatch(new RegExp(`^decisions/${decision.body.id}/`));
    expect(listed.body.items.map((f) => [f.fileName, f.current])).toEqual([['QĐ ký.pdf', true]]);
    const fetched = await fetch(link.body.url);
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(PDF);
    expect((await stcDirector).status).toBe(403);
    expect(unitOfficer.status).toBe(403);
  });

  it("keeps a list's shared documents with the unit, and shows them with each nomination that names them", async () => {
    const base = '/units/unit-snv-vp';
    const shared = await uploadTo(officer, base, PDF, {
      kind: 'proposal_letter',
      fileName: 'Tờ trình danh sách.pdf',
      contentType: 'application/pdf',
    });
    expect(shared.posted).toBe(204);
    const letter = shared.recorded as ApiResponse<Recorded>;
    const documents = aDraft().dossier?.map((item) =>
      item.kind === 'proposal_letter' ? { ...item, fileRef: letter.body.fileRef } : item,
    );
    const sent = await officer.post<{ rows: { nominationId?: string; state: string }[] }>(
      '/nomination-lists',
      {
        year: 2019,
        documents,
        rows: [{ personId: 'person-snv-01', awardCode: 'LDTT', taskRating: 'HTTNV' }],
      },
    );
    const id = sent.body.rows[0]?.nominationId ?? '';
    const listed = await secretary.get<{ items: FileView[] }>(`/nominations/${id}/files`);
    const link = await secretary.post<{ url: string }>(
      `/nominations/${id}/files/${letter.body.fileId}/link`,
      {},
    );
    const sibling = await (await api.as('canbo.ccvc.snv')).post(`${base}/uploads`, {
      kind: 'proposal_letter',
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 10,
    });

    expect(letter.status).toBe(201);
    expect(letter.body.fileRef).toMatch(/^units\/unit-snv-vp\//);
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    expect(listed.body.items.map((f) => [f.fileName, f.current])).toEqual([['Tờ trình danh sách.pdf', true]]);
    expect((await fetch(link.body.url)).status).toBe(200);
    expect(sibling.status).toBe(404);
  });

  it('accepts a dossier only when each required document has its file (Điều 84)', async () => {
    // Sent by a program with storage paths typed in, no file uploaded.
    const typed = await officer.post<{ nomination: { id: string } }>('/nominations', aDraft());
    const id = typed.body.nomination.id;
    expect((await officer.post(`/nominations/${id}/submit`)).status).toBe(200);
    const refused = await secretary.post<{
      error: { details: { refusals: { ruleId: string; citation: string; message: string }[] } };
    }>(`/nominations/${id}/accept`);

    expect(refused.status).toBe(422);
    expect(refused.body.error.details.refusals).toEqual([
      {
        ruleId: 'dossier.files',
        citation: 'Điều 84 Luật Thi đua, khen thưởng 2022',
        message: expect.stringContaining('Tài liệu chưa có tệp tải lên: Tờ trình'),
      },
    ]);
  });
});
