/**
 * cognito-local with the extensions that make it answer as the deployed pool does (sign-in
 * challenges, password rules, sign-out, mail). Run as the child process `local/services`
 * starts; the data directory is its working directory, as for plain cognito-local.
 */
import { createRequire } from 'node:module';
import { targets } from './cognito-local';
import { deliverMailThroughSes } from './mail';
import { extendPasswords, extendSignOut } from './password-targets';
import { extendSignIn } from './sign-in-targets';

const require = createRequire(import.meta.url);

extendSignIn(targets);
extendSignOut(targets);
extendPasswords(targets, {
  async afterReset(userPoolId, userName) {
    // The pool's PostConfirmation trigger, the very handler CDK deploys.
    const { handler } = await import('../../../functions/end-sessions-after-reset');
    await handler({
      version: '1',
      region: 'local',
      triggerSource: 'PostConfirmation_ConfirmForgotPassword',
      userPoolId,
      userName,
      callerContext: { awsSdkVersion: 'local', clientId: '' },
      request: { userAttributes: {} },
      response: {},
    });
  },
});
if (process.env.TDKT_SES_ENDPOINT) deliverMailThroughSes(process.env.TDKT_SES_ENDPOINT);

require('cognito-local/lib/bin/start.js');
