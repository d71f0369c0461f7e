/**
 * The sign-in lifecycle against the local Cognito through the real SDK, with the challenges a
 * deployed pool with required TOTP presents: temporary password by mail → new password → TOTP
 * enrolment → code at each later sign-in; forgot and change password; lockout; sessions ended.
 */
import {
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AssociateSoftwareTokenCommand,
  ChangePasswordCommand,
  ConfirmForgotPasswordCommand,
  ForgotPasswordCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  VerifySoftwareTokenCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { beforeAll, describe, expect, it } from 'vitest';
import type { UserPoolRef } from '../../../local/cognito/setup';
import { makeCognitoUserDirectory } from '../../../shared/users';
import { TOKEN_MINUTES } from '../../../shared/users/cognito-settings';
import { cognitoClient, freshUserPool } from '../support/cognito';
import { failureOf, invite, mailsTo, newEmail, passwordSignIn, totpCode, valueAfter } from './support';

const client = cognitoClient();
let pool: UserPoolRef;
const STRONG = 'Mat-khau-moi-2026';
const STRONGER = 'Mat-khau-khac-2027!';

beforeAll(async () => {
  pool = await freshUserPool('sign-in-lifecycle', { mfaExempt: [] });
});

/** Takes a new user through the first sign-in; returns the TOTP secret and the tokens. */
async function enrol(email: string) {
  const { temporaryPassword } = await invite(client, pool, email);
  const first = await passwordSignIn(client, pool, email, temporaryPassword);
  const changed = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: 'NEW_PASSWORD_REQUIRED',
      Session: first.Session,
      ChallengeResponses: { USERNAME: email, NEW_PASSWORD: STRONG },
    }),
  );
  const associated = await client.send(new AssociateSoftwareTokenCommand({ Session: changed.Session }));
  const secret = associated.SecretCode ?? '';
  const verified = await client.send(
    new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: totpCode(secret) }),
  );
  const signedIn = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: 'MFA_SETUP',
      Session: verified.Session,
      ChallengeResponses: { USERNAME: email },
    }),
  );
  return { secret, tokens: signedIn.AuthenticationResult };
}

const refresh = (refreshToken: string | undefined) =>
  client.send(
    new InitiateAuthCommand({
      ClientId: pool.clientId,
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      AuthParameters: { REFRESH_TOKEN: refreshToken ?? '' },
    }),
  );

