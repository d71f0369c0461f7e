import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Alerts } from './constructs/alerts';
import { AuditAnchors } from './constructs/audit-anchors';
import { Auth } from './constructs/auth';
import { Data } from './constructs/data';
import { DossierFiles } from './constructs/dossier-files';
import { Mail } from './constructs/mail';
import { Web } from './constructs/web';
import { LOG_RETENTION } from './log-retention';
import type { ProvinceConfig } from './province-config';

export interface StatefulStackProps extends StackProps {
  readonly config: ProvinceConfig;
}

/**
 * What a province keeps: its data, its users, its sending identity, its web bucket and the
 * admins' alarm topic. Everything here is retained when the stack is deleted, and the stack has
 * termination protection; it changes rarely, so the stateless stack can be redeployed freely.
 */
export class StatefulStack extends Stack {
  readonly data: Data;
  readonly auth: Auth;
  readonly alerts: Alerts;
  readonly mail: Mail;
  readonly web: Web;
  readonly auditAnchors: AuditAnchors;
  readonly dossierFiles: DossierFiles;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, { terminationProtection: true, ...props });
    const { config } = props;
    this.data = new Data(this, 'Data');
    this.auditAnchors = new AuditAnchors(this, 'AuditAnchors', {
      retentionYears: config.auditAnchorRetentionYears,
    });
    this.auth = new Auth(this, 'Auth', {
      provinceName: config.code,
      mfa: config.auth.mfa,
      logRetention: LOG_RETENTION[config.logRetentionDays],
    });
    this.alerts = new Alerts(this, 'Alerts', { provinceCode: config.code, adminEmails: config.admins });
    this.mail = new Mail(this, 'Mail', {
      provinceCode: config.code,
      fromAddress: config.mail.fromAddress,
      ...(config.mail.domain ? { domain: config.mail.domain } : {}),
      topicKey: this.alerts.key,
    });
    this.web = new Web(this, 'Web', {
      ...(config.web.domain ? { domain: config.web.domain } : {}),
      ...(config.web.certificateArn ? { certificateArn: config.web.certificateArn } : {}),
    });
    this.dossierFiles = new DossierFiles(this, 'DossierFiles', { webOrigin: this.web.origin });
    const outputs = {
      UserPoolId: this.auth.userPool.userPoolId,
      UserPoolClientId: this.auth.client.userPoolClientId,
      WebUrl: this.web.origin,
      WebBucket: this.web.bucket.bucketName,
      DistributionId: this.web.distribution.distributionId,
      TableName: this.data.table.tableName,
      AuditAnchorBucket: this.auditAnchors.bucket.bucketName,
      FilesBucket: this.dossierFiles.bucket.bucketName,
      AdminTopicArn: this.alerts.adminTopic.topicArn,
    };
    for (const [id, value] of Object.entries(outputs)) new CfnOutput(this, id, { value });
  }
}
