import { Duration, Stack, Validations } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Function as LambdaFunction, LoggingFormat, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV, type EnvName, runtimeEnvSchema } from '../../shared/config';
import type { FileLimits } from '../../shared/domain/files/file-types';
import { TABLE_DEFINITION } from '../../shared/store/table-definition';
import {
  BALLOT_ACTIONS,
  FILE_ACTIONS,
  type FunctionAccess,
  IDEMPOTENCY_ACTIONS,
  SEND_MAIL_ACTIONS,
  TABLE_ACTIONS,
  type TableAccess,
  USER_POOL_ACTIONS,
} from '../access';
import { type FunctionSource, functionCode } from '../function-code';
import { bucketArnPattern } from '../nag-ids';

/** How the function is invoked; it decides what a failed invocation needs. */
export type Invocation = 'sync' | 'stream' | 'async';

export interface TdktFunctionProps {
  /** What the bundle is built from: one handler file, or a router over several routes. */
  readonly source: FunctionSource;
  readonly description: string;
  readonly provinceCode: string;
  readonly logRetention: RetentionDays;
  readonly invocation: Invocation;
  /** Required for `async` functions: where Lambda puts an event that failed every retry. */
  readonly deadLetterQueue?: IQueue;
  readonly memorySize?: number;
  readonly timeout?: Duration;
  /**
   * False for a handler that does not compose the shared runtime (`shared/runtime.ts`), such as a
   * Cognito trigger: its environment is then not held to the runtime's schema.
   */
  readonly usesRuntime?: boolean;
}

/** What `grantAccess` may grant on. */
export interface AccessResources {
  readonly table: ITable;
  readonly idempotencyTable: ITable;
  /** The secret-ballot box; only vote and close routes are granted it. */
  readonly ballotTable: ITable;
  /** The Object Lock bucket of audit anchors. */
  readonly auditAnchorBucket: IBucket;
  /** The private bucket of dossier files. */
  readonly filesBucket: IBucket;
  /** The province's file limits (`files` in its configuration), in bytes. */
  readonly fileLimits: FileLimits;
  readonly userPool: IUserPool;
  readonly mail?: MailBinding;
}

/** Mail settings the notifier needs. */
export interface MailBinding {
  readonly identityArn: string;
  readonly configurationSetArn: string;
  readonly configurationSetName: string;
  readonly fromAddress: string;
  /** Links in emails point here (`https://` + the web app's domain). */
  readonly webOrigin: string;
}

/**
 * Every Lambda of the system. Holds each default once — Node.js 22 on ARM64, a minified ESM
 * bundle with source maps built by local esbuild (code split, so a router loads a route's code on
 * first use: `infra/function-code.ts`), JSON logs to its own log group with a
 * retention, no X-Ray (see the acknowledgment below), explicit memory and timeout — and its own role, which starts
 * empty: `bindTable`, `bindIdempotencyTable` and `allowSendMail` set an environment variable
 * (named by `shared/config.ts`) together with the exact grant it needs. At synth the environment
 * is parsed with the runtime's own schema, so a function that would fail its cold start for a
 * missing variable fails the synth instead.
 */
export class TdktFunction extends LambdaFunction {
  private readonly declaredEnv = new Map<EnvName, string>();

