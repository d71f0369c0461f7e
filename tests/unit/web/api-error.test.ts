import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/api/client';

describe('which 409s the web tells as "changed by someone else"', () => {
  it.each(['NOMINATION_VERSION_CONFLICT', 'NOMINATION_STATE_CONFLICT', 'TRANSACTION_CONFLICT'])(
    '%s is someone else’s change',
    (code) => {
      expect(new ApiError(409, code, '…').isConflict).toBe(true);
    },
  );

  it.each([
    'NOMINATION_NOT_DRAFT',
    'WORKFLOW_WRONG_ROUTE',
    'WORKFLOW_INVALID_TRANSITION',
    'IDEMPOTENCY_IN_PROGRESS',
    'DECISION_NUMBER_TAKEN',
    'NOMINEE_ALREADY_NOMINATED',
  ])('%s is not: it says what it is instead', (code) => {
    expect(new ApiError(409, code, '…').isConflict).toBe(false);
  });
});
