import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface AlertsProps {
  readonly provinceCode: string;
  readonly adminEmails: readonly string[];
}

/**
 * The key that encrypts the province's SNS topics and the topic of its admins. It lives with the
 * stateful resources so that admins confirm their email subscription once, not after every
 * redeploy of the functions. CloudWatch (alarms) and SES (mail events) publish to encrypted
 * topics only through a customer managed key whose policy names them, hence this key.
 */
export class Alerts extends Construct {
  readonly key: Key;
  readonly adminTopic: Topic;

  constructor(scope: Construct, id: string, props: AlertsProps) {
    super(scope, id);
    this.key = new Key(this, 'TopicKey', {
      description: `tdkt ${props.provinceCode}: encrypts alarm and mail-event topics`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const service of ['cloudwatch.amazonaws.com', 'ses.amazonaws.com']) {
      this.key.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal(service)],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
          conditions: { StringEquals: { 'aws:SourceAccount': this.key.stack.account } },
        }),
      );
    }

    this.adminTopic = new Topic(this, 'AdminTopic', {
      displayName: `tdkt ${props.provinceCode} alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });
    for (const email of props.adminEmails) this.adminTopic.addSubscription(new EmailSubscription(email));
    Validations.of(this.adminTopic).acknowledge({
      id: 'Serverless-SNSRedrivePolicy',
      reason:
        'Email subscriptions of admins: SNS retries email delivery itself, and a dead-letter queue for alarm emails would be read by no one (failed deliveries show in NumberOfNotificationsFailed).',
    });
  }
}
