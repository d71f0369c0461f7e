import type { Principal } from '../app/principal';
import { UnauthenticatedError } from '../domain/errors';
import { ROLES, type Role } from '../domain/vocabulary';

export type { Principal };

export type JwtClaims = Readonly<Record<string, string | number | boolean | string[] | undefined>>;

/**
 * API Gateway's JWT authorizer hands claims to Lambda as strings, and flattens an array claim
 * such as `cognito:groups` into `"[admin director]"`. Accept that form and a real array alike.
 */
function parseGroups(raw: JwtClaims[string]): string[] {
  if (Array.isArray(raw)) return raw;
  if (typeof raw !== 'string') return [];
  const inner = raw.trim().replace(/^\[/, '').replace(/\]$/, '');
  return inner.split(/[\s,]+/).filter(Boolean);
}

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

function optionalString(raw: JwtClaims[string]): string | undefined {
  return typeof raw === 'string' && raw.length > 0 ? raw : undefined;
}

/** Longest display name kept; Cognito allows 2048 characters, a person's name needs far fewer. */
export const MAX_DISPLAY_NAME_LENGTH = 200;

/**
 * The `name` claim as text for people: NFC, runs of whitespace (line breaks too) made one space,
 * other control characters and bidi overrides (which could reorder what a reader sees) removed.
 * Admins set it (the web client may not write it: infra/constructs/auth.ts); it is shown next to
 * the role and never trusted for access.
 */
function displayName(raw: JwtClaims[string]): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const name = raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu, '')
    .trim();
  if (name.length === 0) return undefined;
  const chars = Array.from(name); // by code point, so a cut never splits a surrogate pair
  return chars.length > MAX_DISPLAY_NAME_LENGTH
    ? `${chars.slice(0, MAX_DISPLAY_NAME_LENGTH - 1).join('')}…`
    : name;
}

/** Builds the principal from verified JWT claims; unknown groups are ignored, never trusted. */
export function principalFromClaims(claims: JwtClaims | undefined): Principal {
  const userId = optionalString(claims?.sub);
  if (!claims || !userId) throw new UnauthenticatedError();
  const email = optionalString(claims.email);
  const name = displayName(claims.name);
  const orgId = optionalString(claims['custom:orgId']);
  const unitId = optionalString(claims['custom:unitId']);
  return {
    userId,
    roles: parseGroups(claims['cognito:groups']).filter(isRole),
    ...(email ? { email } : {}),
    ...(name ? { name } : {}),
    ...(orgId ? { orgId } : {}),
    ...(unitId ? { unitId } : {}),
  };
}
