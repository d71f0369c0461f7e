/**
 * Mail from the local pool goes where the deployed pool's goes: to an inbox, here the local SES
 * (its viewer shows it), with the same Vietnamese text as the CDK pool's templates. cognito-local
 * only prints codes to its console.
 */
import { SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import { INVITATION_MESSAGE, VERIFICATION_MESSAGE } from '../../../shared/users/cognito-settings';
import { attributeValue, messagesService } from './cognito-local';

/** Cognito's own sender when a pool has no SES identity of its own. */
export const COGNITO_FROM = 'no-reply@verificationemail.com';

const TEMPLATES: Readonly<Record<string, { subject: string; body: string }>> = {
  AdminCreateUser: INVITATION_MESSAGE,
  ForgotPassword: VERIFICATION_MESSAGE,
};

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function deliverMailThroughSes(sesEndpoint: string): void {
  const ses = new SESClient({
    endpoint: sesEndpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const original = messagesService.prototype.deliver;
  messagesService.prototype.deliver = async function deliver(...args) {
    const [, source, , , user, code, , details] = args;
    const template = TEMPLATES[source];
    if (!template || details.DeliveryMedium !== 'EMAIL') return original.apply(this, args);
    const username = attributeValue('email', user.Attributes) ?? user.Username;
    const body = template.body
      .replaceAll('{username}', escapeHtml(username))
      .replaceAll('{####}', escapeHtml(code));
    await ses.send(
      new SendEmailCommand({
        Source: COGNITO_FROM,
        Destination: { ToAddresses: [details.Destination] },
        Message: {
          Subject: { Data: template.subject, Charset: 'UTF-8' },
          Body: { Html: { Data: body, Charset: 'UTF-8' } },
        },
      }),
    );
  };
}
