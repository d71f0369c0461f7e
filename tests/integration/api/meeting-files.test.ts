/**
 * A closed meeting's signed minutes and tally over HTTP against the local S3 stand-in: the
 * convener attaches them once the meeting is closed; readers of the meeting fetch them; each
 * nomination on the agenda shows them in its dossier (with a link its readers may follow), and a
 * newer copy of a kind takes the older one's place. Other organisations see nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, type ApiResponse, startTestApi, type TestApi } from '../support/api';
import {
  ALL_APPROVE,
  extraUser,
  inProvinceReview,
  nominationIn,
  openMeeting,
  openProvinceMeeting,
  vote,
} from '../support/council';
import { type Recorded, uploadTo } from '../support/files';

let api: TestApi;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('meeting-files');
  secretary = await api.as('thuky.snv');
}, 120_000);
afterAll(() => api?.stop());

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n');
const SIGNED_PDF = Buffer.from('%PDF-1.7\n% signed by chair and secretary\ntrailer\n%%EOF\n');

interface FileRow {
  fileId: string;
  kind: string;
  fileName: string;
  fileRef: string;
  current: boolean;
  meetingId?: string;
}

const minutes = (base: string, bytes: Buffer, fileName: string, kind = 'review_minutes', as = secretary) =>
  uploadTo(as, base, bytes, { kind, fileName, contentType: 'application/pdf' });

describe("a council meeting's signed records", () => {
  it('are attached once the meeting is closed and become items of each agenda dossier', async () => {
    const a = await nominationIn(api, { awardCode: 'GIAY_KHEN', subject: 'person' });
    const b = await nominationIn(api, { awardCode: 'GIAY_KHEN', subject: 'person' });
    const meeting = await openMeeting(api, [a.id, b.id]);
    const base = `/council/meetings/${meeting.id}`;

    const whileOpen = await minutes(base, PDF, 'bien-ban.pdf');
    for (const id of [a.id, b.id]) await vote(api, meeting.id, id, ALL_APPROVE);
    expect((await secretary.post(`${base}/close`)).status).toBe(200);

    const member = await api.as('hoidong1.snv');
    const byMember = await member.post(`${base}/uploads`, {
      kind: 'review_minutes',
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 10,
    });
    const wrongKind = await secretary.post<{ error: { issues: { path: string }[] } }>(`${base}/uploads`, {
      kind: 'proposal_letter',
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 10,
    });
    const first = await minutes(base, PDF, 'Biên bản họp.pdf');
    const tally = await minutes(base, PDF, 'Biên bản kiểm phiếu.pdf', 'vote_tally');
    const second = await minutes(base, SIGNED_PDF, 'Biên bản họp (bản ký).pdf');
    const listed = await member.get<{ items: FileRow[] }>(`${base}/files`);

    expect(whileOpen.asked.status).toBe(409);
    expect((whileOpen.asked.body as unknown as { error: { code: string } }).error.code).toBe(
      'MEETING_NOT_CLOSED',
    );
    expect(byMember.status).toBe(403);
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.issues.map((i) => i.path)).toContain('body.kind');
    for (const upload of [first, tally, second]) {
      expect(upload.posted).toBe(204);
      expect(upload.recorded?.status).toBe(201);
      expect(upload.recorded?.body.fileRef).toMatch(new RegExp(`^meetings/${meeting.id}/`));
    }
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((f) => [f.fileName, f.kind, f.current])).toEqual([
      ['Biên bản họp.pdf', 'review_minutes', false],
      ['Biên bản kiểm phiếu.pdf', 'vote_tally', true],
      ['Biên bản họp (bản ký).pdf', 'review_minutes', true],
    ]);

    // Each agenda nomination's dossier shows them, for whoever may read the nomination.
    const unitOfficer = await api.as('canbo.ttlt.snv');
    for (const id of [a.id, b.id]) {
      const dossier = await unitOfficer.get<{ items: FileRow[] }>(`/nominations/${id}/files`);
      expect(dossier.status).toBe(200);
      expect(
        dossier.body.items.filter((f) => f.meetingId === meeting.id).map((f) => [f.fileName, f.current]),
      ).toEqual([
        ['Biên bản họp.pdf', false],
        ['Biên bản kiểm phiếu.pdf', true],
        ['Biên bản họp (bản ký).pdf', true],
      ]);
    }
    const signed = (second.recorded as ApiResponse<Recorded>).body;
    const link = await unitOfficer.post<{ url: string }>(
      `/nominations/${a.id}/files/${signed.fileId}/link`,
      {},
    );
    expect(link.status).toBe(200);
    const fetched = await fetch(link.body.url);
    expect(Buffer.from(await fetched.arrayBuffer())).toEqual(SIGNED_PDF);
    const meetingLink = await member.post<{ url: string }>(`${base}/files/${signed.fileId}/link`, {
      inline: true,
    });
    expect((await fetch(meetingLink.body.url)).status).toBe(200);
  });

  it("keeps the provincial council's records to the province: the Sở that proposed sees its own council's only", async () => {
    const n = await nominationIn(api, { awardCode: 'CSTD_TINH', subject: 'person' });
    const own = await openMeeting(api, [n.id]);
    await vote(api, own.id, n.id, ALL_APPROVE);
    await secretary.post(`/council/meetings/${own.id}/close`);
    await minutes(`/council/meetings/${own.id}`, PDF, 'Biên bản Hội đồng Sở.pdf');
    // The same nomination, forwarded and before the provincial council (through the store).
    const forwarded = await inProvinceReview(api, { awardCode: 'CSTD_TINH', subject: 'person' });
    const province = await openProvinceMeeting(api, [forwarded.id]);
    await province.officer.post(`/province/council/meetings/${province.id}/close`);
    const kept = await minutes(
      `/province/council/meetings/${province.id}`,
      PDF,
      'Biên bản Hội đồng tỉnh.pdf',
      'review_minutes',
      province.officer,
    );

    const names = async (as: ApiClient, id: string) =>
      (await as.get<{ items: FileRow[] }>(`/nominations/${id}/files`)).body.items
        .filter((f) => f.meetingId)
        .map((f) => f.fileName);
    const unitOfficer = await api.as('canbo.ttlt.snv');
    const link = await secretary.post(
      `/nominations/${forwarded.id}/files/${(kept.recorded as ApiResponse<Recorded>).body.fileId}/link`,
      {},
    );

    expect(kept.recorded?.status).toBe(201);
    expect(await names(unitOfficer, n.id)).toEqual(['Biên bản Hội đồng Sở.pdf']);
    expect(await names(province.officer, forwarded.id)).toEqual(['Biên bản Hội đồng tỉnh.pdf']);
    expect(await names(secretary, forwarded.id)).toEqual([]);
    expect(link.status).toBe(404);
  });

  it("is nobody else's: another Sở's secretariat and a nomination off the agenda see none of it", async () => {
    const a = await nominationIn(api, { awardCode: 'GIAY_KHEN', subject: 'person' });
    const elsewhere = await nominationIn(api, { awardCode: 'GIAY_KHEN', subject: 'person' });
    const meeting = await openMeeting(api, [a.id]);
    const base = `/council/meetings/${meeting.id}`;
    await vote(api, meeting.id, a.id, ALL_APPROVE);
    await secretary.post(`${base}/close`);
    const kept = await minutes(base, PDF, 'Biên bản họp.pdf');
    const fileId = (kept.recorded as ApiResponse<Recorded>).body.fileId;

    const otherSecretary = await extraUser(api, ['council_secretary'], 'org-stc');
    const otherList = await otherSecretary.get(`${base}/files`);
    const otherUpload = await otherSecretary.post(`${base}/uploads`, {
      kind: 'review_minutes',
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      size: 10,
    });
    const otherLink = await otherSecretary.post(`${base}/files/${fileId}/link`, {});
    const offAgenda = await secretary.get<{ items: FileRow[] }>(`/nominations/${elsewhere.id}/files`);
    const offAgendaLink = await secretary.post(`/nominations/${elsewhere.id}/files/${fileId}/link`, {});
    const province = await api.as('chuyenvien.tinh');
    const provinceMeeting = await province.get(`/province/council/meetings/${meeting.id}/files`);

    expect(otherList.status).toBe(404);
    expect(otherUpload.status).toBe(404);
    expect(otherLink.status).toBe(404);
    expect(offAgenda.body.items).toEqual([]);
    expect(offAgendaLink.status).toBe(404);
    // A Sở's meeting is not the provincial council's: its routes answer as for a missing one.
    expect(provinceMeeting.status).toBe(404);
  });
});
