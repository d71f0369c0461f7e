import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';

export interface Answer {
  readonly status: number;
  readonly body: Record<string, unknown>;
}

/**
 * The benchmarks' users: plain `node:http` over kept-alive connections, one per unit at most.
 * The users of a deployed API are browsers on other machines; here they share the gateway's
 * process, so they are kept as light as a client can be (`fetch` spent ~8 % of the process's
 * CPU on its WHATWG streams, work no deployment does on the server's side).
 */
export function makeBenchClient(apiUrl: string, connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const { hostname, port } = new URL(apiUrl);
  let requests = 0;
  const call = (token: string, method: string, path: string, body?: unknown, key?: string) =>
    new Promise<Answer>((resolve, reject) => {
      requests++;
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const req = request(
        {
          agent,
          hostname,
          port,
          method,
          path,
          headers: {
            authorization: `Bearer ${token}`,
            ...(method === 'POST' ? { 'idempotency-key': key ?? randomUUID() } : {}),
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : {} });
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return {
    call,
    requests: () => requests,
    close: () => agent.destroy(),
  };
}