/** A later sign-in with the code of the next 30-second step (the current one was used). */
async function signInWithCode(email: string, password: string, secret: string, step = 1) {
  const first = await passwordSignIn(client, pool, email, password);
  expect(first.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  const done = await client.send(
    new RespondToAuthChallengeCommand({
      ClientId: pool.clientId,
      ChallengeName: 'SOFTWARE_TOKEN_MFA',
      Session: first.Session,
      ChallengeResponses: {
        USERNAME: email,
        SOFTWARE_TOKEN_MFA_CODE: totpCode(secret, Date.now() + step * 30_000),
      },
    }),
  );
  return done.AuthenticationResult;
}

describe('first sign-in of a user an admin created', () => {
  it('mails a temporary password that meets the policy, in Vietnamese', async () => {
    const email = newEmail();
    const { mail, temporaryPassword } = await invite(client, pool, email);
    expect(mail.subject).toBe('Tài khoản Hệ thống thi đua, khen thưởng');
    expect(mail.body.html).toContain(`Tên đăng nhập: ${email}`);
    expect(temporaryPassword).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^A-Za-z0-9]).{12,}$/);
  });

  it('asks for a new password, refuses a weak one, then requires TOTP enrolment before any token', async () => {
    const email = newEmail();
    const { temporaryPassword } = await invite(client, pool, email);
    expect(await failureOf(passwordSignIn(client, pool, email, 'Sai-mat-khau-1'))).toBe(
      'NotAuthorizedException: Incorrect username or password.',
    );
    const first = await passwordSignIn(client, pool, email, temporaryPassword);
    expect(first.ChallengeName).toBe('NEW_PASSWORD_REQUIRED');
    expect(first.AuthenticationResult).toBeUndefined();

    const answer = (password: string) =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId: pool.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: first.Session,
          ChallengeResponses: { USERNAME: email, NEW_PASSWORD: password },
        }),
      );
    expect(await failureOf(answer('ngan-qua1!'))).toBe(
      'InvalidPasswordException: Password did not conform with policy: Password not long enough',
    );
    expect(await failureOf(answer('khong-co-chu-hoa-2026'))).toContain(
      'Password must have uppercase characters',
    );
    const changed = await answer(STRONG);
    expect(changed.ChallengeName).toBe('MFA_SETUP');
    expect(changed.AuthenticationResult).toBeUndefined();
    // The spent session cannot be answered again.
    expect(await failureOf(answer(STRONGER))).toBe('NotAuthorizedException: Invalid session for the user.');

    const associated = await client.send(new AssociateSoftwareTokenCommand({ Session: changed.Session }));
    expect(associated.SecretCode).toMatch(/^[A-Z2-7]{32}$/);
    const secret = associated.SecretCode ?? '';
    // Finishing enrolment without proving a code gives no tokens.
    expect(
      await failureOf(
        client.send(
          new RespondToAuthChallengeCommand({
            ClientId: pool.clientId,
            ChallengeName: 'MFA_SETUP',
            Session: associated.Session,
            ChallengeResponses: { USERNAME: email },
          }),
        ),
      ),
    ).toBe('InvalidParameterException: Software token MFA has not been verified for this session.');
    expect(
      await failureOf(
        client.send(new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: '000000' })),
      ),
    ).toBe('EnableSoftwareTokenMFAException: Code mismatch');
    const verified = await client.send(
      new VerifySoftwareTokenCommand({ Session: associated.Session, UserCode: totpCode(secret) }),
    );
    expect(verified.Status).toBe('SUCCESS');
    const signedIn = await client.send(
      new RespondToAuthChallengeCommand({
        ClientId: pool.clientId,
        ChallengeName: 'MFA_SETUP',
        Session: verified.Session,
        ChallengeResponses: { USERNAME: email },
      }),
    );
    expect(signedIn.AuthenticationResult?.IdToken).toBeTruthy();
    // Tokens live as the deployed client sets them (TOKEN_MINUTES), and are renewed with the refresh token.
    expect(signedIn.AuthenticationResult?.ExpiresIn).toBe(TOKEN_MINUTES * 60);

    // The refresh token of a challenge sign-in works.
    const refreshed = await refresh(signedIn.AuthenticationResult?.RefreshToken);
    expect(refreshed.AuthenticationResult?.IdToken).toBeTruthy();
  });

  it('asks every later sign-in for a code, refuses a wrong or reused one, and ends the sign-in after three wrong', async () => {
    const email = newEmail();
    const { secret } = await enrol(email);
    expect(await signInWithCode(email, STRONG, secret, 1)).toHaveProperty('IdToken');
    // The code of that step has been used.
    expect(await failureOf(signInWithCode(email, STRONG, secret, 1))).toBe(
      'CodeMismatchException: Invalid code received for user',
    );

    const first = await passwordSignIn(client, pool, email, STRONG);
    const wrong = () =>
      client.send(
        new RespondToAuthChallengeCommand({
          ClientId: pool.clientId,
          ChallengeName: 'SOFTWARE_TOKEN_MFA',
          Session: first.Session,
          ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: '123456' },
        }),
      );
    expect(await failureOf(wrong())).toBe('CodeMismatchException: Invalid code received for user');
    expect(await failureOf(wrong())).toBe('CodeMismatchException: Invalid code received for user');
    expect(await failureOf(wrong())).toBe('NotAuthorizedException: Invalid session for the user.');
  });

  it('refuses a session of another sign-in step or a made-up one', async () => {
    const email = newEmail();
    const { temporaryPassword } = await invite(client, pool, email);
    const first = await passwordSignIn(client, pool, email, temporaryPassword);
    const as = (challenge: 'MFA_SETUP' | 'SOFTWARE_TOKEN_MFA', session: string | undefined) =>
      failureOf(
        client.send(
          new RespondToAuthChallengeCommand({
            ClientId: pool.clientId,
            ChallengeName: challenge,
            Session: session,
            ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: '123456' },
          }),
        ),
      );
    expect(await as('MFA_SETUP', first.Session)).toBe(
      'NotAuthorizedException: Invalid session for the user.',
    );
    expect(await as('SOFTWARE_TOKEN_MFA', 'x'.repeat(40))).toBe(
      'NotAuthorizedException: Invalid session for the user.',
    );
    expect(await failureOf(client.send(new AssociateSoftwareTokenCommand({ Session: first.Session })))).toBe(
      'NotAuthorizedException: Invalid session for the user.',
    );
  });
});

