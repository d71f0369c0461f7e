import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import type { IDistribution } from 'aws-cdk-lib/aws-cloudfront';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import type { CertificateLayouts } from '../../shared/domain/documents/certificate';
import { bucketArnPattern } from '../nag-ids';

/** What the web app reads from `/config.json` at start (`web/src/config.ts`). */
export interface WebAppConfig {
  readonly apiUrl: string;
  readonly cognitoEndpoint: string;
  readonly userPoolId: string;
  readonly clientId: string;
  readonly provinceName: string;
  /** The province's phôi layouts (`certificates` of its configuration); absent: the defaults. */
  readonly certificateLayouts?: CertificateLayouts;
}

export interface WebContentProps {
  /** The OpenAPI document of the API (`buildOpenApi`), published as `/openapi.json`. */
  readonly openApi?: unknown;
  /** The built web app (`web/dist`); without its `index.html` only `/config.json` is deployed. */
  readonly distPath: string;
  readonly bucket: IBucket;
  readonly distribution: IDistribution;
  readonly config: WebAppConfig;
}

/** `index.html`, `config.json` and `openapi.json` change in place: browsers revalidate them every time. */
const REVALIDATE = [CacheControl.noCache()];
/** Vite names every file under `assets/` by its content hash: cache it for a year, never revalidate. */
const IMMUTABLE = [
  CacheControl.setPublic(),
  CacheControl.maxAge(Duration.days(365)),
  CacheControl.immutable(),
];

const CDK_INTERNAL =
  "CDK's own BucketDeployment function (a singleton that copies the web build from the CDK asset bucket and invalidates CloudFront); its code, runtime and role are CDK's, not ours";

/**
 * Uploads the web app with its `/config.json` and the API's `/openapi.json`. It lives in the stateless stack because the
 * config names the API, which only exists there; it redeploys whenever the API or the build
 * changes. Two uploads: the hashed `assets/` first (kept when pruning, so a tab still holding an
 * older `index.html` can load its files), then the shell and the config, which invalidates
 * CloudFront.
 */
export class WebContent extends Construct {
  constructor(scope: Construct, id: string, props: WebContentProps) {
    super(scope, id);
    const built = existsSync(join(props.distPath, 'index.html'));
    const assetsPath = join(props.distPath, 'assets');
    const assets =
      built && existsSync(assetsPath)
        ? new BucketDeployment(this, 'Assets', {
            sources: [Source.asset(assetsPath)],
            destinationBucket: props.bucket,
            destinationKeyPrefix: 'assets/',
            cacheControl: IMMUTABLE,
            prune: false,
            memoryLimit: 512,
          })
        : undefined;
    const shell = new BucketDeployment(this, 'Shell', {
      sources: [
        ...(built ? [Source.asset(props.distPath, { exclude: ['assets', 'assets/**'] })] : []),
        Source.jsonData('config.json', props.config),
        // The API's description, beside the app as the local gateway serves it (`/openapi.json`).
        ...(props.openApi ? [Source.jsonData('openapi.json', props.openApi)] : []),
      ],
      destinationBucket: props.bucket,
      cacheControl: REVALIDATE,
      // Without a build nothing but the config is known here: leave the rest of the bucket alone.
      prune: built,
      exclude: ['assets/*'],
      distribution: props.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    if (assets) shell.node.addDependency(assets);
    acknowledgeCopyFunction(Stack.of(this), props.bucket);
  }
}

function acknowledgeCopyFunction(stack: Stack, bucket: IBucket): void {
  const singleton = stack.node.children.find((child: IConstruct) =>
    child.node.id.startsWith('Custom::CDKBucketDeployment'),
  );
  if (!singleton) throw new Error('BucketDeployment did not create its function where expected');
  const region = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
  const findings = [
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    ...['GetObject*', 'GetBucket*', 'List*', 'DeleteObject*', 'Abort*'].map(
      (action) => `AwsSolutions-IAM5[Action::s3:${action}]`,
    ),
    `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${region}/*]`,
    `AwsSolutions-IAM5[Resource::${bucketArnPattern(stack, bucket)}/*]`,
    'AwsSolutions-IAM5[Resource::*]',
    'AwsSolutions-L1',
    'Serverless-LambdaDLQ',
    'Serverless-LambdaLatestVersion',
    'Serverless-LambdaTracing',
  ];
  Validations.of(singleton).acknowledge(...findings.map((id) => ({ id, reason: CDK_INTERNAL })));
}
