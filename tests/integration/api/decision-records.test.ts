/**
 * What a decision records for its draft: each awardee's subject and unit name, the signer's name
 * when none is entered, and, for a chairman's decision, the Sở's tờ trình it answers. Records
 * written before these were kept still read.
 */
import { UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDate } from '../../support/clock';
import { startTestApi, type TestApi } from '../support/api';
import { nominationIn } from '../support/council';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi('decision-records');
}, 120_000);
afterAll(() => api?.stop());

interface Entry {
  nominationId: string;
  nomineeName: string;
  subject?: string;
  unitName?: string;
}
interface DocumentBody {
  id: string;
  number: string;
  signedBy: { userId: string; role: string; name?: string };
  signer?: { name: string; title: string };
  answers?: { number: string; issuedOn: string; organisationId: string; organisationName?: string }[];
  entries: Entry[];
}

const today = () => testDate();

describe('what a decision records for its draft', () => {
  it('records whether each awardee is a person or a collective, and their unit name, from the nomination', async () => {
    const person = await nominationIn(
      api,
      { awardCode: 'GIAY_KHEN', subject: 'person', unitName: 'Phòng Công chức, viên chức' },
      'council_passed',
    );
    const collective = await nominationIn(
      api,
      {
        awardCode: 'GIAY_KHEN',
        subject: 'collective',
        name: 'Phòng Tổ chức, biên chế',
        unitName: 'Sở Nội vụ tỉnh Hà Tĩnh',
      },
      'council_passed',
    );
    const director = await api.as('giamdoc.snv');

    const signed = await director.post<DocumentBody>('/decisions', {
      nominationIds: [person.id, collective.id],
    });
    const read = await director.get<DocumentBody>(`/decisions/${signed.body.id}`);

    expect(signed.status, JSON.stringify(signed.body)).toBe(201);
    expect(read.status).toBe(200);
    expect(read.body.entries).toEqual([
      expect.objectContaining({
        nominationId: person.id,
        subject: 'person',
        unitName: 'Phòng Công chức, viên chức',
      }),
      expect.objectContaining({
        nominationId: collective.id,
        nomineeName: 'Phòng Tổ chức, biên chế',
        subject: 'collective',
        unitName: 'Sở Nội vụ tỉnh Hà Tĩnh',
      }),
    ]);
  });

  it("records the caller's name as the signer's when the director enters no signer, and the entered one otherwise", async () => {
    const director = await api.as('giamdoc.snv');
    const unsigned = await director.post<DocumentBody>('/decisions', {
      nominationIds: [(await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed')).id],
    });
    const entered = await director.post<DocumentBody>('/decisions', {
      nominationIds: [(await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed')).id],
      signer: { name: 'Nguyễn Văn Phó', title: 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' },
    });

    const read = await director.get<DocumentBody>(`/decisions/${unsigned.body.id}`);
    const list = await director.get<{ items: DocumentBody[] }>('/decisions?limit=100');

    expect(unsigned.status).toBe(201);
    expect(read.body.signedBy).toMatchObject({ role: 'director', name: 'Phan Thị Tô Hoa' });
    expect(read.body).not.toHaveProperty('signer');
    expect(list.body.items.find((d) => d.id === unsigned.body.id)?.signedBy.name).toBe('Phan Thị Tô Hoa');
    expect(entered.body.signer).toEqual({ name: 'Nguyễn Văn Phó', title: 'KT. GIÁM ĐỐC – PHÓ GIÁM ĐỐC' });
  });

  it("records the number and date of the Sở's tờ trình a chairman's decision answers", async () => {
    const n = await nominationIn(api, { awardCode: 'BK_TINH' }, 'council_passed');
    const director = await api.as('giamdoc.snv');
    const letter = await director.post<DocumentBody>('/submissions', {
      nominationIds: [n.id],
      number: '52/TTr-SNV',
    });
    const officer = await api.as('chuyenvien.tinh');
    expect((await officer.post(`/nominations/${n.id}/receive`, {})).status).toBe(200);
    expect((await officer.post(`/nominations/${n.id}/appraise`, {})).status).toBe(200);
    const chairman = await api.as('chutich.tinh');

    const decision = await chairman.post<DocumentBody>('/decisions', { nominationIds: [n.id] });
    const read = await chairman.get<DocumentBody>(`/decisions/${decision.body.id}`);

    expect(letter.status, JSON.stringify(letter.body)).toBe(201);
    expect(decision.status, JSON.stringify(decision.body)).toBe(201);
    expect(read.body.answers).toEqual([
      {
        number: '52/TTr-SNV',
        issuedOn: today(),
        organisationId: 'org-snv',
        organisationName: 'Sở Nội vụ tỉnh Hà Tĩnh',
      },
    ]);
    expect(read.body.signedBy.name).toBe('Võ Trọng Hải');
    expect(letter.body).not.toHaveProperty('answers');
  });

  it('still reads a decision recorded before subjects, unit names, signer names and tờ trình were kept', async () => {
    const director = await api.as('giamdoc.snv');
    const signed = await director.post<DocumentBody>('/decisions', {
      nominationIds: [(await nominationIn(api, { awardCode: 'LDTT' }, 'council_passed')).id],
    });
    // Made old-style: the stored item loses what this change records.
    await api.app.dynamodb.send(
      new UpdateItemCommand({
        TableName: api.tableName,
        Key: { PK: { S: `DEC#${signed.body.id}` }, SK: { S: 'META' } },
        UpdateExpression: 'REMOVE entries[0].#subject, entries[0].#unitName, signedBy.#name',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#subject': 'subject', '#unitName': 'unitName', '#name': 'name' },
      }),
    );

    const read = await director.get<DocumentBody>(`/decisions/${signed.body.id}`);

    expect(read.status).toBe(200);
    expect(read.body.number).toBe(signed.body.number);
    expect(read.body.entries[0]).not.toHaveProperty('subject');
    expect(read.body.entries[0]).not.toHaveProperty('unitName');
    expect(read.body.signedBy).not.toHaveProperty('name');
    expect(read.body).not.toHaveProperty('answers');
  });
});
