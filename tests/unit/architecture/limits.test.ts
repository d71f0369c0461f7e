import { describe, expect, it } from 'vitest';
import { MAX_AGENDA } from '../../../shared/app/limits';
import { MAX_TRANSACTION_ITEMS } from '../../../shared/store';

describe('limits', () => {
  it("keeps a meeting's close within one transaction: the meeting and two records per nomination", () => {
    expect(1 + 2 * MAX_AGENDA).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
  });
});
