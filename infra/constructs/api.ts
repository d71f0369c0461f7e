import { existsSync } from 'node:fs';
import { Duration, NestedStack } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpRoute,
  HttpRouteKey,
  type HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IUserPool, IUserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { FileLimits } from '../../shared/domain/files/file-types';
import { ROUTE_TIMEOUT_SECONDS, type Route } from '../../shared/http/route';
import type { RouteArea } from '../../shared/http/route-table';
import { routeAccess } from '../access';
import { pascalCase } from '../names';
import { TdktFunction } from './tdkt-function';

export interface ApiProps {
  readonly provinceCode: string;
  /** The route table by area (`ROUTE_AREAS`); one function and one API route per row. */
  readonly areas: readonly RouteArea[];
  /** Absolute path of a function's handler file from its id. */
  readonly entryFor: (id: string) => string;
  readonly table: ITable;
  readonly idempotencyTable: ITable;
  readonly ballotTable: ITable;
  readonly auditAnchorBucket: IBucket;
  readonly filesBucket: IBucket;
  readonly fileLimits: FileLimits;
  readonly userPool: IUserPool;
  readonly client: IUserPoolClient;
  /** The only origin browsers may call the API from. */
  readonly webOrigin: string;
  readonly logRetention: RetentionDays;
  /** Steady-state requests per second and burst for the whole stage. */
  readonly throttle?: { readonly rateLimit: number; readonly burstLimit: number };
}

/**
 * Every value the access log keeps, as JSON so Logs Insights can query it. With `userId` and
 * `path` it is also the record of who read which person, nomination or list (Luật BVDLCN
 * 91/2025/QH15 asks to log who viewed personal data): `routeKey` names the route, `path` the
 * record (`/persons/p-123`); query strings are not kept, so a name searched for stays out of logs.
 */
const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  userId: '$context.authorizer.claims.sub',
  sourceIp: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
};

/**
 * Each route costs its area's nested stack 7 resources (function, role, policy, log group,
 * integration, route, permission). 50 routes keep a nested stack near 350, well under
 * CloudFormation's 500 (the infra tests hold every stack under 400).
 */
export const MAX_ROUTES_PER_AREA = 50;

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
    const routes = props.areas.flatMap((area) => area.routes);
    assertUnique(routes);
    const methods = [...new Set(routes.map((route) => CorsHttpMethod[route.method]))];
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

    // Created in the API's own scope (this stack) when the first route binds it; every area's
    // routes then refer to the same authorizer.
    const authorizer = new HttpUserPoolAuthorizer('Cognito', props.userPool, {
      userPoolClients: [props.client],
    });
    // One nested stack per area holds the area's functions, roles, log groups, integrations,
    // routes and invoke permissions: the parent keeps the API, the stage and the authorizer, and
    // no stack nears CloudFormation's 500 resources however many areas the table has.
    // Moving a route to another area moves its resources to another stack: see docs/deploy.md.
    this.functions = props.areas.flatMap((area) => {
      if (area.routes.length === 0) return [];
      if (area.routes.length > MAX_ROUTES_PER_AREA)
        throw new Error(
          `route area ${area.name} has ${area.routes.length} routes; a nested stack holds at most ${MAX_ROUTES_PER_AREA}: split the area in shared/http/routes`,
        );
      const areaStack = new NestedStack(this, `${pascalCase(area.name)}Routes`, {
        description: `tdkt ${props.provinceCode}: the ${area.name} routes' functions and API routes`,
      });
      return area.routes.map((route) => this.addRoute(areaStack, route, authorizer, props));
    });
  }

  private addRoute(
    scope: Construct,
    route: Route,
    authorizer: HttpUserPoolAuthorizer,
    props: ApiProps,
  ): TdktFunction {
    const name = pascalCase(route.id);
    const entry = props.entryFor(route.id);
    if (!existsSync(entry))
      throw new Error(`route ${route.method} ${route.path} has no handler: ${entry} must export \`handler\``);
    const fn = new TdktFunction(scope, name, {
      entry,
      description: `${route.method} ${route.path}`,
      provinceCode: props.provinceCode,
      logRetention: props.logRetention,
      invocation: 'sync',
      timeout: Duration.seconds(ROUTE_TIMEOUT_SECONDS),
    });
    fn.grantAccess(routeAccess(route), props);
    // What `httpApi.addRoutes` does, but in the area's stack: the route, its integration and the
    // function's invoke permission (scoped to this route's path) live next to the function.
    new HttpRoute(scope, `${name}Route`, {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
      integration: new HttpLambdaIntegration(`${name}Integration`, fn),
      authorizer,
    });
    return fn;
  }
}
