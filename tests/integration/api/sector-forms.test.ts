/**
 * The sector's statistical forms (Thông tư 02/2023/TT-BNV) over HTTP: awards entered in the
 * history for the sector's year 2016 (01/12/2015–30/11/2016, a year no other data touches) and the demo's campaign, each table compared
 * with counts worked out by hand below; the period's bounds; the Sở's and the province's scope.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, startTestApi, type TestApi } from '../support/api';

let api: TestApi;
let province: ApiClient;

interface Row {
  code?: string;
  label: string;
  values?: number[];
}
interface Form {
  id: string;
  number: string;
  columns: { path: string[] }[];
  rows: Row[];
}
interface Forms {
  reportingUnit: string;
  scope: string;
  from: string;
  to: string;
  counted: { awards: number; campaigns: number };
  forms: Form[];
}

/** The rows with a code, as `code → values`. */
const byCode = (form: Form | undefined): Record<string, number[] | undefined> =>
  Object.fromEntries((form?.rows ?? []).filter((r) => r.code).map((r) => [r.code, r.values]));
const formOf = (body: Forms, id: string) => body.forms.find((f) => f.id === id);

const award = (awardCode: string, decidedOn: string, track = 'annual', year = 2015) => ({
  year,
  awardCode,
  track,
  decisionNumber: `${decidedOn.slice(5, 7)}${decidedOn.slice(8, 10)}/QĐ-UBND`,
  decidedOn,
  issuer: 'Chủ tịch UBND tỉnh Hà Tĩnh',
});

beforeAll(async () => {
  api = await startTestApi('sector-forms');
  province = await api.as('chuyenvien.tinh');
  const admin = await api.as('quantri');
  const entries: [string, ReturnType<typeof award>][] = [
    // Counted in 2016:
    ['/persons/person-snv-06/awards', award('BK_TINH', '2016-02-01')], // Trưởng phòng: from Phó phòng up
    ['/persons/person-snv-01/awards', award('CSTD_TINH', '2016-03-01')], // Chuyên viên chính: works directly
    ['/persons/person-snv-02/awards', award('BK_TINH', '2016-05-05', 'ad_hoc', 2016)], // Phó Chánh Văn phòng
    ['/units/unit-snv-vp/awards', award('CO_TINH', '2016-01-20')], // a collective
    ['/persons/person-snv-08/awards', award('HCLD_3', '2016-09-02', 'service', 2016)], // a state award
    ['/persons/person-snv-05/awards', award('LDTT', '2016-01-15')], // the Sở's own title: on no form
    // Outside the sector's year 2016 (01/12/2015–30/11/2016) by a day on each side:
    ['/persons/person-snv-04/awards', award('BK_TINH', '2015-11-30', 'annual', 2014)],
    ['/persons/person-snv-03/awards', award('BK_TINH', '2016-12-01', 'annual', 2016)],
  ];
  for (const [path, body] of entries) {
    const res = await admin.post(path, body);
    if (res.status !== 201) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  }
}, 120_000);
afterAll(() => api?.stop());

