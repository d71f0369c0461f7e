import type { Role } from '../domain/vocabulary';

/**
 * Who is calling, as the JWT authorizer vouched for it: what every use case authorises against.
 * It belongs to the application layer; `shared/http/principal.ts` builds it from the token's
 * claims.
 */
export interface Principal {
  readonly userId: string;
  readonly email?: string;
  /**
   * The person's display name (Cognito's standard `name` attribute, carried by the ID token),
   * NFC-normalised; absent when the user has none. Recorded with what the user does, for people
   * to read: the user id, not the name, is what identifies the actor.
   */
  readonly name?: string;
  readonly roles: readonly Role[];
  /** The organisation (Sở, ban, ngành) the user belongs to; absent for province-level users. */
  readonly orgId?: string;
  /** The unit (phòng, ban) inside the organisation; set for unit officers. */
  readonly unitId?: string;
}
