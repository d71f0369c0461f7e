import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../shared/store/cursor';
import { keyCondition } from '../../../shared/store/dynamo/query-page';
import { nominationIndexKeys, queries, sortKeyPrefixEnd } from '../../../shared/store/keys';

const aNomination = (updatedAt: string) => ({
  id: 'n1',
  organisationId: 'o1',
  unitId: 'u1',
  state: 'decided',
  createdAt: updatedAt,
  updatedAt,
});

describe('the key condition of a query', () => {
  it('keeps begins_with for a spec without a lower bound', () => {
    const condition = keyCondition(queries.nominationsByOrgAndState('o1', 'decided'));

    expect(condition.expression).toBe('#pk = :pk AND begins_with(#sk, :prefix)');
    expect(condition.values).toEqual({ ':pk': { S: 'ORG#o1#STATE#decided' }, ':prefix': { S: 'NOM#' } });
  });

  it('bounds the sort key with BETWEEN from the updatedAt to the end of the NOM# prefix', () => {
    const spec = queries.nominationsByOrgAndState('o1', 'decided', '2025-12-31T17:00:00.000Z');
    const condition = keyCondition(spec);

    expect(condition.expression).toBe('#pk = :pk AND #sk BETWEEN :from AND :to');
    expect(condition.values).toEqual({
      ':pk': { S: 'ORG#o1#STATE#decided' },
      ':from': { S: 'NOM#2025-12-31T17:00:00.000Z' },
      ':to': { S: 'NOM#\uffff' },
    });
    expect(condition.values[':to']?.S.startsWith('NOM#')).toBe(true);
  });

  it('takes in the sort keys of items changed since the bound and leaves out older ones', () => {
    const spec = queries.nominationsByOrgAndState('o1', 'decided', '2026-01-01');
    const { values } = keyCondition(spec);
    const from = values[':from']?.S ?? '';
    const to = values[':to']?.S ?? '';
    const inRange = (updatedAt: string) => {
      const key = nominationIndexKeys(aNomination(updatedAt)).GSI2SK ?? '';
      return key >= from && key <= to;
    };

    expect(inRange('2026-01-01T00:00:00.000Z')).toBe(true);
    expect(inRange('2031-12-31T23:59:59.999Z')).toBe(true);
    expect(inRange('2025-12-31T23:59:59.999Z')).toBe(false);
    expect('ORG#o1' <= to && 'ORG#o1' >= from).toBe(false);
  });

  it('leaves every other query on begins_with', () => {
    for (const spec of [
      queries.nominationsByUnit('u1'),
      queries.nominationsByCampaign('c1'),
      queries.auditEvents('n1'),
      queries.campaignsByOrganisation('o1', 2026),
    ]) {
      expect(keyCondition(spec).expression).toBe('#pk = :pk AND begins_with(#sk, :prefix)');
    }
  });

  it('refuses a lower bound outside the prefix, which would widen the range', () => {
    expect(() =>
      keyCondition({
        index: 'GSI2',
        partitionKey: 'ORG#o1#STATE#decided',
        sortKeyPrefix: 'NOM#',
        sortKeyFrom: 'A',
      }),
    ).toThrow(TypeError);
  });

  it('ends a prefix range with U+FFFF after the prefix', () => {
    expect(sortKeyPrefixEnd('NOM#')).toBe('NOM#\uffff');
  });
});

describe('cursors of a bounded query', () => {
  const bounded = queries.nominationsByOrgAndState('o1', 'decided', '2026-01-01');
  const lastKey = (updatedAt: string, partition = 'ORG#o1#STATE#decided') => ({
    PK: { S: 'NOM#n1' },
    SK: { S: 'META' },
    GSI2PK: { S: partition },
    GSI2SK: { S: `NOM#${updatedAt}#n1` },
  });

  it('accepts a cursor inside the range', () => {
    const key = lastKey('2026-03-02T01:00:00.000Z');

    expect(decodeCursor(encodeCursor(key), bounded)).toEqual(key);
  });

  it('refuses a cursor from below the bound, as the unbounded list of the same partition issues', () => {
    const cursor = encodeCursor(lastKey('2024-06-01T01:00:00.000Z'));

    expect(() => decodeCursor(cursor, bounded)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
    expect(decodeCursor(cursor, queries.nominationsByOrgAndState('o1', 'decided'))).toBeDefined();
  });

  it('refuses a cursor of another state or organisation', () => {
    for (const partition of ['ORG#o1#STATE#submitted', 'ORG#o2#STATE#decided']) {
      const cursor = encodeCursor(lastKey('2026-03-02T01:00:00.000Z', partition));

      expect(() => decodeCursor(cursor, bounded)).toThrow(
        expect.objectContaining({ code: 'INVALID_CURSOR' }),
      );
    }
  });
});
