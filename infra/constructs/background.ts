import { Duration, Stack, TimeZone, Validations } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type CfnFunction, FilterCriteria, type IFunction, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Schedule, ScheduleExpression, ScheduleTargetInput } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV } from '../../shared/config';
import type { FileLimits } from '../../shared/domain/files/file-types';
import type { BackgroundFunction, FunctionSchedule, StreamConsumerFunction } from '../background-functions';
import { pascalCase } from '../names';
import { type MailBinding, TdktFunction } from './tdkt-function';

/**
 * Stream consumer settings. A poison record may hold its shard for at most 5 retries or 6 hours,
 * whichever comes first (the default is until the record leaves the stream, 24 h); bisecting
 * isolates it and partial batch responses let the good records of a batch through.
 */
export const STREAM_CONSUMER_SETTINGS = {
  startingPosition: StartingPosition.TRIM_HORIZON,
  batchSize: 25,
  bisectBatchOnError: true,
  reportBatchItemFailures: true,
  retryAttempts: 5,
  maxRecordAge: Duration.hours(6),
  parallelizationFactor: 1,
} as const;

export interface BackgroundProps {
  readonly provinceCode: string;
  readonly functions: readonly BackgroundFunction[];
  readonly entryFor: (id: string) => string;
  readonly table: ITable;
  readonly idempotencyTable: ITable;
  readonly ballotTable: ITable;
  readonly auditAnchorBucket: IBucket;
  readonly filesBucket: IBucket;
  readonly fileLimits: FileLimits;
  readonly userPool: IUserPool;
  readonly mail: MailBinding;
  readonly mailEventsTopic: ITopic;
  /** Where links in emails point (the web app); set on the functions that send mail. */
  readonly webOrigin?: string;
  readonly logRetention: RetentionDays;
  /** The API's functions, for the warm-up (`warmsApi`). */
  readonly apiFunctions?: readonly IFunction[];
}

/**
 * The functions no route calls, from `BACKGROUND_FUNCTIONS`: stream consumers (the notifier, whose
 * schedule is the reminder tick), scheduled functions and the SES event recorder. Every failure path ends in one
 * encrypted, SSL-only dead-letter queue, alarmed at depth ≥ 1 by the monitoring construct.
 */
export class Background extends Construct {
  /** Undefined while there is no background function: no empty queue is deployed. */
  readonly deadLetterQueue?: Queue;
  readonly functions: readonly TdktFunction[];
  readonly streamConsumers: readonly TdktFunction[];

  constructor(scope: Construct, id: string, props: BackgroundProps) {
    super(scope, id);
    if (props.functions.length === 0) {
      this.functions = [];
      this.streamConsumers = [];
      return;
    }
    const dlq = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(dlq).acknowledge(
      { id: 'AwsSolutions-SQS3', reason: 'This queue is the dead-letter queue; it has none of its own.' },
      {
        id: 'Serverless-SQSRedrivePolicy',
        reason: 'This queue is the dead-letter queue; it has none of its own.',
      },
    );
    this.deadLetterQueue = dlq;

    const streamConsumers: TdktFunction[] = [];
    this.functions = props.functions.map((definition) => {
      const name = pascalCase(definition.id);
      // A stream consumer with a schedule is invoked asynchronously too: it needs the DLQ.
      const streamOnly = definition.kind === 'stream-consumer' && !definition.schedule;
      const fn = new TdktFunction(this, name, {
        source: { kind: 'handler', entry: props.entryFor(definition.id) },
        description: definition.description,
        provinceCode: props.provinceCode,
        logRetention: props.logRetention,
        invocation: streamOnly ? 'stream' : 'async',
        ...(streamOnly ? {} : { deadLetterQueue: dlq }),
        ...(definition.timeout ? { timeout: Duration.seconds(definition.timeout) } : {}),
      });
      fn.grantAccess(definition.access, props);
      if (definition.access.sendMail && props.webOrigin) fn.addEnvironment(ENV.webOrigin, props.webOrigin);
      if (definition.access.warmsApi) this.allowWarmUp(fn, props.apiFunctions ?? []);

      switch (definition.kind) {
        case 'stream-consumer':
          this.consumeStream(fn, definition, props.table, dlq);
          streamConsumers.push(fn);
          if (definition.schedule) this.schedule(name, fn, definition.description, definition.schedule, dlq);
          break;
        case 'scheduled':
          this.schedule(name, fn, definition.description, definition, dlq);
          break;
        case 'mail-events':
          props.mailEventsTopic.addSubscription(new LambdaSubscription(fn, { deadLetterQueue: dlq }));
          break;
      }
      return fn;
    });
    this.streamConsumers = streamConsumers;
  }

  /** The warm-up invokes each API function: their names, and invoke on exactly those ARNs. */
  private allowWarmUp(fn: TdktFunction, apiFunctions: readonly IFunction[]): void {
    if (apiFunctions.length === 0) throw new Error(`${fn.node.path}: the warm-up needs the API's functions`);
    fn.setEnv(ENV.apiFunctions, apiFunctions.map((apiFn) => apiFn.functionName).join(','));
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['lambda:InvokeFunction'],
        resources: apiFunctions.map((apiFn) => apiFn.functionArn),
      }),
    );
  }

  private schedule(
    name: string,
    fn: TdktFunction,
    description: string,
    { cron, timeZone, input }: FunctionSchedule,
    dlq: Queue,
  ) {
    const role = new Role(this, `${name}SchedulerRole`, {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    });
    new Schedule(this, `${name}Schedule`, {
      description,
      schedule: ScheduleExpression.expression(`cron(${cron})`, TimeZone.of(timeZone)),
      target: new LambdaInvoke(fn, {
        role,
        ...(input ? { input: ScheduleTargetInput.fromObject(input) } : {}),
        deadLetterQueue: dlq,
        retryAttempts: 3,
        maxEventAge: Duration.hours(1),
      }),
    });
    const functionId = Stack.of(this).resolve((fn.node.defaultChild as CfnFunction).logicalId);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${functionId}.Arn>:*]`,
      reason: 'lambda:InvokeFunction on this one function and its versions (`:*`), as CDK grants invoke.',
    });
  }

  private consumeStream(
    fn: TdktFunction,
    definition: StreamConsumerFunction,
    table: ITable,
    dlq: Queue,
  ): void {
    if (definition.filters.length === 0 || definition.filters.length > 5)
      throw new Error(`${definition.id}: a stream consumer needs 1 to 5 filter patterns`);
    fn.addEventSource(
      new DynamoEventSource(table, {
        ...STREAM_CONSUMER_SETTINGS,
        batchSize: definition.batchSize ?? STREAM_CONSUMER_SETTINGS.batchSize,
        onFailure: new SqsDlq(dlq),
        filters: definition.filters.map((pattern) => FilterCriteria.filter({ ...pattern })),
      }),
    );
    Validations.of(fn.role ?? fn).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams has no resource-level permission; the event source mapping needs it to find the stream. Every other statement names its resource.',
    });
  }
}
