import { join } from 'node:path';
import { CfnOutput, NestedStack, Stack, type StackProps } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import { API_VERSION, buildOpenApi } from '../shared/http/openapi';
import { handlerEntry, ROUTE_AREAS, type RouteArea } from '../shared/http/route-table';
import { BACKGROUND_FUNCTIONS, type BackgroundFunction } from './background-functions';
import { Api } from './constructs/api';
import { cognitoEndpoint } from './constructs/auth';
import { Background } from './constructs/background';
import { Monitoring } from './constructs/monitoring';
import { WebContent } from './constructs/web-content';
import { LOG_RETENTION } from './log-retention';
import { type ProvinceConfig, REPO_ROOT } from './province-config';
import type { StatefulStack } from './stateful-stack';

export interface StatelessStackProps extends StackProps {
  readonly config: ProvinceConfig;
  readonly stateful: StatefulStack;
  /** Defaults to `ROUTE_AREAS`; tests pass their own only to exercise the construct. */
  readonly routeAreas?: readonly RouteArea[];
  /** Defaults to `BACKGROUND_FUNCTIONS`. */
  readonly backgroundFunctions?: readonly BackgroundFunction[];
  /** Defaults to `functions/<id>.ts` (`handlerEntry`); tests point stubs elsewhere. */
  readonly entryFor?: (id: string) => string;
  /** Defaults to `web/dist`; without its `index.html` only `/config.json` is deployed. */
  readonly webDistPath?: string;
}

/**
 * What a province runs: the functions, the HTTP API, the background triggers and schedules,
 * the alarms and the dashboard. It holds no data, so it can be destroyed and redeployed.
 */
export class StatelessStack extends Stack {
  readonly api: Api;
  readonly background: Background;
  readonly monitoring: Monitoring;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { config, stateful } = props;
    const entryFor = props.entryFor ?? ((fnId: string) => join(REPO_ROOT, handlerEntry({ id: fnId })));
    const logRetention = LOG_RETENTION[config.logRetentionDays];

    // Through an export of a fixed name, as the site bucket below, so the one cdk-nag finding of the
    // anchor function's PutObject on the bucket's objects can be acknowledged by its exact id.
    const auditAnchorBucket = Bucket.fromBucketAttributes(this, 'AuditAnchorBucket', {
      bucketArn: stateful.exportValue(stateful.auditAnchors.bucket.bucketArn, {
        name: `${stateful.stackName}-audit-anchors-arn`,
      }),
      bucketName: stateful.auditAnchors.bucket.bucketName,
    });
    // The same for the dossier files bucket: the file functions' grants name its objects' ARN.
    const filesBucket = Bucket.fromBucketAttributes(this, 'FilesBucket', {
      bucketArn: stateful.exportValue(stateful.dossierFiles.bucket.bucketArn, {
        name: `${stateful.stackName}-dossier-files-arn`,
      }),
      bucketName: stateful.dossierFiles.bucket.bucketName,
    });
    const MB = 1024 * 1024;
    const fileLimits = {
      maxFileBytes: config.files.maxFileMb * MB,
      maxDossierBytes: config.files.maxDossierMb * MB,
    };
    this.api = new Api(this, 'Api', {
      provinceCode: config.code,
      areas: props.routeAreas ?? ROUTE_AREAS,
      entryFor,
      table: stateful.data.table,
      idempotencyTable: stateful.data.idempotencyTable,
      ballotTable: stateful.data.ballotTable,
      auditAnchorBucket,
      filesBucket,
      fileLimits,
      userPool: stateful.auth.userPool,
      client: stateful.auth.client,
      webOrigin: stateful.web.origin,
      logRetention,
    });
    this.background = new Background(this, 'Background', {
      provinceCode: config.code,
      functions: props.backgroundFunctions ?? BACKGROUND_FUNCTIONS,
      entryFor,
      table: stateful.data.table,
      idempotencyTable: stateful.data.idempotencyTable,
      ballotTable: stateful.data.ballotTable,
      auditAnchorBucket,
      filesBucket,
      fileLimits,
      userPool: stateful.auth.userPool,
      mail: { ...stateful.mail.binding, webOrigin: stateful.web.origin },
      mailEventsTopic: stateful.mail.eventsTopic,
      webOrigin: stateful.web.origin,
      logRetention,
      apiFunctions: this.api.functions,
    });
    new CfnOutput(this, 'ApiUrl', { value: this.api.httpApi.apiEndpoint });
    // In a nested stack, as the routes are (by area, in `Api`): the two uploads with CDK's copy
    // function and layers add 7 resources that need not share a template with anything else.
    const web = new NestedStack(this, 'Web', { description: 'tdkt web app content and /config.json' });
    // The site bucket through an export of a fixed name, so that the cdk-nag finding on CDK's
    // copy function (which names the bucket's ARN) can be acknowledged by its exact id.
    const siteBucket = Bucket.fromBucketAttributes(web, 'SiteBucket', {
      bucketArn: stateful.exportValue(stateful.web.bucket.bucketArn, {
        name: `${stateful.stackName}-site-bucket-arn`,
      }),
      bucketName: stateful.web.bucket.bucketName,
    });
    new WebContent(web, 'WebContent', {
      distPath: props.webDistPath ?? join(REPO_ROOT, 'web', 'dist'),
      bucket: siteBucket,
      distribution: stateful.web.distribution,
      openApi: buildOpenApi(
        (props.routeAreas ?? ROUTE_AREAS).flatMap((area) => area.routes),
        { title: `tdkt API — ${config.name}`, version: API_VERSION },
      ),
      config: {
        apiUrl: this.api.httpApi.apiEndpoint,
        cognitoEndpoint: cognitoEndpoint(this.region),
        userPoolId: stateful.auth.userPool.userPoolId,
        clientId: stateful.auth.client.userPoolClientId,
        provinceName: config.name,
        ...(config.certificates ? { certificateLayouts: config.certificates } : {}),
      },
    });
    this.monitoring = new Monitoring(this, 'Monitoring', {
      provinceCode: config.code,
      adminTopic: stateful.alerts.adminTopic,
      httpApi: this.api.httpApi,
      apiFunctions: this.api.functions,
      backgroundFunctions: this.background.functions,
      streamConsumers: this.background.streamConsumers,
      ...(this.background.deadLetterQueue ? { deadLetterQueue: this.background.deadLetterQueue } : {}),
      table: stateful.data.table,
    });
  }
}
