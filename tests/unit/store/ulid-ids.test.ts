import { decodeTime, isValid } from 'ulid';
import { describe, expect, it } from 'vitest';
import { newUlid } from '../../../shared/store/ulid-ids';

describe('newUlid', () => {
  it('makes valid ULIDs, all different, across many refills of its pool', () => {
    const ids = Array.from({ length: 20_000 }, () => newUlid());
    expect(ids.every((id) => isValid(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('leads with the time it was made, so ids sort by creation', () => {
    const before = Date.now();
    const id = newUlid();
    const after = Date.now();
    expect(decodeTime(id)).toBeGreaterThanOrEqual(before);
    expect(decodeTime(id)).toBeLessThanOrEqual(after);
  });

  it('spreads its random part over every character of the alphabet', () => {
    const seen = new Set(
      Array.from({ length: 2_000 }, () => newUlid().slice(10))
        .join('')
        .split(''),
    );
    expect(seen.size).toBe(32);
  });
});
