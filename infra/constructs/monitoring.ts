import { Duration } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TdktFunction } from './tdkt-function';

export interface MonitoringProps {
  readonly provinceCode: string;
  readonly adminTopic: ITopic;
  readonly httpApi: HttpApi;
  readonly apiFunctions: readonly TdktFunction[];
  readonly backgroundFunctions: readonly TdktFunction[];
  readonly streamConsumers: readonly TdktFunction[];
  readonly deadLetterQueue?: IQueue;
  readonly table: ITable;
}

/** Thresholds, in one place so docs/deploy.md and the tests can cite them. */
export const ALARM_THRESHOLDS = {
  /** Any failed notification or reminder needs a human. */
  deadLetterMessages: 1,
  /** A notifier more than a minute behind the table is stuck, not busy. */
  iteratorAgeMs: 60_000,
  /** Share of API requests answered 5xx over 5 minutes (only counted from 10 requests). */
  serverErrorRate: 0.05,
  lambdaThrottles: 1,
  /** The project's goals: under half of SES's review thresholds (bounces 5 %, complaints 0.1 %). */
  sesBounceRate: 0.02,
  sesComplaintRate: 0.0005,
} as const;

/**
 * Alarms to the province admins' topic — dead letters, stream lag, API 5xx rate, Lambda
 * throttles, SES bounce and complaint rates — and one dashboard of the same signals.
 */
export class Monitoring extends Construct {
  readonly alarms: Alarm[] = [];
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.action = new SnsAction(props.adminTopic);
    const fiveMinutes = Duration.minutes(5);

    if (props.deadLetterQueue)
      this.alarm('DeadLetters', 'Failed background events are waiting in the dead-letter queue', {
        metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(1),
          statistic: 'Maximum',
        }),
        threshold: ALARM_THRESHOLDS.deadLetterMessages,
      });
    for (const consumer of props.streamConsumers)
      this.alarm(`${consumer.node.id}IteratorAge`, `${consumer.node.id} is behind the table stream`, {
        metric: consumer.metric('IteratorAge', { statistic: 'Maximum', period: fiveMinutes }),
        threshold: ALARM_THRESHOLDS.iteratorAgeMs,
      });

    const requests = props.httpApi.metricCount({ period: fiveMinutes, statistic: 'Sum' });
    const serverErrors = props.httpApi.metricServerError({ period: fiveMinutes, statistic: 'Sum' });
    const errorRate = new MathExpression({
      expression: 'IF(requests >= 10, errors / requests, 0)',
      usingMetrics: { requests, errors: serverErrors },
      period: fiveMinutes,
      label: '5xx rate',
    });
    this.alarm('ApiServerErrorRate', 'More than 5 % of API requests failed with 5xx', {
      metric: errorRate,
      threshold: ALARM_THRESHOLDS.serverErrorRate,
    });

    // Account-wide: one alarm covers every function however many routes there are (an alarm's
    // metric math takes at most 10 metrics); a province is meant to have its own account.
    const throttles = new Metric({
      namespace: 'AWS/Lambda',
      metricName: 'Throttles',
      statistic: 'Sum',
      period: fiveMinutes,
    });
    this.alarm('LambdaThrottles', 'Lambda throttled invocations in this account and region', {
      metric: throttles,
      threshold: ALARM_THRESHOLDS.lambdaThrottles,
    });

    const sesMetric = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    this.alarm('SesBounceRate', 'SES bounce rate reached 2 % (SES reviews the account at 5 %)', {
      metric: sesMetric('Reputation.BounceRate'),
      threshold: ALARM_THRESHOLDS.sesBounceRate,
    });
    this.alarm('SesComplaintRate', 'SES complaint rate reached 0.05 % (SES reviews the account at 0.1 %)', {
      metric: sesMetric('Reputation.ComplaintRate'),
      threshold: ALARM_THRESHOLDS.sesComplaintRate,
    });

    this.dashboard(props, requests, serverErrors, throttles, sesMetric);
  }

  private alarm(
    id: string,
    description: string,
    spec: { metric: Metric | MathExpression; threshold: number },
  ) {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric: spec.metric,
      threshold: spec.threshold,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    alarm.addOkAction(this.action);
    this.alarms.push(alarm);
    return alarm;
  }

  private dashboard(
    props: MonitoringProps,
    requests: Metric,
    serverErrors: Metric,
    throttles: Metric,
    sesMetric: (name: string) => Metric,
  ): void {
    const fiveMinutes = Duration.minutes(5);
    const functions = [...props.apiFunctions, ...props.backgroundFunctions];
    const perFunction = (name: 'Errors' | 'Duration', statistic: string) =>
      functions.map((fn) => fn.metric(name, { statistic, period: fiveMinutes, label: fn.node.id }));
    const dashboard = new Dashboard(this, 'Dashboard', { dashboardName: `tdkt-${props.provinceCode}` });
    dashboard.addWidgets(
      new GraphWidget({ title: 'API requests and 5xx', left: [requests], right: [serverErrors], width: 12 }),
      new GraphWidget({
        title: 'API latency p95 (ms)',
        left: [props.httpApi.metricLatency({ statistic: 'p95', period: fiveMinutes })],
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({ title: 'Function errors', left: perFunction('Errors', 'Sum'), width: 12 }),
      new GraphWidget({
        title: 'Function duration p95 (ms)',
        left: perFunction('Duration', 'p95'),
        width: 12,
      }),
    );
    dashboard.addWidgets(
      new GraphWidget({
        title: 'Table capacity (units)',
        left: [
          props.table.metricConsumedReadCapacityUnits({ period: fiveMinutes }),
          props.table.metricConsumedWriteCapacityUnits({ period: fiveMinutes }),
        ],
        width: 8,
      }),
      new GraphWidget({
        title: 'Lambda throttles / dead letters',
        left: [throttles],
        right: props.deadLetterQueue
          ? [props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes })]
          : [],
        width: 8,
      }),
      new GraphWidget({
        title: 'SES bounce / complaint rate',
        left: [sesMetric('Reputation.BounceRate'), sesMetric('Reputation.ComplaintRate')],
        width: 8,
      }),
    );
  }
}
