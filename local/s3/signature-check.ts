/**
 * What S3 checks before it serves a request and s3rver does not: a Signature V4 that matches
 * (header-signed SDK calls and presigned URLs, with their expiry), and for a browser's POST
 * upload the policy the server signed (expiry, bucket, key, content type, size). Anything
 * unsigned is refused, as a private bucket refuses it. The signatures are recomputed with the
 * SDK's own signer (`@smithy/signature-v4`), not re-implemented.
 */
import { createHash, createHmac } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

/** An S3 error as S3 names it, with the HTTP status it answers with. */
export class S3Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const denied = (message: string) => new S3Refusal(403, 'AccessDenied', message);

/** The hash the signer takes, from Node's crypto (HMAC when given a secret). */
type Source = string | ArrayBuffer | ArrayBufferView;
const bytesOf = (data: Source): Buffer =>
  typeof data === 'string'
    ? Buffer.from(data)
    : ArrayBuffer.isView(data)
      ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
      : Buffer.from(data);
class Sha256 {
  private readonly hash;
  constructor(secret?: Source) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytesOf(secret));
  }
  update(data: Source): void {
    this.hash.update(bytesOf(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
  reset(): void {}
}

const signerFor = (credentials: Credentials, region: string) =>
  new SignatureV4({ service: 's3', region, credentials, sha256: Sha256, uriEscapePath: false });

/** `20261203T041500Z` → a Date. */
function amzDate(text: string | undefined): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text ?? '');
  if (!m) throw denied('X-Amz-Date is missing or malformed.');
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!));
}

/** `local/20261203/local/s3/aws4_request` → its parts, the access key checked. */
function credentialScope(credential: string | undefined, credentials: Credentials) {
  const [accessKeyId, date, region, service, terminator] = (credential ?? '').split('/');
  if (accessKeyId !== credentials.accessKeyId)
    throw denied('The AWS access key Id you provided does not exist.');
  if (!date || !region || service !== 's3' || terminator !== 'aws4_request')
    throw denied('The credential scope is malformed.');
  return { date, region };
}