describe('the statistical forms of Thông tư 02/2023/TT-BNV', () => {
  it("count the year's province awards (Biểu 0603.N) and state awards (Biểu 0602.N) as worked out by hand", async () => {
    const res = await province.get<Forms>('/reports/sector-forms?year=2016');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ scope: 'province', from: '2015-12-01', to: '2016-11-30' });
    expect(res.body.counted.awards).toBe(6);

    const f0603 = formOf(res.body, '0603.N');
    expect(f0603?.number).toBe('Biểu số: 0603.N/BNV-TĐKT');
    expect(f0603?.columns.map((c) => c.path[0]?.slice(0, 20))).toEqual([
      'Bằng khen',
      'Chiến sĩ thi đua cấp',
      'Cờ thi đua của bộ, b',
      'Huy hiệu (kỷ niệm ch',
    ]);
    // Values: total, Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua, Huy hiệu.
    expect(byCode(f0603)).toEqual({
      '01': [4, 2, 1, 1, 0],
      '02': [1, 0, 0, 1, 0],
      '03': [0, 0, 0, 0, 0],
      '04': [0, 0, 0, 0, 0],
      '05': [3, 2, 1, 0, 0],
      '06': [0, 0, 0, 0, 0],
      '07': [0, 0, 0, 0, 0],
      '08': [0, 0, 0, 0, 0],
      '09': [2, 2, 0, 0, 0],
      '10': [1, 0, 1, 0, 0],
      '11': [3, 1, 1, 1, 0],
      '12': [0, 0, 0, 0, 0],
      '13': [1, 1, 0, 0, 0],
      '14': [0, 0, 0, 0, 0],
      '15': [0, 0, 0, 0, 0],
      '16': [0, 0, 0, 0, 0],
      '17': [0, 0, 0, 0, 0],
    });

    const f0602 = byCode(formOf(res.body, '0602.N'));
    const hcld3Person = 6; // columns: HCLĐ hạng Nhất TT, CN, hạng Nhì TT, CN, hạng Ba TT, CN…
    // 18 columns: HCLĐ three classes × 2, Giải thưởng HCM, Nhà nước, four honours, Cờ CP, BK TTg × 2, CSTĐ TQ, others × 2.
    const one = (at: number) => [1, ...Array.from({ length: 18 }, (_, i) => (i + 1 === at ? 1 : 0))];
    const zero = Array.from({ length: 19 }, () => 0);
    expect(f0602['01']).toEqual(one(hcld3Person));
    expect(f0602['02']).toEqual(zero);
    expect(f0602['03']).toEqual(one(hcld3Person));
    expect(f0602['06']).toEqual(zero);
    expect(f0602['09']).toEqual(one(hcld3Person));
    expect(f0602['14']).toEqual(one(hcld3Person));
    expect(f0602['15']).toEqual(zero);
    expect(f0602['19']).toEqual(one(hcld3Person));
  });

  it("count the campaigns launched in the period (Biểu 0601.N): the demo's yearly plan of the Sở", async () => {
    const sở = await (await api.as('thuky.snv')).get<Forms>('/reports/sector-forms?year=2026');
    const none = await province.get<Forms>('/reports/sector-forms?year=2016');

    expect(sở.status).toBe(200);
    expect(sở.body).toMatchObject({ scope: 'organisation', reportingUnit: 'Sở Nội vụ tỉnh Hà Tĩnh' });
    // Total, Trung ương, the province's, the agencies' own.
    expect(byCode(formOf(sở.body, '0601.N'))).toEqual({
      '01': [1, 0, 0, 1],
      '02': [0, 0, 0, 0],
      '03': [0, 0, 0, 0],
      '04': [0, 0, 0, 0],
      '05': [1, 0, 0, 1],
      '06': [0, 0, 0, 0],
      '07': [1, 0, 0, 1],
      '08': [0, 0, 0, 0],
      '09': [0, 0, 0, 0],
      '10': [0, 0, 0, 0],
      '11': [0, 0, 0, 0],
      '12': [1, 0, 0, 1],
    });
    expect(byCode(formOf(none.body, '0601.N'))['01']).toEqual([0, 0, 0, 0]);
  });

  it("count the demo year as worked out by hand from the seed: its 14 awards are the Sở's own, on no form", async () => {
    // Decided on 15/01/2026 for 2025: LĐTT of person-snv-01, 02, 03, 04, 06, 07, 08, 09 and
    // person-stc-01 (9), CSTĐCS of person-snv-01, 02, 06, 08, 09 (5) — titles a Giám đốc Sở gives.
    const res = await province.get<Forms>('/reports/sector-forms?year=2026');
    const zeros = (form: string) =>
      Object.values(byCode(formOf(res.body, form))).every((values) => values?.every((v) => v === 0));

    expect(res.body.counted).toEqual({ awards: 14, campaigns: 1 });
    expect(zeros('0602.N')).toBe(true);
    expect(zeros('0603.N')).toBe(true);
    expect(byCode(formOf(res.body, '0601.N'))['01']).toEqual([1, 0, 0, 1]);
  });

  it("keep to the caller's Sở, and to the period asked", async () => {
    const otherSở = await (await api.as('canbo.vanphong.stc')).get('/reports/sector-forms?year=2016');
    const unitOfficer = await (await api.as('canbo.vanphong.snv')).get('/reports/sector-forms?year=2016');
    const firstDayOnly = await province.get<Forms>('/reports/sector-forms?from=2015-11-30&to=2015-11-30');
    const halfOpen = await province.get<{ error: { issues: { path: string; code: string }[] } }>(
      '/reports/sector-forms?from=2016-01-01',
    );
    const backwards = await province.get<{ error: { issues: { path: string; code: string }[] } }>(
      '/reports/sector-forms?from=2016-12-31&to=2016-01-01',
    );

    expect(otherSở.status).toBe(403);
    expect(unitOfficer.status).toBe(403);
    expect(byCode(formOf(firstDayOnly.body, '0603.N'))['01']).toEqual([1, 1, 0, 0, 0]);
    expect(halfOpen.status).toBe(400);
    expect(halfOpen.body.error.issues).toEqual([
      expect.objectContaining({ path: 'query.to', code: 'required' }),
    ]);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues).toEqual([
      expect.objectContaining({ path: 'query.to', code: 'end_before_start' }),
    ]);
  });
});
