import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../../shared/http/answers/common';
import type { worklist } from '../../../shared/http/answers/worklist';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { inProvinceReview, nominationIn, openMeeting, vote } from '../support/council';
import { aDraft, createDraft, createSubmitted } from '../support/nominations';

type Worklist = Answer<typeof worklist>;

let api: TestApi;
let officer: ApiClient;
let secretary: ApiClient;
beforeAll(async () => {
  api = await startTestApi('worklist');
  officer = await api.as('canbo.vanphong.snv');
  secretary = await api.as('thuky.snv');
}, 120_000);
afterAll(() => api?.stop());

const worklistOf = async (who: ApiClient) => {
  const res = await who.get<Worklist>('/me/worklist');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
};
const section = (list: Worklist, kind: string) => list.sections.find((s) => s.kind === kind);
const ids = (list: Worklist, kind: string) => section(list, kind)?.items.map((i) => i.nominationId) ?? [];

describe("a unit officer's worklist", () => {
  it('holds their drafts, their returned dossiers with the reason, and what they sent, each with its clock', async () => {
    const draft = (await createDraft(officer, aDraft())).body.nomination.id;
    const sent = await createSubmitted(officer, aDraft());
    const returned = await createSubmitted(officer, aDraft());
    const back = await secretary.post(`/nominations/${returned}/return`, {
      reason: 'Thiếu biên bản họp bình xét của đơn vị.',
      items: [{ kind: 'review_minutes', reason: 'Chưa có biên bản họp.' }],
    });
    expect(back.status).toBe(200);

    const list = await worklistOf(officer);

    expect(list.sections.map((s) => s.kind)).toEqual(['drafts', 'returned', 'sent']);
    expect(ids(list, 'drafts')).toContain(draft);
    expect(ids(list, 'sent')).toContain(sent);
    const again = section(list, 'returned')?.items.find((i) => i.nominationId === returned);
    expect(again?.reason).toBe('Thiếu biên bản họp bình xét của đơn vị.');
    expect(again?.clock).toMatchObject({ step: 'department_review', status: 'paused', late: false });
    const waiting = section(list, 'sent')?.items.find((i) => i.nominationId === sent);
    expect(waiting?.clock).toMatchObject({ step: 'department_review', status: 'running' });
    expect(waiting?.clock?.usedWorkingDays).toBeGreaterThanOrEqual(0);
    expect(section(list, 'drafts')?.items.find((i) => i.nominationId === draft)?.clock).toBeUndefined();
    for (const s of list.sections) expect(s.count).toBeGreaterThanOrEqual(s.items.length);
  });

  it('names the campaigns whose deadline for nominations is coming, with the working days left', async () => {
    const list = await worklistOf(officer);

    const campaign = list.deadlines.find((d) => d.campaignId === 'camp-snv-2026');
    expect(campaign?.nominationDeadline).toBe('2026-12-15');
    expect(campaign?.workingDaysLeft).toBeGreaterThan(0);
    expect(list.deadlines.every((d) => d.nominationDeadline >= list.asOf)).toBe(true);
  });

  it("never shows another unit's officer what is not theirs", async () => {
    const draft = (await createDraft(officer, aDraft())).body.nomination.id;
    const other = await api.as('canbo.ccvc.snv');

    const list = await worklistOf(other);

    for (const s of list.sections) expect(s.items.map((i) => i.nominationId)).not.toContain(draft);
  });
});

describe("the Sở's desks", () => {
  it('gives the secretariat what waits to be checked, the longest waiting first', async () => {
    const first = await createSubmitted(officer, aDraft());
    const second = await createSubmitted(officer, aDraft());

    const list = await worklistOf(secretary);

    const checking = ids(list, 'to_check');
    expect(checking).toEqual(expect.arrayContaining([first, second]));
    expect(checking.indexOf(first)).toBeLessThan(checking.indexOf(second));
    expect(list.sections.map((s) => s.kind)).toEqual(['to_check', 'to_agenda', 'province_returned']);
  });

  it('shows a council member the open meeting and how many items wait for their vote', async () => {
    const n = await nominationIn(api, { awardCode: 'LDTT' });
    const { id } = await openMeeting(api, [n.id]);
    const member = await api.as('hoidong1.snv');

    const before = (await worklistOf(member)).meetings.find((m) => m.meetingId === id);
    await vote(api, id, n.id, { 'hoidong1.snv': 'approve' });
    const after = (await worklistOf(member)).meetings.find((m) => m.meetingId === id);

    expect(before?.toVote).toBe(1);
    expect(after?.toVote).toBe(0);
  });
});

describe("the province's desk", () => {
  it('gives the Ban TĐKT what it appraises, each against the 25 working days of the step', async () => {
    const n = await inProvinceReview(api, { awardCode: 'CSTD_TINH' });
    const officerOfProvince = await api.as('chuyenvien.tinh');

    const list = await worklistOf(officerOfProvince);

    const item = section(list, 'to_appraise')?.items.find((i) => i.nominationId === n.id);
    expect(item?.clock).toMatchObject({ step: 'province_review', status: 'running', limitWorkingDays: 25 });
    expect(item?.clock?.dueOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
