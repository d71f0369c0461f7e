import { Arn, Stack } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import type { MailBinding } from './tdkt-function';

export interface MailProps {
  readonly provinceCode: string;
  readonly fromAddress: string;
  /** Verify the whole domain (DKIM) rather than the one address. */
  readonly domain?: string;
  readonly topicKey: IKey;
}

/**
 * The province's sending identity and the configuration set every email goes through. The set
 * keeps reputation metrics (the bounce-rate alarm reads them), suppresses addresses that bounced
 * or complained, requires TLS, and publishes sends, bounces, complaints, rejects, rendering
 * failures and delivery delays to `eventsTopic` — the hook the function that records them subscribes to.
 */
export class Mail extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly eventsTopic: Topic;
  /** Completed with the web origin by the stateless stack. */
  readonly binding: Omit<MailBinding, 'webOrigin'>;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      configurationSetName: `tdkt-${props.provinceCode}`,
      reputationMetrics: true,
      sendingEnabled: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: props.domain ? Identity.domain(props.domain) : Identity.email(props.fromAddress),
      configurationSet: this.configurationSet,
    });

    this.eventsTopic = new Topic(this, 'EventsTopic', {
      displayName: `tdkt ${props.provinceCode} mail events`,
      masterKey: props.topicKey,
      enforceSSL: true,
    });
    this.configurationSet.addEventDestination('ToTopic', {
      destination: EventDestination.snsTopic(this.eventsTopic),
      events: [
        // Send confirms a message to the notifier's ledger (tag mail_key), so a crash after SES
        // accepted it is never re-sent by the sweep (docs/notifications.md).
        EmailSendingEvent.SEND,
        // SEND lets the recorder mark each outbox mail as accepted by SES.
        EmailSendingEvent.SEND,
        EmailSendingEvent.BOUNCE,
        EmailSendingEvent.COMPLAINT,
        EmailSendingEvent.REJECT,
        EmailSendingEvent.RENDERING_FAILURE,
        EmailSendingEvent.DELIVERY_DELAY,
      ],
    });

    const stack = Stack.of(this);
    this.binding = {
      identityArn: this.identity.emailIdentityArn,
      configurationSetName: this.configurationSet.configurationSetName,
      configurationSetArn: Arn.format(
        {
          service: 'ses',
          resource: 'configuration-set',
          resourceName: this.configurationSet.configurationSetName,
        },
        stack,
      ),
      fromAddress: props.fromAddress,
    };
  }
}
