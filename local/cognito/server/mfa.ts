import { createRequire } from 'node:module';
import { MFA_EXEMPT_TAG } from '../mfa-exempt-tag';
import { attributeValue, type LocalUser, type UserPool } from './cognito-local';

function exempt(pool: UserPool, user: LocalUser): boolean {
  const patterns = (pool.options.UserPoolTags?.[MFA_EXEMPT_TAG] ?? '')
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter(Boolean);
  const email = (attributeValue('email', user.Attributes) ?? '').toLowerCase();
  return patterns.some((p) => p === '*' || p === email || (p.startsWith('*@') && email.endsWith(p.slice(1))));
}

export const hasTotp = (user: LocalUser): boolean =>
  user.SoftwareTokenMfaConfiguration?.Verified === true &&
  (user.UserMFASettingList ?? []).includes('SOFTWARE_TOKEN_MFA');

/** What a signed-in password leads to: a TOTP code, enrolment (MFA required), or tokens. */
export function nextStep(pool: UserPool, user: LocalUser): 'SOFTWARE_TOKEN_MFA' | 'MFA_SETUP' | 'TOKENS' {
  const mode = pool.options.MfaConfiguration ?? 'OFF';
  if (mode === 'OFF') return 'TOKENS';
  if (hasTotp(user)) return 'SOFTWARE_TOKEN_MFA';
  return mode === 'ON' && !exempt(pool, user) ? 'MFA_SETUP' : 'TOKENS';
}

const otplib: {
  verifySync(options: { secret: string; token: string; epoch: number; epochTolerance: number }): {
    valid: boolean;
    timeStep?: number;
  };
} = createRequire(import.meta.url)('otplib');

/**
 * The 30-second step of a valid TOTP code (RFC 6238, SHA-1, 6 digits; one step of drift either
 * way, as AWS allows), or undefined. Knowing the step lets a code be refused when used twice.
 */
export function codeStep(secret: string | undefined, code: unknown, now: number): number | undefined {
  if (!secret || typeof code !== 'string' || !/^\d{6}$/.test(code)) return undefined;
  try {
    const result = otplib.verifySync({
      secret,
      token: code,
      epoch: Math.floor(now / 1000),
      epochTolerance: 30,
    });
    return result.valid ? result.timeStep : undefined;
  } catch {
    return undefined;
  }
}
