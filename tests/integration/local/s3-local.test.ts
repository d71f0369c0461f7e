/**
 * The local dossier bucket behaves as the deployed one where the file layer relies on it, through
 * the real AWS SDK: signed SDK calls pass and unsigned ones are refused; a presigned POST stores
 * what its policy allows and nothing else (size, content type, key); presigned GETs work until
 * they expire and not when tampered with.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type S3Local, startS3Local } from '../../../local/services/s3-local';

const BUCKET = 'tdkt-files';
const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
let s3: S3Local;
let client: S3Client;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tdkt-s3-'));
  s3 = await startS3Local(dir, credentials);
  client = new S3Client({ endpoint: s3.endpoint, region: 'local', credentials, forcePathStyle: true });
  await client.send(new CreateBucketCommand({ Bucket: BUCKET }));
}, 30_000);
afterAll(async () => {
  await s3?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const PDF = Buffer.from('%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n');

async function post(
  key: string,
  body: Buffer,
  type: string,
  over: { maxBytes?: number; fields?: Record<string, string> } = {},
) {
  const { url, fields } = await createPresignedPost(client, {
    Bucket: BUCKET,
    Key: key,
    Conditions: [
      ['content-length-range', 1, over.maxBytes ?? 1024],
      ['eq', '$Content-Type', 'application/pdf'],
    ],
    Fields: { 'Content-Type': 'application/pdf' },
    Expires: 60,
  });
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...fields, ...over.fields })) form.append(name, value);
  form.set('Content-Type', type);
  form.append('file', new Blob([new Uint8Array(body)], { type }), 'a.pdf');
  const res = await fetch(url, { method: 'POST', body: form });
  return { status: res.status, text: await res.text() };
}

describe('the local dossier bucket', () => {
  it('serves signed SDK calls and refuses unsigned requests', async () => {
    await client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'a/b.pdf', Body: PDF, ContentType: 'application/pdf' }),
    );
    const head = await client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'a/b.pdf' }));
    const anonymous = await fetch(`${s3.endpoint}/${BUCKET}/a/b.pdf`);
    const forged = new S3Client({
      endpoint: s3.endpoint,
      region: 'local',
      credentials: { accessKeyId: 'local', secretAccessKey: 'guessed' },
      forcePathStyle: true,
    });

    expect(head.ContentLength).toBe(PDF.length);
    expect(anonymous.status).toBe(403);
    expect(await anonymous.text()).toContain('<Code>AccessDenied</Code>');
    await expect(
      forged.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'a/b.pdf' })),
    ).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
  });

  it('stores a presigned POST within its policy, and refuses one over the size, of another type or another key', async () => {
    const ok = await post('incoming/1', PDF, 'application/pdf');
    const tooLarge = await post('incoming/2', Buffer.alloc(2048, 1), 'application/pdf');
    const otherType = await post('incoming/3', PDF, 'image/png');
    const otherKey = await post('incoming/4', PDF, 'application/pdf', {
      fields: { key: 'dossiers/someone-else' },
    });
    const stored = await client.send(new GetObjectCommand({ Bucket: BUCKET, Key: 'incoming/1' }));

    expect(ok.status).toBe(204);
    expect(Buffer.from(await stored.Body!.transformToByteArray())).toEqual(PDF);
    expect(tooLarge).toMatchObject({ status: 400, text: expect.stringContaining('EntityTooLarge') });
    expect(otherType).toMatchObject({ status: 403, text: expect.stringContaining('Content-Type') });
    expect(otherKey).toMatchObject({ status: 403, text: expect.stringContaining('$key') });
    await expect(client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'incoming/2' }))).rejects.toThrow();
    await expect(
      client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'dossiers/someone-else' })),
    ).rejects.toThrow();
  });

  it('serves a presigned GET until it expires, and not when tampered with', async () => {
    const command = new GetObjectCommand({ Bucket: BUCKET, Key: 'a/b.pdf' });
    const url = await getSignedUrl(client, command, { expiresIn: 60 });
    const expired = await getSignedUrl(client, command, {
      expiresIn: 1,
      signingDate: new Date(Date.now() - 60_000),
    });
    const tampered = url.replace('a/b.pdf', 'incoming/1');

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(PDF);
    expect((await fetch(expired)).status).toBe(403);
    expect((await fetch(tampered)).status).toBe(403);
  });
});
