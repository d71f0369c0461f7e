import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface DossierFilesProps {
  /** The web app's origin: the only one whose pages may upload to the bucket. */
  readonly webOrigin: string;
}

/** Where browsers put files before the server has checked them (`shared/app/files/dossier-files.ts`). */
export const INCOMING_PREFIX = 'incoming/';
/** Where checked files live; only the record function writes there. */
export const DOSSIERS_PREFIX = 'dossiers/';

/**
 * The dossiers' files: private (all public access blocked, objects owned by the bucket), SSL
 * only, encrypted, versioned (a file is never lost to an overwrite), retained with the stack.
 * Browsers upload only through presigned POSTs the API signs, from the web app's origin; what
 * they leave unchecked under `incoming/`, and any unfinished multipart upload, is removed after a
 * day.
 */
export class DossierFiles extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: DossierFilesProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedOrigins: [props.webOrigin],
          allowedMethods: [HttpMethods.POST, HttpMethods.GET, HttpMethods.HEAD],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 600,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        { id: 'unchecked-uploads', prefix: INCOMING_PREFIX, expiration: Duration.days(1) },
      ],
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Who fetched which file is recorded by the API before it gives the link (change log, file_download), and uploads are registered the same way; server access logs would add a bucket of their own for questions already answered.',
    });
  }
}
