import { join } from 'node:path';
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { Route } from '../shared/http/route';
import { handlerEntry, ROUTES } from '../shared/http/route-table';
import { BACKGROUND_FUNCTIONS, type BackgroundFunction } from './background-functions';
import { Api } from './constructs/api';
import { Background } from './constructs/background';
import { Monitoring } from './constructs/monitoring';
import { type ProvinceConfig, REPO_ROOT } from './province-config';
import type { StatefulStack } from './stateful-stack';

export interface StatelessStackProps extends StackProps {
  readonly config: ProvinceConfig;
  readonly stateful: StatefulStack;
  /** Defaults to `ROUTES`; tests pass their own only to exercise the construct. */
  readonly routes?: readonly Route[];
  /** Defaults to `BACKGROUND_FUNCTIONS`. */
  readonly backgroundFunctions?: readonly BackgroundFunction[];
  /** Defaults to `functions/<id>.ts` (`handlerEntry`); tests point stubs elsewhere. */
  readonly entryFor?: (id: string) => string;
}

const RETENTION: Readonly<Record<ProvinceConfig['logRetentionDays'], RetentionDays>> = {
  30: RetentionDays.ONE_MONTH,
  90: RetentionDays.THREE_MONTHS,
  180: RetentionDays.SIX_MONTHS,
  365: RetentionDays.ONE_YEAR,
};

/**
 * What a province runs: the functions, the HTTP API, the background triggers and schedules,
 * the alarms and the dashboard. It holds no data, so it can be destroyed and redeployed.
 */
export class StatelessStack extends Stack {
  readonly api: Api;
  readonly background: Background;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, stateful } = props;
    const entryFor = props.entryFor ?? ((fnId: string) => join(REPO_ROOT, handlerEntry({ id: fnId })));
    const logRetention = RETENTION[config.logRetentionDays];

    this.api = new Api(this, 'Api', {
      provinceCode: config.code,
      routes: props.routes ?? ROUTES,
      entryFor,
      table: stateful.data.table,
      idempotencyTable: stateful.data.idempotencyTable,
      userPool: stateful.auth.userPool,
      client: stateful.auth.client,
      webOrigin: stateful.web.origin,
      logRetention,
    });
    this.background = new Background(this, 'Background', {
      provinceCode: config.code,
      functions: props.backgroundFunctions ?? BACKGROUND_FUNCTIONS,
      entryFor,
      table: stateful.data.table,
      idempotencyTable: stateful.data.idempotencyTable,
      userPool: stateful.auth.userPool,
      mail: { ...stateful.mail.binding, webOrigin: stateful.web.origin },
      mailEventsTopic: stateful.mail.eventsTopic,
      webOrigin: stateful.web.origin,
      logRetention,
    });
    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      provinceCode: config.code,
      adminTopic: stateful.alerts.adminTopic,
      httpApi: this.api.httpApi,
      apiFunctions: this.api.functions,
      backgroundFunctions: this.background.functions,
      streamConsumers: this.background.streamConsumers,
      ...(this.background.deadLetterQueue ? { deadLetterQueue: this.background.deadLetterQueue } : {}),
      table: stateful.data.table,
    });
  }
}
