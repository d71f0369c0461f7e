import { type SESClient, SendEmailCommand } from '@aws-sdk/client-ses';
import type { OutgoingMail } from './message';
import type { EmailSender } from './ports';

export interface SesSenderDeps {
  /** Anything with the SES client's `send`: tests wrap the real client to inject faults. */
  readonly client: Pick<SESClient, 'send'>;
  readonly from: string;
  /** The configuration set that publishes bounces, complaints and Send events (absent locally). */
  readonly configurationSet?: string;
}

/**
 * SES message tags allow letters, digits, `_` and `-` only: every other character becomes `_`
 * and its code in hex (`#` → `_23`), so the tag maps back to exactly one key.
 */
export const mailKeyTag = (key: string): string =>
  key.replace(/[^A-Za-z0-9-]/g, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `_${code.toString(16).padStart(2, '0')}`
      : `_u${code.toString(16).padStart(4, '0')}`;
  });

/** The key a tag was made from (`mailKeyTag` reversed). */
export const mailKeyOfTag = (tag: string): string =>
  tag.replace(/_u([0-9a-f]{4})|_([0-9a-f]{2})/g, (_, wide: string | undefined, narrow: string | undefined) =>
    String.fromCharCode(Number.parseInt(wide ?? narrow ?? '', 16)),
  );

/**
 * The SES adapter of {@link EmailSender} (SES v1 `SendEmail`, UTF-8 HTML and text). The message
 * is tagged with its exactly-once key so SES's Send event can confirm it to the ledger.
 */
export function makeSesSender(deps: SesSenderDeps): EmailSender {
  return {
    async send(mail: OutgoingMail) {
      const output = await deps.client.send(
        new SendEmailCommand({
          Source: deps.from,
          Destination: {
            ToAddresses: [...mail.to],
            ...(mail.cc.length > 0 ? { CcAddresses: [...mail.cc] } : {}),
          },
          Message: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: {
              Html: { Data: mail.html, Charset: 'UTF-8' },
              Text: { Data: mail.text, Charset: 'UTF-8' },
            },
          },
          Tags: [{ Name: 'mail_key', Value: mailKeyTag(mail.key) }],
          ...(deps.configurationSet ? { ConfigurationSetName: deps.configurationSet } : {}),
        }),
      );
      return { messageId: output.MessageId ?? '' };
    },
  };
}
