import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { httpHandler } from '../../../shared/http/http-handler';
import { logger } from '../../../shared/http/observability';
import { getMe } from '../../../shared/http/routes/session';

const eventFor = (requestId: string) =>
  ({
    routeKey: 'GET /me',
    headers: {},
    requestContext: {
      requestId,
      authorizer: { jwt: { claims: { sub: 'u-1', 'cognito:groups': '[admin]' }, scopes: [] } },
    },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

const contextFor = (awsRequestId: string) =>
  ({
    functionName: 'tdkt-session-read',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:ap-southeast-1:000000000000:function:tdkt-session-read',
    memoryLimitInMB: '1024',
    awsRequestId,
    getRemainingTimeInMillis: () => 10_000,
  }) as unknown as Context;

/** The JSON lines the logger wrote while `run` ran. */
async function logLines(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return written.flatMap((text) =>
    text
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line)),
  );
}

afterEach(() => vi.restoreAllMocks());

describe('log lines of a route', () => {
  it("carry the Lambda context (request id, function, cold start) and the route's id, reset per invocation", async () => {
    const handler = httpHandler(getMe, async () => {
      logger.info('probe');
      return { userId: 'user-1', roles: [] };
    });
    const first = await logLines(() => handler(eventFor('api-1'), contextFor('lambda-1')));
    const second = await logLines(() => handler(eventFor('api-2'), contextFor('lambda-2')));

    const probe = (lines: Record<string, unknown>[]) => lines.find((line) => line.message === 'probe');
    expect(probe(first)).toMatchObject({
      function_request_id: 'lambda-1',
      function_name: 'tdkt-session-read',
      cold_start: expect.any(Boolean),
      routeId: 'get-me',
    });
    expect(probe(second)).toMatchObject({
      function_request_id: 'lambda-2',
      cold_start: false,
      routeId: 'get-me',
    });
  });
});
