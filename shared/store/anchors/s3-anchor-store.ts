/**
 * The deployed anchor store: one empty object per link in a bucket with Object Lock in
 * compliance mode (default retention set by CDK): no one, not even the account's root user, can
 * delete or overwrite a link before its retention ends. `If-None-Match: *` makes a second put of
 * the same key a no-op instead of a new version.
 */
import { ListObjectsV2Command, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type AuditAnchorStore, anchorKey, anchorOfKey, assertSafeNominationId } from './port';

export function makeS3AnchorStore(client: S3Client, bucket: string): AuditAnchorStore {
  return {
    async put(anchor) {
      assertSafeNominationId(anchor.nominationId);
      try {
        await client.send(
          new PutObjectCommand({ Bucket: bucket, Key: anchorKey(anchor), Body: '', IfNoneMatch: '*' }),
        );
      } catch (error) {
        // 412: the link is already anchored (a redelivered record).
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status !== 412) throw error;
      }
    },
    async list(nominationId) {
      assertSafeNominationId(nominationId);
      const anchors = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: `${nominationId}/`,
            ...(token ? { ContinuationToken: token } : {}),
          }),
        );
        for (const object of page.Contents ?? []) {
          const anchor = anchorOfKey(nominationId, (object.Key ?? '').slice(nominationId.length + 1));
          if (anchor) anchors.push(anchor);
        }
        token = page.NextContinuationToken;
      } while (token);
      return anchors;
    },
  };
}
