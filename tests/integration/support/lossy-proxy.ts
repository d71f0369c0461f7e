/**
 * A loopback HTTP proxy in front of a real local service that can lose answers: it forwards the
 * request, lets the service act on it, then drops the connection instead of answering (the
 * ambiguous failure: a timeout or reset after the service accepted), or refuses to connect at
 * all (the service down). A network fault, not a mock: the client and the service are real.
 */
import { createServer, type IncomingHttpHeaders, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LossyProxy {
  readonly url: string;
  /** Requests forwarded so far (answered or lost). */
  readonly forwarded: number;
  /**
   * The next `n` answers are lost after the service acted on the request; with `only`, only
   * answers to requests it matches (by their headers, e.g. DynamoDB's `x-amz-target`).
   */
  loseNextAnswers(n: number, only?: (headers: IncomingHttpHeaders) => boolean): void;
  /** While down, every connection is dropped before anything is forwarded. */
  setDown(down: boolean): void;
  stop(): Promise<void>;
}

export async function startLossyProxy(target: string): Promise<LossyProxy> {
  const upstream = new URL(target);
  let toLose = 0;
  let losing: (headers: IncomingHttpHeaders) => boolean = () => true;
  let down = false;
  let forwarded = 0;
  const server: Server = createServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      forwarded++;
      const out = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          const body: Buffer[] = [];
          answer.on('data', (chunk: Buffer) => body.push(chunk));
          answer.on('end', () => {
            if (toLose > 0 && losing(req.headers)) {
              toLose--;
              req.socket.destroy();
              return;
            }
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(body));
          });
        },
      );
      out.on('error', () => req.socket.destroy());
      out.end(Buffer.concat(chunks));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get forwarded() {
      return forwarded;
    },
    loseNextAnswers(n, only) {
      toLose = n;
      losing = only ?? (() => true);
    },
    setDown(value) {
      down = value;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
