import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../../shared/domain/errors';
import { principalFromClaims } from '../../../shared/http/principal';

describe('the principal built from API Gateway claims', () => {
  it('reads groups in the flattened "[a b]" form API Gateway passes', () => {
    const principal = principalFromClaims({
      sub: 'u-1',
      'cognito:groups': '[council_member director]',
      'custom:orgId': 'org-snv',
    });

    expect(principal).toEqual({ userId: 'u-1', roles: ['council_member', 'director'], orgId: 'org-snv' });
  });

  it('reads groups given as a real array and ignores groups that are not roles', () => {
    const principal = principalFromClaims({ sub: 'u-2', 'cognito:groups': ['unit_officer', 'superuser'] });

    expect(principal.roles).toEqual(['unit_officer']);
  });

  it('refuses claims without a subject', () => {
    expect(() => principalFromClaims({ 'cognito:groups': '[admin]' })).toThrow(UnauthenticatedError);
    expect(() => principalFromClaims(undefined)).toThrow(UnauthenticatedError);
  });
});
