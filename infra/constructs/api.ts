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
import { ROUTE_TIMEOUT_SECONDS, type Route, routeKeyOf } from '../../shared/http/route';
import type { RouteArea } from '../../shared/http/route-table';
import { type ApiFunction, apiFunctions } from '../api-functions';
import { pascalCase } from '../names';
import { TdktFunction } from './tdkt-function';

export interface ApiProps {
  readonly provinceCode: string;
  /** The route table by area (`ROUTE_AREAS`); one API route per row, functions by `apiFunctions`. */
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
    const key = routeKeyOf(route);
    if (ids.has(route.id)) throw new Error(`route id ${route.id} appears twice in the route table`);
    if (keys.has(key)) throw new Error(`route ${key} appears twice in the route table`);
    ids.add(route.id);
    keys.add(key);
  }
}

/**
 * The HTTP API, built from the route table: the functions of `apiFunctions` (one per area, its
 * reads apart, the user directory apart), each with the union of its routes' access, the Cognito JWT authorizer (audience = the web app client) on every
 * route with no exception, stage-wide throttling, JSON access logs, and CORS for the web origin
 * only. Preflight `OPTIONS` is answered by API Gateway itself, so no route is unauthenticated.
 */
export class Api extends Construct {
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  readonly functions: readonly TdktFunction[];
  /** What each of `functions` serves and may do, in the same order. */
  readonly definitions: readonly ApiFunction[];

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
    const areaStacks = new Map<string, NestedStack>();
    for (const area of props.areas) {
      if (area.routes.length > MAX_ROUTES_PER_AREA)
        throw new Error(
          `route area ${area.name} has ${area.routes.length} routes; a nested stack holds at most ${MAX_ROUTES_PER_AREA}: split the area in shared/http/routes`,
        );
    }
    const definitions = apiFunctions(props.areas);
    this.functions = definitions.map((definition) => {
      let areaStack = areaStacks.get(definition.area);
      if (!areaStack) {
        areaStack = new NestedStack(this, `${pascalCase(definition.area)}Routes`, {
          description: `tdkt ${props.provinceCode}: the ${definition.area} routes' functions and API routes`,
        });
        areaStacks.set(definition.area, areaStack);
      }
      return this.addFunction(areaStack, definition, authorizer, props);
    });
    this.definitions = definitions;
  }

  /**
   * One function for the routes of `definition`: a router that loads each route's handler on its
   * first call, granted the union of its routes' access; each route gets its API route and an
   * invoke permission scoped to its path, all through one integration.
   */
  private addFunction(
    scope: Construct,
    definition: ApiFunction,
    authorizer: HttpUserPoolAuthorizer,
    props: ApiProps,
  ): TdktFunction {
    for (const route of definition.routes) {
      const entry = props.entryFor(route.id);
      if (!existsSync(entry))
        throw new Error(
          `route ${route.method} ${route.path} has no handler: ${entry} must export \`handler\``,
        );
    }
    const name = pascalCase(definition.name);
    const fn = new TdktFunction(scope, name, {
      source: { kind: 'router', name: definition.name, routes: definition.routes, entryFor: props.entryFor },
      description: apiFunctionDescription(definition),
      provinceCode: props.provinceCode,
      logRetention: props.logRetention,
      invocation: 'sync',
      timeout: Duration.seconds(ROUTE_TIMEOUT_SECONDS),
    });
    fn.grantAccess(definition.access, props);
    const integration = new HttpLambdaIntegration(`${name}Integration`, fn);
    // What `httpApi.addRoutes` does, but in the area's stack: each route and the function's
    // invoke permission (scoped to that route's path) live next to the function.
    for (const route of definition.routes)
      new HttpRoute(scope, `${pascalCase(route.id)}Route`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, HttpMethod[route.method]),
        integration,
        authorizer,
      });
    return fn;
  }
}

/** `API nominations-read (6 routes)`: what the console shows; Lambda allows 256 characters. */
export const apiFunctionDescription = (definition: Pick<ApiFunction, 'name' | 'routes'>): string =>
  `API ${definition.name} (${definition.routes.length} route${definition.routes.length === 1 ? '' : 's'})`;
