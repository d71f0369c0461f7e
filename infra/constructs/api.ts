import { existsSync } from 'node:fs';
import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Route } from '../../shared/http/route';
import { routeAccess } from '../access';
import { pascalCase } from '../names';
import { TdktFunction } from './tdkt-function';

export interface ApiProps {
  readonly provinceCode: string;
  /** The route table (`ROUTES`); one function and one API route per row. */
  readonly routes: readonly Route[];
  /** Absolute path of a function's handler file from its id. */
  readonly entryFor: (id: string) => string;
  readonly table: ITable;
  readonly idempotencyTable: ITable;
  readonly userPool: IUserPool;
  readonly client: IUserPoolClient;
  /** The only origin browsers may call the API from. */
  readonly webOrigin: string;
  readonly logRetention: RetentionDays;
  /** Steady-state requests per second and burst for the whole stage. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/** Every value the access log keeps, as JSON so Logs Insights can query it. */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  userId: '$context.authorizer.claims.sub',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
};

function assertUnique(routes: readonly Route[]): void {
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (ids.has(route.id)) throw new Error(`route id ${route.id} appears twice in the route table`);
    if (keys.has(key)) throw new Error(`route ${key} appears twice in the route table`);
    ids.add(route.id);
    keys.add(key);
  }
}

/**
 * The HTTP API, built from the route table: one function per route with the access its row
 * implies (`routeAccess`), the Cognito JWT authorizer (audience = the web app client) on every
 * route with no exception, stage-wide throttling, JSON access logs, and CORS for the web origin
 * only. Preflight `OPTIONS` is answered by API Gateway itself, so no route is unauthenticated.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly functions: readonly TdktFunction[];

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    assertUnique(props.routes);
    const methods = [...new Set(props.routes.map((route) => CorsHttpMethod[route.method]))];
    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `tdkt-${props.provinceCode}`,
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: [props.webOrigin],
        allowMethods: methods.length > 0 ? methods : [CorsHttpMethod.GET],
        // What the web app sends (the token, JSON, the retry key, the version it read) and reads
        // back (the version of what it got, for its next If-Match).
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match'],
        exposeHeaders: ['etag'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention });
    const throttle = props.throttle ?? { rateLimit: 50, burstLimit: 100 };
    this.stage = this.httpApi.addStage('DefaultStage', {
      stageName: '$default',
      autoDeploy: true,
      throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });

    const authorizer = new HttpUserPoolAuthorizer('Cognito', props.userPool, {
      userPoolClients: [props.client],
    });
    this.functions = props.routes.map((route) => {
      const access = routeAccess(route);
      const name = pascalCase(route.id);
      const entry = props.entryFor(route.id);
      if (!existsSync(entry))
        throw new Error(
          `route ${route.method} ${route.path} has no handler: ${entry} must export \`handler\``,
        );
      const fn = new TdktFunction(this, name, {
        entry,
        description: `${route.method} ${route.path}`,
        provinceCode: props.provinceCode,
        logRetention: props.logRetention,
        invocation: 'sync',
      });
      fn.grantAccess(access, props);
      this.httpApi.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration: new HttpLambdaIntegration(`${name}Integration`, fn),
        authorizer,
      });
      return fn;
    });
  }
}
