import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { BACKGROUND_FUNCTIONS } from '../../infra/background-functions';
import { loadProvinceConfig } from '../../infra/province-config';
import { REMINDER_TICK } from '../../shared/mail/notifier-event';
import { STUB_BACKGROUND_FUNCTIONS, STUB_STREAM_FILTER, stubEntry } from './support/stubs';
import { synthesize } from './support/synth';
import { actionsByFunction, resourcesOf } from './support/template';

// TEST ONLY: the stack is built with stub background functions (the real ones come with issue 4)
// and a throw-away web build, through the stateless stack's test props.
const webDist = mkdtempSync(join(tmpdir(), 'tdkt-web-'));
writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>tdkt</title>');
mkdirSync(join(webDist, 'assets'));
writeFileSync(join(webDist, 'assets', 'index-abc123.js'), 'export {};');
const { stacks, stateful, stateless, nagFindings } = synthesize(loadProvinceConfig('ha-tinh'), {
  overrides: {
    // The routes are covered by province-stacks.test.ts; here only the background matters.
    routeAreas: [],
    backgroundFunctions: STUB_BACKGROUND_FUNCTIONS,
    entryFor: stubEntry,
    webDistPath: webDist,
  },
});

describe('background functions and web content', () => {
  it('ships no background function until issue 4 adds its rows', () => {
    expect(BACKGROUND_FUNCTIONS.every((fn) => fn.id.length > 0)).toBe(true);
  });

  it('passes cdk-nag with stream consumer, schedule, mail events and web deployment in place', () => {
    expect(nagFindings).toEqual([]);
  });

  it('consumes the stream with filters, bisecting, partial batch responses and bounded retries and age', () => {
    const [mapping] = resourcesOf(stateless, 'AWS::Lambda::EventSourceMapping');
    expect(mapping?.Properties).toMatchObject({
      StartingPosition: 'TRIM_HORIZON',
      BisectBatchOnFunctionError: true,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ParallelizationFactor: 1,
      DestinationConfig: { OnFailure: { Destination: expect.anything() } },
      FilterCriteria: {
        Filters: [{ Pattern: JSON.stringify(STUB_STREAM_FILTER) }],
      },
    });
    expect(mapping?.Properties.MaximumRetryAttempts).toBeLessThanOrEqual(5);
    expect(mapping?.Properties.MaximumRecordAgeInSeconds).toBeLessThanOrEqual(6 * 3600);
  });

  it('sends failures to an encrypted, SSL-only dead-letter queue that alarms at depth 1', () => {
    const queues = resourcesOf(stateless, 'AWS::SQS::Queue');
    expect(queues).toHaveLength(1);
    for (const queue of queues) expect(queue.Properties.SqsManagedSseEnabled).toBe(true);
    stateless.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    stateless.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'IteratorAge',
      Threshold: 60_000,
    });
  });

  it('runs scheduled functions from EventBridge Scheduler in Vietnam time, with retries and a dead letter', () => {
    stateless.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 7 ? * MON-FRI *)',
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      Target: Match.objectLike({
        DeadLetterConfig: { Arn: Match.anyValue() },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
      }),
    });
  });

  it("ticks the notifier's reminders on its own schedule, the tick as input, its failures to the DLQ", () => {
    stateless.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0/15 7-18 ? * * *)',
      ScheduleExpressionTimezone: 'Asia/Ho_Chi_Minh',
      Target: Match.objectLike({
        Input: JSON.stringify(REMINDER_TICK),
        DeadLetterConfig: { Arn: Match.anyValue() },
        RetryPolicy: { MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 },
      }),
    });
    const [notifier] = resourcesOf(stateless, 'AWS::Lambda::Function').filter(
      (fn) => fn.Properties.Description === 'test stub of the notifier',
    );
    // Scheduled invocations are asynchronous: failed ones land in the dead-letter queue too.
    expect(notifier?.Properties.DeadLetterConfig).toEqual({ TargetArn: expect.anything() });
    expect(resourcesOf(stateless, 'AWS::Lambda::EventSourceMapping')).toHaveLength(1);
  });

  it('lets only the notifier send mail, from the province address, on its identity', () => {
    const granted = actionsByFunction(stateless);
    const senders = [...granted.entries()].filter(([, actions]) =>
      [...actions].some((action) => action.startsWith('ses:')),
    );
    expect(senders.map(([description]) => description)).toEqual(['test stub of the notifier']);
    stateless.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: ['ses:SendEmail', 'ses:SendRawEmail'],
            Condition: { StringEquals: { 'ses:FromAddress': 'thidua@ha-tinh.example' } },
          }),
        ]),
      },
    });
  });

  it('gives the notifier what its mail runtime parses at cold start', () => {
    const [notifier] = resourcesOf(stateless, 'AWS::Lambda::Function').filter(
      (fn) => fn.Properties.Description === 'test stub of the notifier',
    );
    expect(Object.keys(notifier?.Properties.Environment.Variables ?? {})).toEqual(
      expect.arrayContaining(['MAIL_FROM', 'MAIL_CONFIGURATION_SET', 'WEB_ORIGIN', 'TABLE_NAME']),
    );
  });

  it('subscribes the bounce recorder to the mail-events topic with a dead letter', () => {
    stateless.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      RedrivePolicy: { deadLetterTargetArn: Match.anyValue() },
    });
  });

  it('deploys the web build when there is one and invalidates CloudFront', () => {
    stateful.resourceCountIs('Custom::CDKBucketDeployment', 0);
    stateless.resourceCountIs('AWS::CloudFormation::Stack', 1);
    Template.fromStack(stacks.stateless.node.findChild('Web') as Stack).hasResourceProperties(
      'Custom::CDKBucketDeployment',
      { DistributionPaths: ['/*'] },
    );
  });
});
