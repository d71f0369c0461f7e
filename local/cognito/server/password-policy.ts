import { cognitoError, type UserPool } from './cognito-local';

/** Cognito's symbol set for passwords. */
const SYMBOL = /[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+\- ]/;

/**
 * Refuses a password the pool's policy does not allow, with AWS's words, so the web's Vietnamese
 * messages match on both. cognito-local accepts any password.
 */
export function checkPasswordPolicy(pool: UserPool, password: unknown): void {
  const policy = pool.options.Policies?.PasswordPolicy;
  const value = typeof password === 'string' ? password : '';
  const refuse = (why: string) => {
    throw cognitoError('InvalidPasswordException', `Password did not conform with policy: ${why}`);
  };
  if (value.length < (policy?.MinimumLength ?? 8)) refuse('Password not long enough');
  if (policy?.RequireLowercase && !/[a-z]/.test(value)) refuse('Password must have lowercase characters');
  if (policy?.RequireUppercase && !/[A-Z]/.test(value)) refuse('Password must have uppercase characters');
  if (policy?.RequireNumbers && !/[0-9]/.test(value)) refuse('Password must have numeric characters');
  if (policy?.RequireSymbols && !SYMBOL.test(value)) refuse('Password must have symbol characters');
}
