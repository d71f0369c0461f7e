import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoPersonRepository } from '../../../shared/store/dynamo';
import { testClock } from '../../support/clock';
import { startTestApi, type TestApi } from '../support/api';
import { commandsSentBy } from '../support/commands';
import { ALL_APPROVE, extraUser, nominationIn, openMeeting, repo, vote } from '../support/council';
import { createDraft, draftFor } from '../support/nominations';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('decisions');
}, 120_000);
afterAll(() => api?.stop());

interface DocumentBody {
  id: string;
  number: string;
  kind: string;
  year: number;
  status: string;
  signedOnLabel: string;
  revokes?: string;
  entries: { nominationId: string; awardCode: string; no: number; revoked?: true }[];
}

const history = (personId: string) =>
  makeDynamoPersonRepository({
    client: api.app.dynamodb,
    tableName: api.tableName,
    clock: testClock,
  }).listAwardHistory({ kind: 'person', id: personId }, { limit: 100 });

describe('the route of a Sở award', () => {
  it("takes LĐTT and CSTĐCS through the council to one director's decision numbered …/QĐ-SNV, into the award history", async () => {
    const ldtt = await nominationIn(api, {
      awardCode: 'LDTT',
      personId: 'person-snv-05',
      unitId: 'unit-snv-vp',
    });
    const cstdcs = await nominationIn(api, {
      awardCode: 'CSTDCS',
      personId: 'person-snv-04',
      unitId: 'unit-snv-vp',
    });
    const { id, secretary } = await openMeeting(api, [ldtt.id, cstdcs.id]);
    const voters = {
      'giamdoc.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    } as const;
    await vote(api, id, ldtt.id, voters);
    await vote(api, id, cstdcs.id, voters);
    expect((await secretary.post(`/council/meetings/${id}/close`)).status).toBe(200);
    const director = await api.as('giamdoc.snv');

    const signed = await director.post<DocumentBody>('/decisions', { nominationIds: [ldtt.id, cstdcs.id] });
    const second = await director.post<DocumentBody>('/decisions', {
      nominationIds: [(await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed')).id],
    });

    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({ kind: 'decision', status: 'issued', number: '01/QĐ-SNV' });
    expect(signed.body.signedOnLabel).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(signed.body.entries.map((e) => [e.no, e.awardCode])).toEqual([
      [1, 'LDTT'],
      [2, 'CSTDCS'],
    ]);
    expect(second.body.number).toBe('02/QĐ-SNV');
    expect(await repo(api).get(ldtt.id)).toMatchObject({
      state: 'decided',
      records: { decision: { decisionId: signed.body.id, number: '01/QĐ-SNV' } },
    });
    expect((await history('person-snv-04')).items).toContainEqual(
      expect.objectContaining({
        awardCode: 'CSTDCS',
        year: 2026,
        decisionId: signed.body.id,
        decisionNumber: '01/QĐ-SNV',
      }),
    );
    const read = await director.get<DocumentBody>(`/decisions/${signed.body.id}`);
    const list = await director.get<{ items: DocumentBody[] }>(`/decisions?year=${signed.body.year}`);
    expect(read.body.entries).toHaveLength(2);
    expect(list.body.items.map((d) => d.number)).toEqual(['01/QĐ-SNV', '02/QĐ-SNV']);
  });

  it('signs nothing when one listed nomination cannot be decided: all or nothing', async () => {
    const passed = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const notYet = await nominationIn(api, { awardCode: 'LDTT' });
    const director = await api.as('giamdoc.snv');

    const res = await director.post('/decisions', { nominationIds: [passed.id, notYet.id] });

    expect(res.status).toBe(409);
    expect((await repo(api).get(passed.id))?.state).toBe('council_passed');
    expect((await repo(api).get(notYet.id))?.state).toBe('accepted');
  });

  it('writes a batch too large for one transaction in chunks behind a pending decision, then issues it', async () => {
    const many: Awaited<ReturnType<typeof nominationIn>>[] = [];
    for (let i = 0; i < 60; i++) many.push(await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed'));
    const director = await api.as('giamdoc.snv');

    let res = { status: 0, body: {} as DocumentBody };
    const sent = await commandsSentBy(async () => {
      res = await director.post<DocumentBody>('/decisions', { nominationIds: many.map((n) => n.id) });
    });

    expect(res.status).toBe(201);
    expect(res.body.entries).toHaveLength(60);
    // The sixty are read in one request, not one each.
    expect(sent.filter((c) => c.command === 'TransactGetItemsCommand')).toHaveLength(1);
    expect(
      sent.filter(
        (c) =>
          c.command === 'GetItemCommand' && /"NOM#[^"]*"\},"SK":\{"S":"META"/.test(JSON.stringify(c.input)),
      ),
    ).toEqual([]);
    const states = await Promise.all(many.map(async (n) => (await repo(api).get(n.id))?.state));
    expect(new Set(states)).toEqual(new Set(['decided']));
    expect((await director.get<DocumentBody>(`/decisions/${res.body.id}`)).body.status).toBe('issued');
  });

  it('revokes an award with a revoking decision that links to it; the original stays as signed', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT', personId: 'person-snv-03' }, 'council_passed');
    const director = await api.as('giamdoc.snv');
    const decision = await director.post<DocumentBody>('/decisions', { nominationIds: [n.id] });

    const revoked = await director.post<DocumentBody>(`/decisions/${decision.body.id}/revocations`, {
      nominationIds: [n.id],
      reason: 'Hồ sơ kê khai thành tích không trung thực.',
    });

    expect(revoked.status).toBe(201);
    expect(revoked.body).toMatchObject({ kind: 'revocation', revokes: decision.body.id });
    expect(revoked.body.number).toMatch(/^\d{2}\/QĐ-SNV$/);
    expect(await repo(api).get(n.id)).toMatchObject({
      state: 'revoked',
      records: { decision: { decisionId: decision.body.id }, revocation: { decisionId: revoked.body.id } },
    });
    expect((await director.get<DocumentBody>(`/decisions/${decision.body.id}`)).body.entries).toHaveLength(1);
  });

  it('marks, in the decision it revoked from, the award revoked since and no other', async () => {
    const [kept, lost] = [
      await nominationIn(api, { awardCode: 'LDTT', personId: 'person-snv-08' }, 'council_passed'),
      await nominationIn(api, { awardCode: 'LDTT', personId: 'person-snv-09' }, 'council_passed'),
    ];
    const director = await api.as('giamdoc.snv');
    const decision = await director.post<DocumentBody>('/decisions', { nominationIds: [kept.id, lost.id] });
    const before = await director.get<DocumentBody>(`/decisions/${decision.body.id}`);

    await director.post(`/decisions/${decision.body.id}/revocations`, {
      nominationIds: [lost.id],
      reason: 'Hồ sơ kê khai thành tích không trung thực.',
    });
    const after = await director.get<DocumentBody>(`/decisions/${decision.body.id}`);
    const secretary = await api.as('thuky.snv');
    const seenBySecretary = await secretary.get<DocumentBody>(`/decisions/${decision.body.id}`);

    const revokedIn = (body: DocumentBody) =>
      body.entries.filter((e) => e.revoked).map((e) => e.nominationId);
    expect(revokedIn(before.body)).toEqual([]);
    expect(revokedIn(after.body)).toEqual([lost.id]);
    expect(revokedIn(seenBySecretary.body)).toEqual([lost.id]);
    expect(after.body.entries.map((e) => e.nominationId)).toEqual(
      before.body.entries.map((e) => e.nominationId),
    );
  });
});

describe('a revoked award in the history', () => {
  it('is marked revokedBy the revoking decision, and the next prerequisite check no longer counts it', async () => {
    // person-snv-01 holds CSTĐCS 2023–2025; a decided CSTĐCS 2026 makes four consecutive years.
    const n = await nominationIn(
      api,
      { awardCode: 'CSTDCS', personId: 'person-snv-01', unitId: 'unit-snv-vp' },
      'council_passed',
    );
    const director = await api.as('giamdoc.snv');
    const officer = await api.as('canbo.vanphong.snv');
    const decision = await director.post<DocumentBody>('/decisions', { nominationIds: [n.id] });
    const consecutive = async () => {
      const { body } = await createDraft(officer, draftFor('CSTD_TINH', 'person-snv-01', 2026));
      return body.eligibility.results.find((r) => r.ruleId === 'CSTD_TINH.consecutive_cstdcs')?.status;
    };
    const before = await consecutive();

    const revoked = await director.post<DocumentBody>(`/decisions/${decision.body.id}/revocations`, {
      nominationIds: [n.id],
      reason: 'Giấy chứng nhận sáng kiến không hợp lệ.',
    });
    const after = await consecutive();

    expect(revoked.status).toBe(201);
    expect((await history('person-snv-01')).items).toContainEqual(
      expect.objectContaining({
        year: 2026,
        awardCode: 'CSTDCS',
        decisionId: decision.body.id,
        revokedBy: { decisionId: revoked.body.id, number: revoked.body.number },
      }),
    );
    expect(before).toBe('passed');
    expect(after).toBe('failed');
  });
});

describe('the route of a province award', () => {
  const ADDED_REPORT = {
    kind: 'achievement_report',
    title: 'Báo cáo thành tích có xác nhận của Thủ trưởng đơn vị',
    fileRef: 'ho-so/bao-cao-thanh-tich-bo-sung.pdf',
    issuedOn: '2026-11-20',
    copy: 'original',
  };

  it('goes BK_TINH → tờ trình → appraisal → return to the Sở → reforward → the chairman’s decision …/QĐ-UBND', async () => {
    const a = await nominationIn(api, {
      awardCode: 'BK_TINH',
      personId: 'person-snv-02',
      unitId: 'unit-snv-vp',
    });
    const b = await nominationIn(api, { awardCode: 'BK_TINH' });
    const { id, secretary } = await openMeeting(api, [a.id, b.id]);
    await vote(api, id, a.id, {
      'giamdoc.snv': 'approve',
      'hoidong2.snv': 'approve',
      'hoidong3.snv': 'approve',
    });
    await vote(api, id, b.id, ALL_APPROVE);
    await secretary.post(`/council/meetings/${id}/close`);
    const director = await api.as('giamdoc.snv');
    const officer = await api.as('chuyenvien.tinh');
    const chairman = await api.as('chutich.tinh');

    const notYetForwarded = await officer.post(`/nominations/${a.id}/receive`, {});
    const letter = await director.post<DocumentBody>('/submissions', { nominationIds: [a.id, b.id] });
    for (const n of [a, b]) expect((await officer.post(`/nominations/${n.id}/receive`, {})).status).toBe(200);
    const returned = await officer.post(`/nominations/${a.id}/province-return`, {
      reason: 'Thiếu báo cáo thành tích có xác nhận của Thủ trưởng đơn vị.',
    });
    const tooMany = await secretary.post<{ error: { issues: { path: string }[] } }>(
      `/nominations/${a.id}/reforward`,
      { documents: Array.from({ length: 31 }, () => ADDED_REPORT) },
    );
    const reforwarded = await secretary.post(`/nominations/${a.id}/reforward`, {
      note: 'Đã bổ sung báo cáo.',
      documents: [ADDED_REPORT],
    });
    await officer.post(`/nominations/${a.id}/receive`, {});
    for (const n of [a, b])
      expect((await officer.post(`/nominations/${n.id}/appraise`, {})).status).toBe(200);
    const signed = await chairman.post<DocumentBody>('/decisions', { nominationIds: [a.id, b.id] });

    expect(notYetForwarded.status).toBe(404);
    expect(letter.status).toBe(201);
    expect(letter.body).toMatchObject({ kind: 'submission', number: '01/TTr-SNV' });
    expect(returned.status).toBe(200);
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.issues.map((i) => i.path)).toEqual(['body.documents']);
    expect(reforwarded.status).toBe(200);
    // The document added after the return joins the dossier, and the step names it.
    const form = (await repo(api).get(a.id))?.form as { dossier?: { title: string }[] } | undefined;
    expect((form?.dossier ?? []).map((d) => d.title)).toContain(ADDED_REPORT.title);
    const reforwardEvent = (await repo(api).listAuditEvents(a.id, { limit: 100 })).items.find(
      (e) => e.action === 'reforward',
    );
    expect(reforwardEvent?.data).toMatchObject({
      addedDocuments: [{ kind: 'achievement_report', title: ADDED_REPORT.title }],
    });
    expect(signed.status).toBe(201);
    expect(signed.body.number).toBe('01/QĐ-UBND');
    expect(await repo(api).get(a.id)).toMatchObject({
      state: 'decided_by_province',
      records: { submissionLetter: { number: '01/TTr-SNV' }, decision: { number: '01/QĐ-UBND' } },
    });
    expect((await history('person-snv-02')).items).toContainEqual(
      expect.objectContaining({ awardCode: 'BK_TINH', decisionNumber: '01/QĐ-UBND' }),
    );
    const events = (await repo(api).listAuditEvents(a.id, { limit: 100 })).items.map((e) => e.action);
    expect(events).toEqual(
      expect.arrayContaining([
        'forward',
        'receive',
        'province_return',
        'reforward',
        'appraise',
        'province_decide',
      ]),
    );
    expect((await director.get<DocumentBody>(`/decisions/${signed.body.id}`)).status).toBe(200);
  });

  it('sends CSTĐ cấp tỉnh to the provincial council: plain appraisal is refused with WORKFLOW_WRONG_ROUTE', async () => {
    const n = await nominationIn(api, { awardCode: 'CSTD_TINH' }, 'council_passed');
    const director = await api.as('giamdoc.snv');
    const officer = await api.as('chuyenvien.tinh');
    await director.post('/submissions', { nominationIds: [n.id] });
    await officer.post(`/nominations/${n.id}/receive`, {});

    const res = await officer.post<{ error: { code: string } }>(`/nominations/${n.id}/appraise`, {});

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('WORKFLOW_WRONG_ROUTE');
  });

  it('refuses the director a province award decision (409) and the chairman a Sở nomination it never received (404)', async () => {
    const province = await nominationIn(api, { awardCode: 'BK_TINH' }, 'council_passed');
    const so = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const director = await api.as('giamdoc.snv');
    const chairman = await api.as('chutich.tinh');

    expect((await director.post('/decisions', { nominationIds: [province.id] })).status).toBe(409);
    expect((await chairman.post('/decisions', { nominationIds: [so.id] })).status).toBe(404);
  });
});

describe('who may sign and read', () => {
  it('refuses a council member signing (403), unknown fields (400), and another Sở (404)', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed');
    const member = await api.as('hoidong1.snv');
    const director = await api.as('giamdoc.snv');
    const otherDirector = await extraUser(api, ['director'], 'org-stc');

    const wrongRole = await member.post('/decisions', { nominationIds: [n.id] });
    const unknown = await director.post('/decisions', { nominationIds: [n.id], decidedBy: 'x' });
    const foreign = await otherDirector.post('/decisions', { nominationIds: [n.id] });
    const signed = await director.post<DocumentBody>('/decisions', { nominationIds: [n.id] });
    const foreignRead = await otherDirector.get(`/decisions/${signed.body.id}`);
    const foreignRevoke = await otherDirector.post(`/decisions/${signed.body.id}/revocations`, {
      nominationIds: [n.id],
      reason: 'Thử',
    });

    expect(wrongRole.status).toBe(403);
    expect(unknown.status).toBe(400);
    expect(foreign.status).toBe(404);
    expect(signed.status).toBe(201);
    expect(foreignRead.status).toBe(404);
    expect(foreignRevoke.status).toBe(404);
  });
});
