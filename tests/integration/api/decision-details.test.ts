/**
 * The number, date and signer of a decision or tờ trình as the official enters them from the
 * signed paper; auto-numbering stays the default and passes over numbers entered by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDate } from '../../support/clock';
import { startTestApi, type TestApi } from '../support/api';
import { inProvinceReview, nominationIn, repo } from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('decision-details');
}, 120_000);
afterAll(() => api?.stop());

interface DocumentBody {
  id: string;
  number: string;
  signedOn: string;
  numbering: string;
  signer?: { name: string; title: string };
}
interface ErrorBody {
  error: { code: string; issues?: { path: string; code: string }[] };
}

const today = () => testDate();
const dayOffset = (days: number) => testDate(days);
const passed = async () => (await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed')).id;
const pathsOf = (body: ErrorBody) => body.error.issues?.map((i) => `${i.path}:${i.code}`);

describe('a decision whose details the director enters', () => {
  it('keeps the entered number, date and signer (KT.), on the decision and on the nomination', async () => {
    const id = await passed();
    const director = await api.as('giamdoc.snv');

    const res = await director.post<DocumentBody>('/decisions', {
      nominationIds: [id],
      number: '163/QĐ-SNV',
      signedOn: today(),
      signer: { name: 'Nguyễn Văn Phó', title: 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' },
    });

    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      number: '163/QĐ-SNV',
      signedOn: today(),
      numbering: 'entered',
      signer: { name: 'Nguyễn Văn Phó', title: 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' },
    });
    expect(await repo(api).get(id)).toMatchObject({
      state: 'decided',
      records: { decision: { number: '163/QĐ-SNV', signedOn: today() } },
    });
  });

  it('refuses a number the issuer already gave this year (409 DECISION_NUMBER_TAKEN) and writes nothing', async () => {
    const first = await passed();
    const second = await passed();
    const director = await api.as('giamdoc.snv');
    await director.post('/decisions', { nominationIds: [first], number: '170/QĐ-SNV' });

    const res = await director.post<ErrorBody>('/decisions', {
      nominationIds: [second],
      number: '0170/QĐ-SNV',
    });

    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DECISION_NUMBER_TAKEN');
    expect((await repo(api).get(second))?.state).toBe('council_passed');
  });

  it('numbers automatically by default, passing over a number entered by hand', async () => {
    const director = await api.as('giamdoc.snv');
    const auto1 = await director.post<DocumentBody>('/decisions', { nominationIds: [await passed()] });
    const next = Number(auto1.body.number.split('/')[0]) + 1;
    const byHand = await director.post<DocumentBody>('/decisions', {
      nominationIds: [await passed()],
      number: `${next}/QĐ-SNV`,
    });

    const auto2 = await director.post<DocumentBody>('/decisions', { nominationIds: [await passed()] });

    expect(auto1.body.numbering).toBe('auto');
    expect(byHand.status).toBe(201);
    expect(auto2.status).toBe(201);
    expect(auto2.body.number).toBe(`${String(next + 1).padStart(2, '0')}/QĐ-SNV`);
  });

  it('refuses a number of another issuer, a future date, a date before the council’s outcome, and a misplaced KT.', async () => {
    const id = await passed();
    const director = await api.as('giamdoc.snv');

    const otherIssuer = await director.post<ErrorBody>('/decisions', {
      nominationIds: [id],
      number: '12/QĐ-UBND',
    });
    const future = await director.post<ErrorBody>('/decisions', {
      nominationIds: [id],
      signedOn: dayOffset(2),
    });
    const beforeOutcome = await director.post<ErrorBody>('/decisions', {
      nominationIds: [id],
      signedOn: dayOffset(-2),
    });
    const title = await director.post<ErrorBody>('/decisions', {
      nominationIds: [id],
      signer: { name: 'Phan Thị Tô Hoa', title: 'GIÁM ĐỐC KT.' },
    });
    const unknown = await director.post<ErrorBody>('/decisions', {
      nominationIds: [id],
      signer: { name: 'Phan Thị Tô Hoa', title: 'GIÁM ĐỐC', seal: true },
    });
    const shape = await director.post<ErrorBody>('/decisions', { nominationIds: [id], number: 'QĐ số 12' });

    expect(otherIssuer.status).toBe(400);
    expect(pathsOf(otherIssuer.body)).toEqual(['body.number:invalid_number']);
    expect(future.status).toBe(400);
    expect(pathsOf(future.body)).toEqual(['body.signedOn:in_future']);
    expect(beforeOutcome.status).toBe(400);
    expect(pathsOf(beforeOutcome.body)).toEqual(['body.signedOn:before_outcome']);
    expect(title.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(unknown.body)).toContain('seal');
    expect(shape.status).toBe(400);
    expect((await repo(api).get(id))?.state).toBe('council_passed');
  });
});

describe('a tờ trình and a provincial decision with entered details', () => {
  it('takes …/TTr-SNV from the director and …/QĐ-UBND from the chairman: the same number at two issuers', async () => {
    const forward = await nominationIn(api, { awardCode: 'BK_TINH' }, 'council_passed');
    const director = await api.as('giamdoc.snv');
    const letter = await director.post<DocumentBody>('/submissions', {
      nominationIds: [forward.id],
      number: '45/TTr-SNV',
      signer: { name: 'Phan Thị Tô Hoa', title: 'GIÁM ĐỐC' },
    });
    const wrongSeries = await director.post<ErrorBody>('/submissions', {
      nominationIds: [(await nominationIn(api, { awardCode: 'BK_TINH' }, 'council_passed')).id],
      number: '46/QĐ-SNV',
    });
    const n = await inProvinceReview(api, { awardCode: 'BK_TINH' });
    const officer = await api.as('chuyenvien.tinh');
    expect((await officer.post(`/nominations/${n.id}/appraise`, {})).status).toBe(200);
    const chairman = await api.as('chutich.tinh');

    const decision = await chairman.post<DocumentBody>('/decisions', {
      nominationIds: [n.id],
      number: '163/QĐ-UBND',
      signedOn: today(),
      signer: { name: 'Võ Trọng Hải', title: 'CHỦ TỊCH' },
    });

    expect(letter.status).toBe(201);
    expect(letter.body).toMatchObject({ number: '45/TTr-SNV', numbering: 'entered' });
    expect(wrongSeries.status).toBe(400);
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    expect(decision.body).toMatchObject({ number: '163/QĐ-UBND', signer: { title: 'CHỦ TỊCH' } });
    expect(await repo(api).get(n.id)).toMatchObject({
      state: 'decided_by_province',
      records: { decision: { number: '163/QĐ-UBND' } },
    });
  });
});
