import { describe, expect, it } from 'vitest';
import { UnauthenticatedError } from '../../../shared/domain/errors';
import { MAX_DISPLAY_NAME_LENGTH, principalFromClaims } from '../../../shared/http/principal';

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

  it("carries the person's display name from the `name` claim, NFC-normalised", () => {
    const decomposed = 'Nguyễn Văn A'.normalize('NFD');

    const principal = principalFromClaims({ sub: 'u-3', 'cognito:groups': '[director]', name: decomposed });

    expect(decomposed).not.toBe('Nguyễn Văn A');
    expect(principal.name).toBe('Nguyễn Văn A');
  });

  it('leaves the name out when the claim is absent or blank, and keeps one line of text for people', () => {
    expect(principalFromClaims({ sub: 'u-4' })).not.toHaveProperty('name');
    expect(principalFromClaims({ sub: 'u-4', name: ' \n\t ' })).not.toHaveProperty('name');
    expect(principalFromClaims({ sub: 'u-4', name: ' Trần\n  Thị\u202E Cúc\u0000 ' }).name).toBe(
      'Trần Thị Cúc',
    );
  });

  it('cuts an over-long name, by whole characters', () => {
    const name =
      principalFromClaims({ sub: 'u-5', name: '𝒜'.repeat(MAX_DISPLAY_NAME_LENGTH + 10) }).name ?? '';

    expect(Array.from(name)).toHaveLength(MAX_DISPLAY_NAME_LENGTH);
    expect(name.endsWith('𝒜…')).toBe(true);
  });

  it('keeps HTML in a name as text: escaping is for whoever shows it', () => {
    expect(principalFromClaims({ sub: 'u-6', name: '<b>Lê</b> & Co' }).name).toBe('<b>Lê</b> & Co');
  });
});
