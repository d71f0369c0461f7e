/**
 * A unit proposes in a list: one tờ trình and its documents, many rows; each row checked with
 * its rules and the quota left before sending; once sent, each row is its own nomination.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_DRAFT } from '../../../shared/http/routes/nomination-examples';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';
import { peakInFlight, type SentCommand } from '../support/commands';
import { anUnlistedPersonDraft, createSubmitted } from '../support/nominations';

let api: TestApi;
let officer: ApiClient;
beforeAll(async () => {
  api = await startTestApi('nomination-list');
  officer = await api.as('canbo.vanphong.snv');
}, 120_000);
afterAll(() => api?.stop());

const list = (rows: unknown[]) => ({ year: 2026, documents: EXAMPLE_DRAFT.dossier, rows });
interface RowView {
  row: number;
  nomineeName: string;
  refused: boolean;
  eligibility: {
    verdict: string;
    results: { ruleId: string; status: string; citation: string; message: string }[];
  };
  quota?: { allowed: number | null; takenBefore: number; citation: string };
}
const ROWS = [
  { personId: 'person-snv-01', awardCode: 'LDTT', taskRating: 'HTTNV' },
  { personId: 'person-snv-02', awardCode: 'LDTT', taskRating: 'HTNV' },
  { awardCode: 'TTLDTT', taskRating: 'HTTNV' },
  {
    personId: 'person-snv-03',
    awardCode: 'CSTDCS',
    taskRating: 'HTXSNV',
    initiatives: [
      {
        kind: 'initiative',
        title: 'Số hóa hồ sơ lưu trữ',
        recognitionNumber: '21/QĐ-SNV',
        recognisedOn: '2026-06-10',
        reach: 'unit',
      },
    ],
  },
];

describe("a unit's list proposal", () => {
  it('checks every row before sending: rules with citations, the quota for a capped award, nothing written', async () => {
    const res = await officer.post<{ rows: RowView[] }>('/nomination-lists/preview', list(ROWS));
    const mine = await officer.get<{ items: unknown[] }>('/nominations?limit=100');

    expect(res.status).toBe(200);
    // 2: "Hoàn thành nhiệm vụ" is short of LĐTT; 3: too few of the unit are LĐTT for the
    // collective title; 4: the CSTĐCS cap, counted on the list's one LĐTT, leaves no place.
    expect(res.body.rows.map((r) => [r.row, r.refused])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, true],
    ]);
    const failed = res.body.rows[1]?.eligibility.results.find((r) => r.status === 'failed');
    expect(failed).toMatchObject({
      ruleId: 'LDTT.task_rating',
      citation: 'điểm a khoản 1 Điều 24 Luật TĐKT 2022',
    });
    expect(res.body.rows[2]?.eligibility.results.find((r) => r.status === 'failed')?.ruleId).toBe(
      'TTLDTT.ldtt_share',
    );
    // The capped award counts the list's own LĐTT rows in its base: 15 % of 1 is no place.
    expect(res.body.rows[3]?.quota).toMatchObject({ allowed: 0, takenBefore: 0 });
    expect(mine.body.items).toEqual([]);
  });

  it('sends the list: each row its own nomination, submitted; a refused row stays a draft the unit can correct, named', async () => {
    const res = await officer.post<{
      listId: string;
      submitted: number;
      refused: number;
      rows: { row: number; state: string; nominationId?: string; message?: string }[];
    }>('/nomination-lists', list(ROWS));
    const secretary = await api.as('thuky.snv');
    const queue = await secretary.get<{
      items: { id: string; unitList?: { id: string; size: number; letterNumber?: string } }[];
    }>('/queues/secretariat?state=submitted&limit=100');

    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ submitted: 1, refused: 3 });
    expect(res.body.rows.map((r) => r.state)).toEqual(['submitted', 'draft', 'draft', 'draft']);
    expect(res.body.rows[1]?.message).toBe('Đề nghị chưa đáp ứng điều kiện khen thưởng.');
    expect(res.body.rows[3]?.message).toBe('Đề nghị vượt tỷ lệ khen thưởng cho phép của đơn vị.');
    const sent = res.body.rows.filter((r) => r.state === 'submitted').map((r) => r.nominationId);
    expect(queue.body.items.map((n) => n.id)).toEqual(expect.arrayContaining(sent));
    // Each carries the list it came in, so the secretariat can take the list whole.
    const listed = queue.body.items.filter((n) => sent.includes(n.id));
    expect(listed.map((n) => n.unitList)).toEqual([
      { id: res.body.listId, size: 4, letterNumber: '12/TTr-VP', issuedOn: '2026-11-20' },
    ]);
  });

  it('refuses a person of another unit and an award the nominee cannot receive, naming the row (400)', async () => {
    const res = await officer.post<{ error: { issues: { path: string }[] } }>(
      '/nomination-lists/preview',
      list([
        { personId: 'person-snv-06', awardCode: 'LDTT', taskRating: 'HTTNV' },
        { awardCode: 'LDTT', taskRating: 'HTTNV' },
      ]),
    );

    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i) => i.path)).toEqual([
      'body.rows.0.personId',
      'body.rows.1.awardCode',
    ]);
  });

  it("judges the unit's collective title with its members proposed in the same list, and sends it after them", async () => {
    // The unit grows to a size where one CSTĐCS fits the quota: 15 % of its LĐTT.
    const admin = await api.as('quantri');
    const newcomers = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hải', 'Khoa', 'Linh'].map((n) => `Lê Văn ${n}`);
    const imported = await admin.post<{ written: number }>('/organisations/org-snv/staff-imports', {
      fileName: 'vp.xlsx',
      header: ['Họ tên', 'Đơn vị', 'Ngày vào cơ quan'],
      rows: newcomers.map((name) => [name, 'Văn phòng Sở', '01/09/2015']),
    });
    expect(imported.body.written).toBe(8);
    const staff = await officer.get<{ items: { id: string; leftOn?: string }[] }>(
      '/units/unit-snv-vp/persons?limit=100',
    );
    const people = staff.body.items.filter((p) => !p.leftOn).map((p) => p.id);
    const cstdcs = {
      awardCode: 'CSTDCS',
      taskRating: 'HTXSNV',
      initiatives: [
        {
          kind: 'initiative',
          title: 'Một cửa liên thông điện tử',
          recognitionNumber: '30/QĐ-SNV',
          recognisedOn: '2025-06-10',
          reach: 'unit',
        },
      ],
      documents: [
        {
          kind: 'initiative_certificate',
          title: 'Quyết định công nhận sáng kiến',
          fileRef: 'dossiers/vp/sang-kien.pdf',
          documentNumber: '30/QĐ-SNV',
          issuedOn: '2025-06-10',
          copy: 'original',
        },
      ],
    };
    const rows = (completingTaskCount: number) => [
      { awardCode: 'TTLDXS', taskRating: 'HTXSNV', completingTaskCount },
      ...people.map((personId, i) =>
        i === 0 ? { personId, ...cstdcs } : { personId, awardCode: 'LDTT', taskRating: 'HTTNV' },
      ),
    ];
    const year2025 = (r: unknown[]) => ({ ...list(r), year: 2025 });

    const all = await officer.post<{
      rows: (RowView & { eligibility: { results: { message: string }[] } })[];
    }>('/nomination-lists/preview', year2025(rows(people.length)));
    // One person not proposed and rated below "hoàn thành nhiệm vụ": not 100 % complete.
    const oneShort = await officer.post<{ rows: RowView[] }>(
      '/nomination-lists/preview',
      year2025(rows(people.length - 1).slice(0, -1)),
    );
    const onPersonRow = await officer.post<{ error: { issues: { path: string }[] } }>(
      '/nomination-lists/preview',
      {
        ...year2025([
          { personId: people[1], awardCode: 'LDTT', taskRating: 'HTTNV', completingTaskCount: 3 },
        ]),
      },
    );

    expect(all.status).toBe(200);
    expect(all.body.rows.filter((r) => r.refused)).toEqual([]);
    const unit = all.body.rows[0];
    expect(unit?.eligibility.verdict).toBe('eligible');
    const share = unit?.eligibility.results.find((r) => r.ruleId === 'TTLDXS.ldtt_share');
    // Some already hold LĐTT 2025 in the seed's history; the others count by this list.
    expect(share?.message).toMatch(
      new RegExp(
        `^${people.length}/${people.length} cá nhân đạt "Lao động tiên tiến" \\(100 %\\), trong đó [1-9]\\d* người đang được đề nghị cùng đợt; yêu cầu ít nhất 70 %\\.$`,
      ),
    );
    expect(oneShort.body.rows[0]?.refused).toBe(true);
    expect(oneShort.body.rows[0]?.eligibility.results.find((r) => r.status === 'failed')?.ruleId).toBe(
      'TTLDXS.all_complete',
    );
    expect(onPersonRow.status).toBe(400);
    expect(onPersonRow.body.error.issues.map((i) => i.path)).toEqual(['body.rows.0.completingTaskCount']);

    const sent = await officer.post<{ submitted: number; rows: { state: string; message?: string }[] }>(
      '/nomination-lists',
      year2025(rows(people.length)),
    );
    expect(sent.status).toBe(201);
    expect(sent.body.rows.map((r) => r.message).filter(Boolean)).toEqual([]);
    expect(sent.body.submitted).toBe(people.length + 1);
  });
});

describe('ties at the CSTĐCS cap (Điều 4 of the decrees: women first; the seeds: staff without a leadership post)', () => {
  const TIE_YEAR = 2029;
  const cstdcs = (personId: string) => ({ personId, awardCode: 'CSTDCS', taskRating: 'HTXSNV' });

  it('gives the one place to the woman without a post, listing the other over the quota with the reasons; the secretariat sees them ranked', async () => {
    // Seven LĐTT of the unit this year: 15 % of 7 is one CSTĐCS place.
    for (let i = 1; i <= 7; i++)
      await createSubmitted(officer, anUnlistedPersonDraft(200 + i, { year: TIE_YEAR }));
    // Trần Văn Minh (Phó Chánh Văn phòng) comes first in the list, Nguyễn Thị Hồng Nhung second.
    const rows = [cstdcs('person-snv-02'), cstdcs('person-snv-01')];
    const preview = await officer.post<{
      rows: (RowView & { quota?: { priority?: { rank: number; reasons: string[] } } })[];
    }>('/nomination-lists/preview', { ...list(rows), year: TIE_YEAR });

    expect(preview.status).toBe(200);
    const [minh, nhung] = preview.body.rows;
    expect(nhung).toMatchObject({
      refused: false,
      quota: { allowed: 1, takenBefore: 0, priority: { rank: 1 } },
    });
    expect(nhung?.quota?.priority?.reasons).toEqual(['Nữ', 'Không giữ chức vụ lãnh đạo, quản lý']);
    expect(minh).toMatchObject({
      refused: true,
      quota: { allowed: 1, takenBefore: 1, priority: { rank: 2 } },
    });

    const sent = await officer.post<{ rows: { state: string }[] }>('/nomination-lists', {
      ...list(rows),
      year: TIE_YEAR,
    });
    expect(sent.body.rows.map((r) => r.state)).toEqual(['draft', 'submitted']);

    const secretary = await api.as('thuky.snv');
    const use = await secretary.get<{
      units: {
        unitId: string;
        candidates: { nomineeName: string; rank: number; reasons: string[]; withinCap: boolean }[];
      }[];
    }>(`/secretariat/quota-use?year=${TIE_YEAR}&awardCode=CSTDCS`);
    expect(use.body.units.find((u) => u.unitId === 'unit-snv-vp')?.candidates).toEqual([
      {
        nominationId: expect.any(String),
        nomineeName: 'Nguyễn Thị Hồng Nhung',
        rank: 1,
        reasons: ['Nữ', 'Không giữ chức vụ lãnh đạo, quản lý'],
        withinCap: true,
      },
    ]);
  });
});

describe('a list sent again with the same key (a retry after a lost answer)', () => {
  it('answers as the first sending did and writes nothing more: no second draft of any row', async () => {
    const body = list([
      { personId: 'person-snv-04', awardCode: 'LDTT', taskRating: 'HTTNV' },
      { personId: 'person-snv-05', awardCode: 'LDTT', taskRating: 'HTTNV' },
    ]);
    const key = randomUUID();
    const first = await officer.post<{ submitted: number }>('/nomination-lists', body, {
      idempotencyKey: key,
    });
    const mine = () => officer.get<{ items: { id: string }[] }>('/nominations?limit=100');
    const before = await mine();
    const again = await officer.post('/nomination-lists', body, { idempotencyKey: key });
    const after = await mine();

    expect(first.status).toBe(201);
    expect(first.body.submitted).toBe(2);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(after.body.items.map((n) => n.id)).toEqual(before.body.items.map((n) => n.id));
  });
});

describe('a long list', () => {
  it('sends the rows of an award without a cap side by side, each still its own submitted nomination', async () => {
    const people: string[] = [];
    for (let i = 0; i < 5; i++) {
      const made = await officer.post<{ id: string }>('/units/unit-snv-vp/persons', {
        fullName: `Người trong danh sách dài ${i}`,
        position: 'Chuyên viên',
        startedOn: '2020-01-01',
      });
      people.push(made.body.id);
    }
    const histories = ({ command, input }: SentCommand) =>
      command === 'QueryCommand' &&
      /^PERSON#/.test(
        (input as { ExpressionAttributeValues?: Record<string, { S?: string }> }).ExpressionAttributeValues?.[
          ':pk'
        ]?.S ?? '',
      );
    const rows = people.map((personId) => ({ personId, awardCode: 'LDTT', taskRating: 'HTTNV' }));
    let checked: { status: number; body: { rows: unknown[] } } | undefined;
    const peakReads = await peakInFlight(histories, async () => {
      checked = await officer.post('/nomination-lists/preview', list(rows));
    });
    const transactions = ({ command }: SentCommand) => command === 'TransactWriteItemsCommand';
    let res:
      | { status: number; body: { submitted: number; rows: { row: number; state: string }[] } }
      | undefined;
    const peak = await peakInFlight(transactions, async () => {
      res = await officer.post('/nomination-lists', list(rows));
    });

    expect(res?.status).toBe(201);
    expect(res?.body.submitted).toBe(5);
    expect(res?.body.rows.map((r) => [r.row, r.state])).toEqual(
      [1, 2, 3, 4, 5].map((row) => [row, 'submitted']),
    );
    expect(peak).toBeGreaterThan(1);
    // Checked first: the five people's histories read side by side too.
    expect(checked?.status).toBe(200);
    expect(checked?.body.rows).toHaveLength(5);
    expect(peakReads).toBeGreaterThan(1);
  });
});

describe('two rows claiming the same initiative', () => {
  it('leave it to the first in the list, as rows sent one by one would', async () => {
    const people: string[] = [];
    for (let i = 0; i < 2; i++) {
      const made = await officer.post<{ id: string }>('/units/unit-snv-vp/persons', {
        fullName: `Người cùng sáng kiến ${i}`,
        position: 'Chuyên viên',
        startedOn: '2020-01-01',
      });
      people.push(made.body.id);
    }
    const initiative = {
      kind: 'initiative',
      title: 'Một sáng kiến cho hai người',
      recognitionNumber: '77/QĐ-SNV',
      recognisedOn: '2026-05-10',
      reach: 'unit',
    };
    const res = await officer.post<{ rows: { row: number; state: string }[] }>(
      '/nomination-lists',
      list(
        people.map((personId) => ({
          personId,
          awardCode: 'LDTT',
          taskRating: 'HTTNV',
          initiatives: [initiative],
        })),
      ),
    );

    expect(res.status).toBe(201);
    expect(res.body.rows.map((r) => [r.row, r.state])).toEqual([
      [1, 'submitted'],
      [2, 'draft'],
    ]);
  });
});
