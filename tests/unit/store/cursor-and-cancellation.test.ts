import { describe, expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../../shared/domain/errors';
import { decodeCursor, encodeCursor } from '../../../shared/store/cursor';
import { explainCancellation } from '../../../shared/store/dynamo/cancellation';
import { conflict } from '../../../shared/store/errors';
import { queries } from '../../../shared/store/keys';

describe('cursors', () => {
  const spec = queries.nominationsByUnit('u1');
  const lastKey = {
    PK: { S: 'NOM#n1' },
    SK: { S: 'META' },
    GSI1PK: { S: 'UNIT#u1' },
    GSI1SK: { S: 'NOM#2026-01-05T08:00:00.000Z#n1' },
  };

  it('round-trips the last evaluated key through an opaque base64url string', () => {
    const cursor = encodeCursor(lastKey);

    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, spec)).toEqual(lastKey);
  });

  it('refuses a cursor for another partition with INVALID_CURSOR', () => {
    const cursor = encodeCursor({ ...lastKey, GSI1PK: { S: 'UNIT#u2' } });

    expect(() => decodeCursor(cursor, spec)).toThrow(ValidationError);
    expect(() => decodeCursor(cursor, spec)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });

  it('refuses a cursor missing the index keys', () => {
    const cursor = encodeCursor({ PK: lastKey.PK, SK: lastKey.SK });

    expect(() => decodeCursor(cursor, spec)).toThrow(expect.objectContaining({ code: 'INVALID_CURSOR' }));
  });
});

describe('explaining a cancelled transaction', () => {
  const guards = [
    () => conflict('NOMINATION_VERSION_CONFLICT'),
    () => conflict('AUDIT_EVENT_CONFLICT'),
    undefined,
  ];

  it('names the first action whose condition failed', () => {
    const verdict = explainCancellation(
      [{ Code: 'ConditionalCheckFailed' }, { Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
      guards,
    );

    expect(verdict).toMatchObject({
      kind: 'condition-failed',
      error: { code: 'NOMINATION_VERSION_CONFLICT' },
    });
    expect(verdict.kind === 'condition-failed' && verdict.error).toBeInstanceOf(ConflictError);
  });

  it('hands the failed item as it was to the guard', () => {
    const verdict = explainCancellation(
      [{ Code: 'None' }, { Code: 'ConditionalCheckFailed', Item: { version: { N: '4' } } }],
      [undefined, (old) => conflict('AUDIT_EVENT_CONFLICT', { old })],
    );

    expect(verdict).toMatchObject({ error: { details: { old: { version: 4 } } } });
  });

  it('asks for a retry when the only cause was another transaction holding an item', () => {
    expect(explainCancellation([{ Code: 'None' }, { Code: 'TransactionConflict' }], guards)).toEqual({
      kind: 'retry',
    });
  });

  it('gives up on causes it does not know, so the original error is rethrown', () => {
    expect(explainCancellation([{ Code: 'ValidationError' }], guards)).toEqual({ kind: 'unknown' });
  });
});
