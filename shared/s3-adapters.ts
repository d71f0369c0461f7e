/**
 * The adapters backed by S3 (the dossier files bucket, the audit anchors bucket), apart from
 * `shared/adapters.ts`: a function whose routes share a bundle (`infra/api-functions.ts`) loads the
 * S3 client only on the routes that import this module, not on every route that reads the table.
 */
import { S3Client } from '@aws-sdk/client-s3';
import type { FileStore } from './app/files/file-store';
import { makeS3FileStore, s3ClientFor } from './files/s3-file-store';
import type { Adapter } from './runtime';
import { makeFileAnchorStore } from './store/anchors/file-anchor-store';
import type { AuditAnchorStore } from './store/anchors/port';
import { makeS3AnchorStore } from './store/anchors/s3-anchor-store';

/** The dossier bucket (the local S3 stand-in when `S3_ENDPOINT` is set). */
export const files: Adapter<FileStore> = ({ env }) => {
  if (!env.FILES_BUCKET)
    throw new Error('invalid function environment: FILES_BUCKET is required for dossier files');
  return makeS3FileStore(s3ClientFor(env.AWS_REGION, env.S3_ENDPOINT), env.FILES_BUCKET);
};

/**
 * Where audit chain links are anchored: the Object Lock bucket in AWS, write-once files on the
 * local stack. A function that needs it and has neither is a wiring fault, found at cold start.
 */
export const auditAnchors: Adapter<AuditAnchorStore> = ({ env }) => {
  if (env.AUDIT_ANCHOR_DIR) return makeFileAnchorStore(env.AUDIT_ANCHOR_DIR);
  if (!env.AUDIT_ANCHOR_BUCKET)
    throw new Error('invalid function environment: AUDIT_ANCHOR_BUCKET is required for the audit anchors');
  return makeS3AnchorStore(new S3Client({ region: env.AWS_REGION }), env.AUDIT_ANCHOR_BUCKET);
};