describe('passwords', () => {
  it('locks the account after five wrong passwords in a row', async () => {
    const email = newEmail();
    await enrol(email);
    for (let i = 0; i < 4; i++)
      expect(await failureOf(passwordSignIn(client, pool, email, `Sai-mat-khau-${i}`))).toBe(
        'NotAuthorizedException: Incorrect username or password.',
      );
    expect(await failureOf(passwordSignIn(client, pool, email, 'Sai-mat-khau-5'))).toBe(
      'NotAuthorizedException: Password attempts exceeded',
    );
    // Even the right password waits out the lock.
    expect(await failureOf(passwordSignIn(client, pool, email, STRONG))).toBe(
      'NotAuthorizedException: Password attempts exceeded',
    );
  });

  it('says a disabled account is disabled, and nothing about addresses without an account', async () => {
    const email = newEmail();
    await enrol(email);
    await client.send(new AdminDisableUserCommand({ UserPoolId: pool.userPoolId, Username: email }));
    expect(await failureOf(passwordSignIn(client, pool, email, STRONG))).toBe(
      'NotAuthorizedException: User is disabled.',
    );
    await client.send(new AdminEnableUserCommand({ UserPoolId: pool.userPoolId, Username: email }));
    expect(await failureOf(passwordSignIn(client, pool, 'khong.ai@sokhcn.example.vn', STRONG))).toBe(
      'NotAuthorizedException: Incorrect username or password.',
    );
    const unknown = await client.send(
      new ForgotPasswordCommand({ ClientId: pool.clientId, Username: 'khong.ai@sokhcn.example.vn' }),
    );
    expect(unknown.CodeDeliveryDetails?.DeliveryMedium).toBe('EMAIL');
    expect(await mailsTo('khong.ai@sokhcn.example.vn')).toEqual([]);
  });

  it('resets a forgotten password with the mailed code and ends every session of the user', async () => {
    const email = newEmail();
    const { secret, tokens } = await enrol(email);
    const sent = await client.send(new ForgotPasswordCommand({ ClientId: pool.clientId, Username: email }));
    expect(sent.CodeDeliveryDetails?.Destination).toBe('n***@s***');
    const mail = (await mailsTo(email)).find((m) => m.subject.startsWith('Mã đặt lại mật khẩu'));
    if (!mail) throw new Error('no reset code mailed');
    const code = valueAfter(mail, 'Mã xác nhận của anh/chị là');
    expect(code).toMatch(/^\d{6}$/);

    const confirm = (confirmationCode: string, password: string) =>
      client.send(
        new ConfirmForgotPasswordCommand({
          ClientId: pool.clientId,
          Username: email,
          ConfirmationCode: confirmationCode,
          Password: password,
        }),
      );
    const wrongCode = code === '000000' ? '111111' : '000000';
    expect(await failureOf(confirm(wrongCode, STRONGER))).toBe(
      'CodeMismatchException: Invalid verification code provided, please try again.',
    );
    expect(await failureOf(confirm(code, 'yeu'))).toContain('InvalidPasswordException');
    await confirm(code, STRONGER);

    // The session held before the reset can neither be renewed nor used with Cognito.
    expect(await failureOf(refresh(tokens?.RefreshToken))).toMatch(/^NotAuthorizedException/);
    expect(await failureOf(client.send(new GetUserCommand({ AccessToken: tokens?.AccessToken })))).toBe(
      'NotAuthorizedException: Access Token has been revoked',
    );
    expect(await failureOf(passwordSignIn(client, pool, email, STRONG))).toBe(
      'NotAuthorizedException: Incorrect username or password.',
    );
    // The code is spent, and the new password signs in (TOTP stays enrolled).
    expect(await failureOf(confirm(code, STRONG))).toMatch(/^CodeMismatchException/);
    expect(await signInWithCode(email, STRONGER, secret, 1)).toHaveProperty('IdToken');
  });

  it('changes the password only with the current one, and a global sign-out ends every session', async () => {
    const email = newEmail();
    const { tokens, secret } = await enrol(email);
    const change = (previous: string, proposed: string) =>
      client.send(
        new ChangePasswordCommand({
          AccessToken: tokens?.AccessToken,
          PreviousPassword: previous,
          ProposedPassword: proposed,
        }),
      );
    expect(await failureOf(change('Khong-dung-2026', STRONGER))).toBe(
      'NotAuthorizedException: Incorrect username or password.',
    );
    expect(await failureOf(change(STRONG, 'khongdu'))).toContain('InvalidPasswordException');
    await change(STRONG, STRONGER);
    await client.send(new GlobalSignOutCommand({ AccessToken: tokens?.AccessToken }));
    expect(await failureOf(client.send(new GetUserCommand({ AccessToken: tokens?.AccessToken })))).toBe(
      'NotAuthorizedException: Access Token has been revoked',
    );
    expect(await failureOf(refresh(tokens?.RefreshToken))).toMatch(/^NotAuthorizedException/);
    // Signing in again at once (the same second as the sign-out) gives a session that works.
    const again = await signInWithCode(email, STRONGER, secret, 1);
    expect(
      (await client.send(new GetUserCommand({ AccessToken: again?.AccessToken }))).Username,
    ).toBeTruthy();
  });

  it('refuses an access token it did not sign', async () => {
    const email = newEmail();
    const { tokens } = await enrol(email);
    const [header, payload] = (tokens?.AccessToken ?? '').split('.');
    const forged = `${header}.${payload}.${Buffer.from('not a signature').toString('base64url')}`;
    expect(
      await failureOf(
        client.send(
          new ChangePasswordCommand({
            AccessToken: forged,
            PreviousPassword: STRONG,
            ProposedPassword: STRONGER,
          }),
        ),
      ),
    ).toBe('NotAuthorizedException: Invalid Access Token');
  });
});

describe('a lost phone', () => {
  it("lets the admin turn off a user's authenticator app: sessions end and the next sign-in enrols a new one", async () => {
    const email = newEmail();
    const { tokens } = await enrol(email);
    const users = makeCognitoUserDirectory({ client, userPoolId: pool.userPoolId });
    const id = (await users.list()).items.find((u) => u.email === email)?.id ?? '';

    await users.resetMfa(id);

    expect(await failureOf(refresh(tokens?.RefreshToken))).toMatch(/^NotAuthorizedException/);
    const next = await passwordSignIn(client, pool, email, STRONG);
    expect(next.ChallengeName).toBe('MFA_SETUP');
  });
});
