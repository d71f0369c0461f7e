import type { Role } from '../domain/vocabulary';
import type { Page, PageRequest } from '../store';

/** A user of the system as the identity provider holds them. Never a password. */
export interface DirectoryUser {
  /** The identity provider's stable id (Cognito `sub`): the JWT's `sub`, the principal's `userId`. */
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly orgId?: string;
  readonly unitId?: string;
  /** False once disabled: a disabled user cannot sign in. Users are never deleted. */
  readonly enabled: boolean;
  /** The identity provider's account status, e.g. `CONFIRMED`, `FORCE_CHANGE_PASSWORD`. */
  readonly status: string;
  readonly createdAt?: string;
}

export interface NewDirectoryUser {
  readonly email: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly orgId?: string;
  readonly unitId?: string;
  /**
   * Absent: the identity provider generates a temporary password and emails it. Present: set as
   * given, permanent or temporary (to be changed at the first sign-in).
   */
  readonly password?: { readonly value: string; readonly permanent: boolean };
}

/**
 * The port to the user pool. Use cases manage users through it; the Cognito adapter
 * (`cognito-user-directory.ts`) implements it. Creating an existing email is `ConflictError`
 * `USER_ALREADY_EXISTS`; an unknown id is `undefined` from `get` and `NotFoundError` elsewhere.
 */
export interface UserDirectory {
  create(user: NewDirectoryUser): Promise<DirectoryUser>;
  get(id: string): Promise<DirectoryUser | undefined>;
  list(page?: PageRequest): Promise<Page<DirectoryUser>>;
  /** Makes the user's groups exactly `roles`. */
  setRoles(id: string, roles: readonly Role[]): Promise<DirectoryUser>;
  setEnabled(id: string, enabled: boolean): Promise<DirectoryUser>;
  /**
   * Turns off the user's authenticator app (a lost or changed phone) and ends every session: with
   * MFA required, the next sign-in enrols a new app.
   */
  resetMfa(id: string): Promise<DirectoryUser>;
}
