import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { cognitoEndpoint } from './auth';

/**
 * The app's Content-Security-Policy. The built `index.html` loads one module script and one
 * stylesheet from `/assets/` and has no inline script or style (the app sets styles through the
 * DOM, which CSP allows), so `'self'` covers everything but its two remote origins: the API and
 * Cognito. The API's own address is not known here: it is created by the stateless stack, which
 * already depends on this one for the web origin it allows in CORS, so naming it would be a
 * cycle. The HTTP APIs of the province's region are allowed instead, and only over HTTPS; the
 * same for the dossier bucket (uploads, downloads and previews go to S3 by presigned links).
 */
/** The dossier bucket's origin, as presigned POSTs and GETs name it (virtual-hosted, regional). */
const filesOrigin = (region: string) => `https://*.s3.${region}.amazonaws.com`;

export function contentSecurityPolicy(region: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${filesOrigin(region)}`,
    "font-src 'self'",
    `connect-src 'self' https://*.execute-api.${region}.amazonaws.com ${cognitoEndpoint(region)} ${filesOrigin(region)}`,
    // The secretariat's and the council's preview of a dossier's PDF, by a presigned link.
    `frame-src ${filesOrigin(region)}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export interface WebProps {
  /** Custom domain and its us-east-1 certificate; both or neither. */
  readonly domain?: string;
  readonly certificateArn?: string;
}

/**
 * Where the browser app is served from: a private bucket read only by CloudFront through origin
 * access control, HTTPS only, security headers, single-page-app fallback to `index.html`, and
 * access logs of both the bucket and the distribution in a log bucket.
 */
export class Web extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** The origin the API accepts in CORS: `https://` + the custom or CloudFront domain. */
  readonly origin: string;

  constructor(scope: Construct, id: string, props: WebProps) {
    super(scope, id);
    const logBucket = new Bucket(this, 'LogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs, so the bucket must accept them.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(logBucket).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket; logging it into itself would loop.',
    });

    this.bucket = new Bucket(this, 'SiteBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logBucket,
      serverAccessLogsPrefix: 'site-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const certificate =
      props.domain && props.certificateArn
        ? Certificate.fromCertificateArn(this, 'Certificate', props.certificateArn)
        : undefined;
    this.distribution = new Distribution(this, 'Distribution', {
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: new ResponseHeadersPolicy(this, 'SecurityHeaders', {
          comment: 'tdkt web app: CSP, HSTS, no sniffing, no framing, origin-only referrer',
          securityHeadersBehavior: {
            contentSecurityPolicy: {
              contentSecurityPolicy: contentSecurityPolicy(Stack.of(this).region),
              override: true,
            },
            strictTransportSecurity: {
              accessControlMaxAge: Duration.days(365),
              includeSubdomains: true,
              override: true,
            },
            contentTypeOptions: { override: true },
            frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
            referrerPolicy: {
              referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
              override: true,
            },
          },
        }),
      },
      defaultRootObject: 'index.html',
      // The app routes in the browser: unknown paths get the shell, which shows its own 404.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.minutes(1),
      })),
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Price class 200 includes the Asian edge locations closest to Vietnam.
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket,
      logFilePrefix: 'cloudfront/',
      ...(certificate && props.domain
        ? {
            certificate,
            domainNames: [props.domain],
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason:
          'No geo restriction: officials use the app while travelling, and the data sits behind the authenticated API, not in these static files.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'No WAF on static files (USD 5+ a month per province); the API, which holds the data, is throttled and authenticated.',
      },
    );
    if (!certificate)
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason:
          'Without a custom domain CloudFront serves its default certificate, whose minimum protocol cannot be raised; set web.domain and web.certificateArn to get TLS 1.2+ only.',
      });

    this.origin = `https://${props.domain ?? this.distribution.distributionDomainName}`;
  }
}
