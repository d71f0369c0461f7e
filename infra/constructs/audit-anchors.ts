import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  ObjectLockRetention,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface AuditAnchorsProps {
  readonly retentionYears: number;
}

/**
 * Where every audit event's chain link is anchored (`shared/store/anchors/`), outside the table:
 * a bucket with Object Lock in compliance mode, so an anchor cannot be deleted or overwritten by
 * anyone — not whoever can write the table, not the account's root user — before its retention
 * ends. Versioned (Object Lock needs it), private, SSL only, retained with the stack.
 */
export class AuditAnchors extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: AuditAnchorsProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.compliance(Duration.days(365 * props.retentionYears)),
      versioned: true,
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'Anchors are empty write-once objects; who verifies a nomination is in the API access log (path and caller), and writes come only from the anchor function. Server access logs would add a bucket of their own for no question they answer.',
    });
  }
}
