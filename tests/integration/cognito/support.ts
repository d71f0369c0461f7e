/**
 * Sign-in test support: a pool that requires TOTP of everyone (as a deployed one), its client,
 * mail read back from SES local, and TOTP codes computed with `otpauth`, an implementation
 * independent of the one the local Cognito verifies with.
 */
import {
  AdminCreateUserCommand,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Secret, TOTP } from 'otpauth';
import { inject } from 'vitest';
import type { UserPoolRef } from '../../../local/cognito/setup';
import { mailsTo as mailsAt, valueAfter } from '../../support/ses-mail';

/** Every mail SES local holds for `to`. */
export const mailsTo = (to: string) => mailsAt(inject('sesEndpoint'), to);
export { valueAfter };

/** A code for `secret` at `at` (ms), by RFC 6238 with Cognito's parameters. */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({
    timestamp: at,
  });
}

let counter = 0;
export const newEmail = () => `nguoi.moi.${Date.now()}.${++counter}@sokhcn.example.vn`;

/** An admin creates the user; Cognito mails the temporary password, which is returned. */
export async function invite(client: CognitoIdentityProviderClient, pool: UserPoolRef, email: string) {
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId: pool.userPoolId,
      Username: email,
      UserAttributes: [
        { Name: 'email', Value: email },
        { Name: 'email_verified', Value: 'true' },
        { Name: 'name', Value: 'Người Mới' },
      ],
      DesiredDeliveryMediums: ['EMAIL'],
    }),
  );
  const [mail] = await mailsTo(email);
  if (!mail) throw new Error(`no invitation mailed to ${email}`);
  return { mail, temporaryPassword: valueAfter(mail, 'Mật khẩu tạm thời:') };
}

export const passwordSignIn = (
  client: CognitoIdentityProviderClient,
  pool: UserPoolRef,
  email: string,
  password: string,
) =>
  client.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );

/** What a rejected call's error is called, for `expect(...).rejects`. */
export const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'succeeded',
    (error: Error) => `${error.name}: ${error.message}`,
  );
