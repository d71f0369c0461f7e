import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { ROUTE_TIMEOUT_SECONDS, type Route, routeKeyOf } from '../../shared/http/route';

/**
 * API Gateway (HTTP API, JWT authorizer) passes every claim to Lambda as a string, and an array
 * claim as `[a b]`. Reproduce that exactly so handlers see locally what they will see in AWS.
 */
export function claimsAsApiGatewayPassesThem(payload: Record<string, unknown>): Record<string, string> {
  const claims: Record<string, string> = {};
  for (const [name, value] of Object.entries(payload)) {
    if (value === undefined || value === null) continue;
    claims[name] = Array.isArray(value) ? `[${value.join(' ')}]` : String(value);
  }
  return claims;
}

function singleValueHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  return out;
}

export interface IncomingCall {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingHttpHeaders;
  readonly body: Buffer;
  readonly sourceIp: string;
  readonly pathParameters: Record<string, string>;
  readonly claims: Record<string, string>;
}

/** Builds the API Gateway v2 (payload format 2.0) event for a matched route. */
export function buildEvent(route: Route, call: IncomingCall): APIGatewayProxyEventV2WithJWTAuthorizer {
  const now = new Date();
  const query: Record<string, string> = {};
  for (const [name, value] of call.url.searchParams)
    query[name] = query[name] ? `${query[name]},${value}` : value;
  const headers = singleValueHeaders(call.headers);
  const routeKey = routeKeyOf(route);
  const isText = /json|text|xml|urlencoded/.test(headers['content-type'] ?? 'application/json');
  return {
    version: '2.0',
    routeKey,
    rawPath: call.url.pathname,
    rawQueryString: call.url.search.replace(/^\?/, ''),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(call.pathParameters).length ? { pathParameters: call.pathParameters } : {}),
    ...(call.body.length
      ? { body: isText ? call.body.toString('utf8') : call.body.toString('base64'), isBase64Encoded: !isText }
      : { isBase64Encoded: false }),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims: call.claims, scopes: [] } },
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'local',
      http: {
        method: call.method,
        path: call.url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: call.sourceIp,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
  };
}

/**
 * The Lambda context of the function that serves a route (`functionName`, e.g. `nominations`):
 * its name, ARN, log group and memory as CDK deploys it, and the remaining time of the route's
 * timeout, good enough for Powertools.
 */
export function buildContext(functionName: string, timeoutMs = ROUTE_TIMEOUT_SECONDS * 1000): Context {
  const started = Date.now();
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `tdkt-${functionName}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:tdkt-${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/tdkt-${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, timeoutMs - (Date.now() - started)),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
