/**
 * The local stand-in for the dossier bucket: s3rver keeps the objects, and a gate in front of it
 * does what s3rver leaves out and the deployed flow relies on (`local/s3/signature-check.ts`):
 * Signature V4 on every request, presigned URLs that expire, and the presigned POST's policy
 * (type, size, key). Unsigned requests are refused, as a private bucket refuses them. CORS
 * answers loopback origins only (the web app served by the local gateway).
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import S3rver from 's3rver';
import { type Credentials, checkPostPolicy, checkSignedRequest, S3Refusal } from '../s3/signature-check';
import { freePort } from './ports';

export interface S3Local {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Above the largest upload a policy allows (20 MB), a request is refused before it is read whole. */
const MAX_BODY_BYTES = 25 * 1024 * 1024;

const LOOPBACK_ORIGIN = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/;

function corsHeaders(origin: string | undefined): Record<string, string> {
  if (!origin || !LOOPBACK_ORIGIN.test(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, HEAD, POST',
    'access-control-allow-headers': '*',
    'access-control-expose-headers': 'ETag, Location',
    'access-control-max-age': '600',
    vary: 'Origin',
  };
}

const xmlError = (res: ServerResponse, refusal: S3Refusal, cors: Record<string, string>) => {
  res.writeHead(refusal.status, { 'content-type': 'application/xml', ...cors });
  const xmlText = (s: string) =>
    s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c);
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${refusal.code}</Code><Message>${xmlText(refusal.message)}</Message></Error>`,
  );
};

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES)
    throw new S3Refusal(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES)
      throw new S3Refusal(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The form of a POST upload: its text fields and the size of its file. */
async function formOf(contentType: string, body: Buffer) {
  const form = await new Request('http://local/', {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: new Uint8Array(body),
  }).formData();
  const fields = new Map<string, string>();
  let fileSize = -1;
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields.set(name, value);
    else if (name === 'file') fileSize = value.size;
  }
  if (fileSize < 0)
    throw new S3Refusal(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
  return { fields, fileSize };
}

/**
 * One change of a bucket at a time. s3rver's file store is not safe under concurrent changes to
 * one prefix: deleting an object prunes its now-empty directory while another upload to the same
 * prefix is about to write into it (ENOENT, an unhandled stream error that ends the process).
 * Recording a dossier file deletes its upload from `incoming/…` as other uploads arrive there;
 * S3 itself takes both at once, so the gate orders them and the flow stays the deployed one.
 */
function oneChangeAtATime() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(bucket: string, change: () => Promise<T>): Promise<T> => {
    const next = (tails.get(bucket) ?? Promise.resolve()).then(change, change);
    tails.set(
      bucket,
      next.catch(() => undefined),
    );
    return next;
  };
}

export async function startS3Local(directory: string, credentials: Credentials): Promise<S3Local> {
  mkdirSync(directory, { recursive: true });
  const innerPort = await freePort();
  const inner = new S3rver({
    address: '127.0.0.1',
    port: innerPort,
    silent: true,
    directory,
  });
  await inner.run();
  const innerUrl = `http://127.0.0.1:${innerPort}`;
  const serialized = oneChangeAtATime();

  const gate = createServer((req, res) => {
    const cors = corsHeaders(req.headers.origin);
    void (async () => {
      try {
        if (req.method === 'OPTIONS') {
          res.writeHead(cors['access-control-allow-origin'] ? 204 : 403, cors);
          return res.end();
        }
        const url = new URL(req.url ?? '/', 'http://local');
        const headers = Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
        );
        const body = req.method === 'GET' || req.method === 'HEAD' ? undefined : await readBody(req);
        // A browser's upload: `POST /<bucket>` with a form (path-style, as the SDK presigns it).
        const bucket = /^\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/?$/.exec(url.pathname)?.[1];
        const isUpload =
          req.method === 'POST' &&
          bucket !== undefined &&
          (headers['content-type'] ?? '').startsWith('multipart/form-data');
        if (isUpload) {
          const { fields, fileSize } = await formOf(headers['content-type'] ?? '', body ?? Buffer.alloc(0));
          checkPostPolicy(bucket ?? '', fields, fileSize, credentials);
        } else {
          await checkSignedRequest(
            { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers },
            credentials,
          );
        }
        // Checked: s3rver serves it, its own (incomplete) signature handling taken out of the way.
        for (const name of [...url.searchParams.keys()])
          if (name.startsWith('X-Amz-')) url.searchParams.delete(name);
        // The response overrides a signed GET carries (`response-content-disposition`…) are
        // applied here: s3rver refuses them on what it sees as an anonymous request.
        const overrides: Record<string, string> = {};
        for (const [name, value] of [...url.searchParams.entries()])
          if (name.startsWith('response-')) {
            overrides[name.slice('response-'.length)] = value;
            url.searchParams.delete(name);
          }
        const forwarded = Object.fromEntries(
          Object.entries(headers).filter(
            ([k, v]) =>
              v !== undefined && !['host', 'authorization', 'connection', 'content-length'].includes(k),
          ),
        ) as Record<string, string>;
        const send = async () => {
          const answer = await fetch(`${innerUrl}${url.pathname}${url.search}`, {
            method: req.method ?? 'GET',
            headers: forwarded,
            ...(body ? { body: new Uint8Array(body) } : {}),
            redirect: 'manual',
          });
          return { answer, payload: Buffer.from(await answer.arrayBuffer()) };
        };
        const changes = req.method !== 'GET' && req.method !== 'HEAD';
        const { answer, payload } = changes
          ? await serialized(url.pathname.split('/')[1] ?? '', send)
          : await send();
        const out: Record<string, string> = { ...cors };
        answer.headers.forEach((value, name) => {
          if (!['content-encoding', 'transfer-encoding', 'connection', 'content-length'].includes(name))
            out[name] = value;
        });
        if (answer.ok) Object.assign(out, overrides);
        // A HEAD answers with the object's length, not its (empty) body's.
        const length =
          req.method === 'HEAD' ? (answer.headers.get('content-length') ?? '0') : String(payload.length);
        res.writeHead(answer.status, { ...out, 'content-length': length });
        res.end(req.method === 'HEAD' ? undefined : payload);
      } catch (error) {
        const refusal =
          error instanceof S3Refusal
            ? error
            : new S3Refusal(500, 'InternalError', 'We encountered an internal error.');
        if (!res.headersSent) xmlError(res, refusal, cors);
        else res.end();
      }
    })();
  });
  const port = await freePort();
  await new Promise<void>((resolve) => gate.listen(port, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: async () => {
      await new Promise<void>((resolve) => gate.close(() => resolve()));
      await inner.close();
    },
  };
}
