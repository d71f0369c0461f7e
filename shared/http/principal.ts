import { UnauthenticatedError } from '../domain/errors';
import { ROLES, type Role } from '../domain/vocabulary';

/** Who is calling, as the JWT authorizer vouched for it. */
export interface Principal {
  readonly userId: string;
  readonly email?: string;
  readonly roles: readonly Role[];
  /** The organisation (Sở, ban, ngành) the user belongs to; absent for province-level users. */
  readonly orgId?: string;
  /** The unit (phòng, ban) inside the organisation; set for unit officers. */
  readonly unitId?: string;
}

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

/** Builds the principal from verified JWT claims; unknown groups are ignored, never trusted. */
export function principalFromClaims(claims: JwtClaims | undefined): Principal {
  const userId = optionalString(claims?.sub);
  if (!claims || !userId) throw new UnauthenticatedError();
  const email = optionalString(claims.email);
  const orgId = optionalString(claims['custom:orgId']);
  const unitId = optionalString(claims['custom:unitId']);
  return {
    userId,
    roles: parseGroups(claims['cognito:groups']).filter(isRole),
    ...(email ? { email } : {}),
    ...(orgId ? { orgId } : {}),
    ...(unitId ? { unitId } : {}),
  };
}
