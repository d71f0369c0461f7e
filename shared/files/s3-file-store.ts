import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStore } from '../app/files/file-store';

/** `Content-Disposition` with the file's Vietnamese name (RFC 6266: an ASCII fallback and UTF-8). */
function disposition(inline: boolean, fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
  const safe = ascii.replace(/[^A-Za-z0-9._-]+/g, '_') || 'tep';
  return `${inline ? 'inline' : 'attachment'}; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const missing = (error: unknown) =>
  error instanceof NotFound ||
  (error instanceof S3ServiceException &&
    (error.$metadata.httpStatusCode === 404 || error.name === 'NoSuchKey'));

/** The dossier bucket on S3 (or the local S3 stand-in, path-style, at `endpoint`). */
export function makeS3FileStore(client: S3Client, bucket: string): FileStore {
  return {
    async presignUpload(key, { contentType, maxBytes, expiresInSeconds }) {
      const { url, fields } = await createPresignedPost(client, {
        Bucket: bucket,
        Key: key,
        Conditions: [
          ['content-length-range', 1, maxBytes],
          ['eq', '$Content-Type', contentType],
        ],
        Fields: { 'Content-Type': contentType },
        Expires: expiresInSeconds,
      });
      return { url, fields };
    },
    async head(key) {
      try {
        const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return {
          size: head.ContentLength ?? 0,
          ...(head.ContentType ? { contentType: head.ContentType } : {}),
        };
      } catch (error) {
        if (missing(error)) return undefined;
        throw error;
      }
    },
    async readStart(key, bytes) {
      const object = await client.send(
        new GetObjectCommand({ Bucket: bucket, Key: key, Range: `bytes=0-${bytes - 1}` }),
      );
      return object.Body ? await object.Body.transformToByteArray() : new Uint8Array();
    },
    async copy(from, to) {
      await client.send(
        new CopyObjectCommand({ Bucket: bucket, Key: to, CopySource: `${bucket}/${encodeURI(from)}` }),
      );
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    presignDownload(key, { fileName, contentType, inline, expiresInSeconds }) {
      return getSignedUrl(
        client,
        new GetObjectCommand({
          Bucket: bucket,
          Key: key,
          ResponseContentDisposition: disposition(inline, fileName),
          ResponseContentType: contentType,
        }),
        { expiresIn: expiresInSeconds },
      );
    },
  };
}

export function s3ClientFor(region: string, endpoint?: string): S3Client {
  return new S3Client({ region, ...(endpoint ? { endpoint, forcePathStyle: true } : {}) });
}