export interface IncomingRequest {
  readonly method: string;
  /** The path as sent, still percent-encoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-case names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

const pick = (headers: IncomingRequest['headers'], names: readonly string[]) =>
  Object.fromEntries(names.map((name) => [name, headers[name] ?? '']));

const hostOf = (headers: IncomingRequest['headers']) => {
  const [hostname = '', port] = (headers.host ?? '').split(':');
  return { hostname, ...(port ? { port: Number(port) } : {}) };
};

/** A request signed in its `Authorization` header (the server's SDK calls). */
async function checkHeaderSignature(req: IncomingRequest, credentials: Credentials, now: Date) {
  const m = /^AWS4-HMAC-SHA256 Credential=([^,]+),\s*SignedHeaders=([^,]+),\s*Signature=([0-9a-f]{64})$/.exec(
    req.headers.authorization ?? '',
  );
  if (!m) throw denied('Only AWS4-HMAC-SHA256 signatures are accepted.');
  const [, credential, signedHeaders = '', signature] = m;
  const { region } = credentialScope(credential, credentials);
  const signingDate = amzDate(req.headers['x-amz-date']);
  if (Math.abs(now.getTime() - signingDate.getTime()) > 15 * 60_000)
    throw denied('The difference between the request time and the current time is too large.');
  const names = signedHeaders.split(';');
  const query = Object.fromEntries(req.query.entries());
  const signed = await signerFor(credentials, region).sign(
    {
      method: req.method,
      protocol: 'http:',
      ...hostOf(req.headers),
      path: req.path,
      query,
      headers: pick(req.headers, names),
    },
    { signingDate, signableHeaders: new Set(names) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization))?.[1];
  if (expected !== signature)
    throw new S3Refusal(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
}

/** A presigned URL (the browser's download link): signature and expiry. */
async function checkPresignedUrl(req: IncomingRequest, credentials: Credentials, now: Date) {
  const { region } = credentialScope(req.query.get('X-Amz-Credential') ?? undefined, credentials);
  const signingDate = amzDate(req.query.get('X-Amz-Date') ?? undefined);
  const expiresIn = Number(req.query.get('X-Amz-Expires'));
  if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > 604_800)
    throw denied('X-Amz-Expires is invalid.');
  if (now.getTime() > signingDate.getTime() + expiresIn * 1000) throw denied('Request has expired');
  const names = (req.query.get('X-Amz-SignedHeaders') ?? 'host').split(';');
  // The signer adds its own X-Amz-* parameters; the payload hash the S3 presigner hoisted into
  // the query (UNSIGNED-PAYLOAD) is what it signed, so it is given back as the header it came from,
  // named as the SDK names it (the name is hoisted into the canonical query as it is).
  const generated = new Set([
    'X-Amz-Algorithm',
    'X-Amz-Credential',
    'X-Amz-Date',
    'X-Amz-Expires',
    'X-Amz-SignedHeaders',
    'X-Amz-Signature',
  ]);
  const query = Object.fromEntries([...req.query.entries()].filter(([k]) => !generated.has(k)));
  const payloadHash = req.query.get('X-Amz-Content-Sha256');
  const presigned = await signerFor(credentials, region).presign(
    {
      method: req.method,
      protocol: 'http:',
      ...hostOf(req.headers),
      path: req.path,
      query,
      headers: {
        ...pick(req.headers, names),
        ...(payloadHash ? { 'X-Amz-Content-Sha256': payloadHash } : {}),
      },
    },
    {
      signingDate,
      expiresIn,
      signableHeaders: new Set(names),
      unsignableHeaders: new Set(['x-amz-content-sha256']),
    },
  );
  if (presigned.query?.['X-Amz-Signature'] !== req.query.get('X-Amz-Signature'))
    throw new S3Refusal(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
}

/** Any request but a POST upload: signed, or refused. */
export async function checkSignedRequest(req: IncomingRequest, credentials: Credentials, now = new Date()) {
  if (req.headers.authorization) return checkHeaderSignature(req, credentials, now);
  if (req.query.has('X-Amz-Signature')) return checkPresignedUrl(req, credentials, now);
  throw denied('Access Denied');
}

/** The HMAC key S3 derives for a day, a region and the service. */
function signingKey(secret: string, date: string, region: string): Buffer {
  const step = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest();
  return step(step(step(step(`AWS4${secret}`, date), region), 's3'), 'aws4_request');
}

type Condition = Readonly<Record<string, string>> | readonly [string, string | number, string | number];

/**
 * A browser's POST upload (`POST /<bucket>` with a form): the policy's signature, its expiry,
 * and each of its conditions against the form's fields and the file's size; every field of the
 * form must be named by a condition, as S3 requires.
 */
export function checkPostPolicy(
  bucket: string,
  fields: ReadonlyMap<string, string>,
  fileSize: number,
  credentials: Credentials,
  now = new Date(),
): void {
  const field = (name: string) =>
    [...fields.entries()].find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
  const policyText = field('policy');
  if (!policyText) throw denied('Bucket POST must contain a policy.');
  if (field('x-amz-algorithm') !== 'AWS4-HMAC-SHA256')
    throw denied('Only AWS4-HMAC-SHA256 policies are accepted.');
  const { date, region } = credentialScope(field('x-amz-credential'), credentials);
  const signature = createHmac('sha256', signingKey(credentials.secretAccessKey, date, region))
    .update(policyText)
    .digest('hex');
  if (signature !== field('x-amz-signature'))
    throw new S3Refusal(
      403,
      'SignatureDoesNotMatch',
      'The request signature we calculated does not match the signature you provided.',
    );
  let policy: { expiration?: string; conditions?: Condition[] };
  try {
    policy = JSON.parse(Buffer.from(policyText, 'base64').toString('utf8'));
  } catch {
    throw new S3Refusal(400, 'InvalidPolicyDocument', 'Invalid Policy: Invalid JSON.');
  }
  if (!policy.expiration || Date.parse(policy.expiration) < now.getTime())
    throw denied('Invalid according to Policy: Policy expired.');
  const covered = new Set(['policy', 'x-amz-signature', 'file']);
  const value = (name: string) => (name.toLowerCase() === 'bucket' ? bucket : (field(name) ?? ''));
  for (const condition of policy.conditions ?? []) {
    if (!Array.isArray(condition)) {
      for (const [name, expected] of Object.entries(condition as Record<string, string>)) {
        covered.add(name.toLowerCase());
        if (value(name) !== expected)
          throw denied(
            `Invalid according to Policy: Policy Condition failed: ["eq", "$${name}", "${expected}"]`,
          );
      }
      continue;
    }
    const [op, a, b] = condition as readonly [string, string | number, string | number];
    if (op === 'content-length-range') {
      if (fileSize > Number(b))
        throw new S3Refusal(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size');
      if (fileSize < Number(a))
        throw new S3Refusal(
          400,
          'EntityTooSmall',
          'Your proposed upload is smaller than the minimum allowed size',
        );
      continue;
    }
    const name = String(a).replace(/^\$/, '');
    covered.add(name.toLowerCase());
    const ok =
      op === 'eq'
        ? value(name) === String(b)
        : op === 'starts-with'
          ? value(name).startsWith(String(b))
          : false;
    if (!ok)
      throw denied(`Invalid according to Policy: Policy Condition failed: ["${op}", "$${name}", "${b}"]`);
  }
  for (const name of fields.keys()) {
    const lower = name.toLowerCase();
    if (!covered.has(lower) && !lower.startsWith('x-ignore-'))
      throw denied(`Invalid according to Policy: Extra input fields: ${name}`);
  }
}