  constructor(scope: Construct, id: string, props: TdktFunctionProps) {
    if (props.invocation === 'async' && !props.deadLetterQueue)
      throw new Error(`${id}: an asynchronously invoked function needs a dead-letter queue`);
    // One role per function, created here so it starts without the AWS managed
    // AWSLambdaBasicExecutionRole: log writing is granted on this function's log group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `tdkt ${props.provinceCode}: ${props.description}`,
    });
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: props.logRetention });
    super(scope, id, {
      code: functionCode(props.source),
      handler: 'index.handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      deadLetterQueue: props.deadLetterQueue,
      environment: { NODE_OPTIONS: '--enable-source-maps' },
    });
    logGroup.grantWrite(role);

    this.setEnv(ENV.provinceCode, props.provinceCode);
    this.setEnv(ENV.serviceName, 'tdkt');
    this.setEnv(ENV.logLevel, 'INFO');
    if (props.usesRuntime !== false) this.node.addValidation({ validate: () => this.validateEnv() });

    Validations.of(this).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason:
          'Node.js 22 is the runtime the project targets, bundles for (esbuild node22) and tests on; moving to 24 is a deliberate upgrade, not a synth-time default.',
      },
      {
        id: 'Serverless-LambdaLatestVersion',
        reason: 'Same decision as AwsSolutions-L1: Node.js 22 on purpose.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          "X-Ray is off on purpose (issue 16): a trace without the Tracer on the SDK clients shows only the invocation, which the JSON logs already carry (request id, cold start, route) with Lambda's REPORT lines; the Tracer and its SDK would add to every cold start (docs/performance.md). The IAM wildcard X-Ray needed went with it.",
      },
    );
    if (props.invocation !== 'async')
      Validations.of(this).acknowledge({
        id: 'Serverless-LambdaDLQ',
        reason:
          props.invocation === 'sync'
            ? 'Invoked synchronously by API Gateway: the caller gets the error; a Lambda DLQ only applies to asynchronous invocations.'
            : 'Invoked by a stream event source mapping, whose on-failure SQS destination holds failed batches; a Lambda DLQ only applies to asynchronous invocations.',
      });
  }

  /** Reads (`read`) or reads and writes (`read-write`) the single table and its indexes. */
  bindTable(table: ITable, access: TableAccess): this {
    this.setEnv(ENV.tableName, table.tableName);
    if (access === 'none') return this;
    const indexArns = TABLE_DEFINITION.globalSecondaryIndexes.map(
      (index) => `${table.tableArn}/index/${index.indexName}`,
    );
    this.addToRolePolicy(
      new PolicyStatement({ actions: [...TABLE_ACTIONS[access]], resources: [table.tableArn] }),
    );
    // Indexes are only ever queried; naming each one keeps the policy free of `index/*`.
    this.addToRolePolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: indexArns }));
    return this;
  }

  /** Idempotency records (`shared/http/idempotency.ts`): Get/Put/Update/Delete on that table only. */
  bindIdempotencyTable(table: ITable): this {
    this.setEnv(ENV.idempotencyTableName, table.tableName);
    this.addToRolePolicy(
      new PolicyStatement({ actions: [...IDEMPOTENCY_ACTIONS], resources: [table.tableArn] }),
    );
    return this;
  }

  /** `ses:SendEmail` on the province's identity and configuration set, from its one address. */
  allowSendMail(mail: MailBinding): this {
    this.setEnv(ENV.mailFrom, mail.fromAddress);
    this.setEnv(ENV.mailConfigurationSet, mail.configurationSetName);
    this.setEnv(ENV.webOrigin, mail.webOrigin);
    this.addToRolePolicy(
      new PolicyStatement({
        actions: [...SEND_MAIL_ACTIONS],
        resources: [mail.identityArn, mail.configurationSetArn],
        conditions: { StringEquals: { 'ses:FromAddress': mail.fromAddress } },
      }),
    );
    return this;
  }

  /** Cognito admin actions on the province's user pool only. */
  bindUserPool(userPool: IUserPool, access: Exclude<FunctionAccess['users'], 'none'>): this {
    this.setEnv(ENV.userPoolId, userPool.userPoolId);
    this.addToRolePolicy(
      new PolicyStatement({ actions: [...USER_POOL_ACTIONS[access]], resources: [userPool.userPoolArn] }),
    );
    return this;
  }

  /** Applies a whole access description (routes and background functions alike). */
  grantAccess(access: FunctionAccess, resources: AccessResources): this {
    this.bindTable(resources.table, access.table);
    if (access.idempotency) this.bindIdempotencyTable(resources.idempotencyTable);
    if (access.auditAnchors) {
      const bucket = resources.auditAnchorBucket;
      this.setEnv(ENV.auditAnchorBucket, bucket.bucketName);
      this.addToRolePolicy(
        access.auditAnchors === 'write'
          ? new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('*')] })
          : new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
      );
      if (access.auditAnchors === 'write' && this.role) {
        Validations.of(this.role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::${bucketArnPattern(Stack.of(this), bucket)}/*]`,
          reason:
            's3:PutObject on the objects of the audit anchors bucket only (one object per chain link, keyed by nomination); PutObject has no narrower resource, and Object Lock in compliance mode forbids overwriting or deleting what is there.',
        });
      }
    }
    if (access.files) {
      const bucket = resources.filesBucket;
      this.setEnv(ENV.filesBucket, bucket.bucketName);
      this.setEnv(ENV.fileLimits, JSON.stringify(resources.fileLimits));
      // One statement per prefix, with every action the function's levels need there.
      const byPrefix = new Map<string, Set<string>>();
      for (const { actions, prefix } of access.files.flatMap((level) => FILE_ACTIONS[level]))
        byPrefix.set(prefix, new Set([...(byPrefix.get(prefix) ?? []), ...actions]));
      for (const [prefix, actionSet] of byPrefix) {
        const actions = [...actionSet];
        this.addToRolePolicy(
          new PolicyStatement({ actions: [...actions], resources: [bucket.arnForObjects(`${prefix}*`)] }),
        );
        if (this.role)
          Validations.of(this.role).acknowledge({
            id: `AwsSolutions-IAM5[Resource::${bucketArnPattern(Stack.of(this), bucket)}/${prefix}*]`,
            reason: `${actions.join(', ')} on the objects under ${prefix} of the dossier files bucket only: each object's key is made per upload (a new id), so no narrower resource can be named in advance.`,
          });
      }
    }
    if (access.ballots) {
      this.addToRolePolicy(
        new PolicyStatement({
          actions: [...new Set(access.ballots.flatMap((level) => BALLOT_ACTIONS[level]))],
          resources: [resources.ballotTable.tableArn],
        }),
      );
    }
    if (access.users !== 'none') this.bindUserPool(resources.userPool, access.users);
    if (access.sendMail) {
      if (!resources.mail) throw new Error(`${this.node.path}: sendMail needs the mail binding`);
      this.allowSendMail(resources.mail);
    }
    return this;
  }

  setEnv(name: EnvName, value: string): this {
    this.declaredEnv.set(name, value);
    this.addEnvironment(name, value);
    return this;
  }

  private validateEnv(): string[] {
    const result = runtimeEnvSchema.safeParse(Object.fromEntries(this.declaredEnv));
    if (result.success) return [];
    return result.error.issues.map((issue) => `environment ${issue.path.join('.')}: ${issue.message}`);
  }
}
