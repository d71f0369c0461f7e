import { Stack, Token, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { Bucket, CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';

export interface WebContentProps {
  /** The built web app (`web/dist`). */
  readonly distPath: string;
  readonly bucket: Bucket;
  readonly distribution: IDistribution;
}

const CDK_INTERNAL =
  "CDK's own BucketDeployment function (a singleton that copies the web build from the CDK asset bucket and invalidates CloudFront); its code, runtime and role are CDK's, not ours";

/**
 * Uploads the built web app and invalidates CloudFront. Only created when `web/dist` exists:
 * a synth without a web build deploys the stacks and leaves the bucket as it was. It sits in the
 * same stack as the bucket so that the findings on CDK's copy function name resources of this
 * stack, which can be acknowledged one by one.
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
    acknowledgeCopyFunction(Stack.of(this), props.bucket);
  }
}

function acknowledgeCopyFunction(stack: Stack, bucket: Bucket): void {
  const singleton = stack.node.children.find((child: IConstruct) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (!singleton) throw new Error('BucketDeployment did not create its function where expected');
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const bucketLogicalId = stack.resolve((bucket.node.defaultChild as CfnBucket).logicalId);
  const findings = [
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ...['GetObject*', 'GetBucket*', 'List*', 'DeleteObject*', 'Abort*'].map(
      (action) => `AwsSolutions-IAM5[Action::s3:${action}]`,
    ),
    `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`,
    `AwsSolutions-IAM5[Resource::<${bucketLogicalId}.Arn>/*]`,
    'AwsSolutions-IAM5[Resource::*]',
    'AwsSolutions-L1',
    'Serverless-LambdaDLQ',
    'Serverless-LambdaLatestVersion',
    'Serverless-LambdaTracing',
  ];
  Validations.of(singleton).acknowledge(...findings.map((id) => ({ id, reason: CDK_INTERNAL })));
}
