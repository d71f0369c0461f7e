import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors';
import {
  auditEventKey,
  awardIndexKeys,
  awardKey,
  campaignKey,
  decisionKey,
  initiativeUseKey,
  nominationIndexKeys,
  nominationKey,
  organisationKey,
  personKey,
  queries,
  unitKey,
  voteKey,
} from '../../../shared/store/keys';

describe('primary keys', () => {
  it('puts a nomination, its events and its votes in one item collection', () => {
    expect(nominationKey('n1')).toEqual({ PK: 'NOM#n1', SK: 'META' });
    expect(auditEventKey('n1', 7)).toEqual({ PK: 'NOM#n1', SK: 'EVT#0000000007' });
    expect(voteKey('n1', 'm9')).toEqual({ PK: 'NOM#n1', SK: 'VOTE#m9' });
  });

  it('zero-pads event seqs so they sort as text in numeric order', () => {
    const sks = [10, 9, 100, 1].map((seq) => auditEventKey('n1', seq).SK);

    expect([...sks].sort()).toEqual([1, 9, 10, 100].map((seq) => auditEventKey('n1', seq).SK));
  });

  it('keys the other entities by their prefix', () => {
    expect(campaignKey('c1')).toEqual({ PK: 'CAMP#c1', SK: 'META' });
    expect(decisionKey('d1')).toEqual({ PK: 'DEC#d1', SK: 'META' });
    expect(organisationKey('o1')).toEqual({ PK: 'ORG#o1', SK: 'META' });
    expect(unitKey('u1')).toEqual({ PK: 'UNIT#u1', SK: 'META' });
    expect(personKey('p1')).toEqual({ PK: 'PERSON#p1', SK: 'META' });
    expect(initiativeUseKey('i1')).toEqual({ PK: 'INIT#i1', SK: 'USE' });
  });

  it('files a person’s award under their own partition by year, code and entry', () => {
    expect(awardKey({ kind: 'person', id: 'p1' }, 2025, 'CSTDCS', 'd7')).toEqual({
      PK: 'PERSON#p1',
      SK: 'AWARD#2025#CSTDCS#d7',
    });
    expect(awardKey({ kind: 'unit', id: 'u1' }, 2025, 'TTLDXS', 'd8').PK).toBe('UNIT#u1');
  });

  it.each([
    ['an empty id', ''],
    ['an id with the separator', 'a#META'],
    ['an overlong id', 'x'.repeat(201)],
  ])('refuses %s', (_label, id) => {
    expect(() => nominationKey(id)).toThrow(ValidationError);
  });

  it('refuses a seq below 1 and a year that is not four digits', () => {
    expect(() => auditEventKey('n1', 0)).toThrow(ValidationError);
    expect(() => awardKey({ kind: 'person', id: 'p1' }, 25, 'LDTT', 'd1')).toThrow(ValidationError);
  });
});

describe('index keys', () => {
  const nomination = {
    id: 'n1',
    organisationId: 'o1',
    unitId: 'u1',
    campaignId: 'c1',
    state: 'submitted',
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-01-06T08:00:00.000Z',
  };

  it('lists a nomination by unit, by organisation and state, and by campaign', () => {
    expect(nominationIndexKeys(nomination)).toEqual({
      GSI1PK: 'UNIT#u1',
      GSI1SK: 'NOM#2026-01-05T08:00:00.000Z#n1',
      GSI2PK: 'ORG#o1#STATE#submitted',
      GSI2SK: 'NOM#2026-01-06T08:00:00.000Z#n1',
      GSI3PK: 'CAMP#c1',
      GSI3SK: 'NOM#2026-01-05T08:00:00.000Z#n1',
    });
  });

  it('keeps a nomination without a campaign out of the campaign index', () => {
    const keys = nominationIndexKeys({ ...nomination, campaignId: undefined });

    expect(keys).not.toHaveProperty('GSI3PK');
    expect(keys).not.toHaveProperty('GSI3SK');
  });

  it('queries match the index keys an item writes', () => {
    const keys = nominationIndexKeys(nomination);
    const byUnit = queries.nominationsByUnit('u1');
    const byState = queries.nominationsByOrgAndState('o1', 'submitted');
    const byCampaign = queries.nominationsByCampaign('c1');

    expect(byUnit).toMatchObject({ index: 'GSI1', partitionKey: keys.GSI1PK });
    expect(keys.GSI1SK?.startsWith(byUnit.sortKeyPrefix)).toBe(true);
    expect(byState).toMatchObject({ index: 'GSI2', partitionKey: keys.GSI2PK });
    expect(byCampaign).toMatchObject({ index: 'GSI3', partitionKey: keys.GSI3PK });
  });

  it('groups a unit’s awards of a year under one GSI4 partition', () => {
    const keys = awardIndexKeys({
      holder: { kind: 'person', id: 'p1' },
      unitId: 'u1',
      year: 2025,
      awardCode: 'LDTT',
      entryId: 'd1',
    });
    const query = queries.awardsByUnitAndYear('u1', 2025, 'LDTT');

    expect(keys).toEqual({ GSI4PK: 'UNIT#u1#YEAR#2025', GSI4SK: 'AWARD#LDTT#PERSON#p1#d1' });
    expect(query.partitionKey).toBe(keys.GSI4PK);
    expect(keys.GSI4SK?.startsWith(query.sortKeyPrefix)).toBe(true);
  });
});
