import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkAnswer } from '../../shared/http/answer-check';
import type { HttpHandler } from '../../shared/http/http-handler';
import { compilePath, type Route } from '../../shared/http/route';
import { buildContext, buildEvent, claimsAsApiGatewayPassesThem } from './event';
import { type JwtSettings, makeJwtVerifier } from './jwt';
import { serveWebApp } from './static-files';

export interface GatewayOptions {
  readonly routes: readonly Route[];
  /** Loads the Lambda handler of a route (the gateway runs the very same handler modules). */
  readonly loadHandler: (route: Route) => Promise<HttpHandler>;
  /** The function that serves a route, named in its Lambda context; the route's id when absent. */
  readonly functionNameOf?: (route: Route) => string;
  readonly jwt: JwtSettings;
  /**
   * Adds to a verified token's claims what the identity provider leaves out but AWS's token
   * carries (cognito-local: the `name` attribute; see `local/cognito/id-token-claims.ts`).
   */
  readonly completeClaims?: (payload: Record<string, unknown>) => Promise<Record<string, unknown>>;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** The web app's origin, allowed by CORS as the cloud API allows it. */
  readonly corsOrigin?: string;
  /**
   * Documents served without a token at a fixed path (`/openapi.json`); in AWS they are static
   * files of the web distribution, not API routes, so every API route keeps its authorizer.
   */
  readonly publicDocuments?: Readonly<Record<string, () => unknown>>;
  /**
   * The built web app (`web/dist`), served for GET paths that are not API routes, with the SPA
   * fallback to `index.html`; in AWS, S3 and CloudFront serve it.
   */
  readonly webRoot?: string;
  /**
   * Hold every success answer to its route's response schema (default). Only the benchmarks turn
   * it off: a deployed function does not make this check, and they measure what a deployment does.
   */
  readonly checkAnswers?: boolean;
}

export interface RunningGateway {
  readonly url: string;
  readonly server: Server;
  stop(): Promise<void>;
}

/** API Gateway's HTTP API refuses bodies over 10 MB itself; the routes' own limit is lower. */
const GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

const MALFORMED_PATH = {
  error: {
    code: 'VALIDATION_FAILED',
    message: 'Đường dẫn không hợp lệ.',
    issues: [{ path: 'params', code: 'malformed_path', message: 'Đường dẫn chứa mã %xx không hợp lệ.' }],
  },
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/**
 * The request body, or `undefined` when it is over the gateway's limit. An oversized body is
 * still read to its end (and dropped), so the client gets the 413 instead of a reset socket.
 */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= GATEWAY_MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () => resolve(size > GATEWAY_MAX_BODY_BYTES ? undefined : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Path parameters percent-decoded as API Gateway does; `undefined` when one is malformed (`%ZZ`). */
function decodePathParameters(
  names: readonly string[],
  found: RegExpExecArray,
): Record<string, string> | undefined {
  const pathParameters: Record<string, string> = {};
  try {
    names.forEach((name, i) => {
      pathParameters[name] = decodeURIComponent(found[i + 1] ?? '');
    });
  } catch {
    return undefined;
  }
  return pathParameters;
}

/**
 * A local stand-in for API Gateway's HTTP API: routes from the route table, the JWT authorizer
 * (answers 401 `{"message":"Unauthorized"}` as API Gateway does), payload format 2.0 events, and
 * the handlers' responses passed through unchanged.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const verify = await makeJwtVerifier(options.jwt);
  const compiled = options.routes.map((route) => ({ route, ...compilePath(route.path) }));
  const cors: Record<string, string> = options.corsOrigin
    ? {
        'access-control-allow-origin': options.corsOrigin,
        'access-control-allow-headers': 'authorization,content-type,idempotency-key,if-match',
        'access-control-allow-methods': 'GET,POST,PUT,PATCH,DELETE,OPTIONS',
        'access-control-max-age': '600',
        'access-control-expose-headers': 'etag',
      }
    : {};

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      res.writeHead(204, cors);
      res.end();
      return;
    }
    const document = method === 'GET' ? options.publicDocuments?.[url.pathname] : undefined;
    if (document) return send(res, 200, document(), cors);
    let match: { route: Route; pathParameters: Record<string, string> } | undefined;
    for (const { route, pattern, names } of compiled) {
      if (route.method !== method) continue;
      const found = pattern.exec(url.pathname);
      if (!found) continue;
      const pathParameters = decodePathParameters(names, found);
      // In the error model, as the route would answer a malformed parameter (documented in docs/api.md).
      if (!pathParameters) return send(res, 400, MALFORMED_PATH, cors);
      match = { route, pathParameters };
      break;
    }
    if (!match) {
      if (options.webRoot && serveWebApp(options.webRoot, req, res, url.pathname)) return;
      return send(res, 404, { message: 'Not Found' }, cors);
    }

    const token = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    let payload: Record<string, unknown>;
    try {
      if (!token) throw new Error('no token');
      payload = (await verify(token)) as Record<string, unknown>;
    } catch {
      return send(res, 401, { message: 'Unauthorized' }, cors);
    }
    if (options.completeClaims) payload = await options.completeClaims(payload);

    const body = await readBody(req);
    // API Gateway's own answer past its limit (documented in docs/api.md); below it, the route's.
    if (!body) return send(res, 413, { message: 'Request Entity Too Large' }, cors);
    const event = buildEvent(match.route, {
      method,
      url,
      headers: req.headers,
      body,
      sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
      pathParameters: match.pathParameters,
      claims: claimsAsApiGatewayPassesThem(payload),
    });
    const handler = await options.loadHandler(match.route);
    const result = await handler(
      event,
      buildContext(options.functionNameOf?.(match.route) ?? match.route.id),
    );
    const responseBody = result.body
      ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8')
      : Buffer.alloc(0);
    // The local stack holds every success answer to its route's response schema: a handler that
    // drifts from the contract the web and the OpenAPI document are built on fails here, loudly
    // (a 500 and the reason on the console), in every test and demo that goes through the API.
    const status = result.statusCode ?? 200;
    if (options.checkAnswers !== false && status >= 200 && status < 300 && responseBody.length > 0)
      checkAnswer(match.route, JSON.parse(responseBody.toString('utf8')));
    const headers: Record<string, string | string[]> = { ...cors };
    for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
    if (result.cookies?.length) headers['set-cookie'] = result.cookies;
    res.writeHead(status, headers);
    res.end(responseBody);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // API Gateway answers 500 when the integration itself fails; say why on the console.
      console.error('gateway: handler failed', error);
      if (!res.headersSent) send(res, 500, { message: 'Internal Server Error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
