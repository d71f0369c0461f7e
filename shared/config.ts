import * as z from 'zod/mini';

/**
 * The environment variables a function reads, named once. The CDK function construct
 * (`infra/constructs/tdkt-function.ts`) sets exactly these names and the runtime parses them with
 * the schema below, so a variable cannot be renamed on one side only.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  provinceCode: 'PROVINCE_CODE',
  serviceName: 'POWERTOOLS_SERVICE_NAME',
  logLevel: 'POWERTOOLS_LOG_LEVEL',
  mailFrom: 'MAIL_FROM',
  mailConfigurationSet: 'MAIL_CONFIGURATION_SET',
  webOrigin: 'WEB_ORIGIN',
  /** The reminder function's schedule as JSON (`shared/mail/reminders/schedule.ts`); defaults when unset. */
  reminderSchedule: 'REMINDER_SCHEDULE',
  dynamoDbEndpoint: 'DYNAMODB_ENDPOINT',
  /** The Cognito user pool, for the admin routes that manage users. */
  userPoolId: 'USER_POOL_ID',
  /** Local stack only, like DYNAMODB_ENDPOINT: the embedded SES and Cognito stand-ins. */
  sesEndpoint: 'SES_ENDPOINT',
  cognitoEndpoint: 'COGNITO_ENDPOINT',
  /** The bucket (Object Lock, compliance mode) where audit chain links are anchored. */
  auditAnchorBucket: 'AUDIT_ANCHOR_BUCKET',
  /** Local stack only: the directory of write-once anchor files instead of the bucket. */
  auditAnchorDir: 'AUDIT_ANCHOR_DIR',
  /** The private bucket of dossier files. */
  filesBucket: 'FILES_BUCKET',
  /** The province's file limits as JSON (`{"maxFileBytes":…,"maxDossierBytes":…}`); defaults when unset. */
  fileLimits: 'FILE_LIMITS',
  /** Local stack only: the S3 stand-in (path-style). */
  s3Endpoint: 'S3_ENDPOINT',
  /** Local stack only: the shipped rule file to apply in place of the province's (the demo's). */
  rulesCode: 'RULES_CODE',
  /** The warm-up function only: the API's function names, comma-separated. */
  apiFunctions: 'API_FUNCTIONS',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

const nonEmpty = z.string().check(z.minLength(1));

/**
 * What a function needs from its environment. Optional entries are set only on the functions
 * that use them (the idempotency table on idempotent routes, the mail settings on the notifier);
 * `DYNAMODB_ENDPOINT` exists only in the local stack, never in AWS.
 */
export const runtimeEnvSchema = z.object({
  [ENV.tableName]: nonEmpty,
  [ENV.provinceCode]: z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/)),
  [ENV.serviceName]: nonEmpty,
  [ENV.logLevel]: z.optional(z.enum(['DEBUG', 'INFO', 'WARN', 'ERROR'])),
  [ENV.idempotencyTableName]: z.optional(nonEmpty),
  [ENV.mailFrom]: z.optional(nonEmpty),
  [ENV.mailConfigurationSet]: z.optional(nonEmpty),
  [ENV.webOrigin]: z.optional(nonEmpty),
  [ENV.reminderSchedule]: z.optional(nonEmpty),
  [ENV.dynamoDbEndpoint]: z.optional(z.url()),
  [ENV.userPoolId]: z.optional(nonEmpty),
  [ENV.sesEndpoint]: z.optional(z.url()),
  [ENV.cognitoEndpoint]: z.optional(z.url()),
  [ENV.auditAnchorBucket]: z.optional(nonEmpty),
  [ENV.auditAnchorDir]: z.optional(nonEmpty),
  [ENV.filesBucket]: z.optional(nonEmpty),
  [ENV.fileLimits]: z.optional(nonEmpty),
  [ENV.s3Endpoint]: z.optional(z.url()),
  [ENV.rulesCode]: z.optional(z.string().check(z.regex(/^[a-z]+(-[a-z]+)*$/))),
  [ENV.apiFunctions]: z.optional(nonEmpty),
  AWS_REGION: z._default(nonEmpty, 'ap-southeast-1'),
});

export type RuntimeEnv = z.output<typeof runtimeEnvSchema>;

/** Parses an environment; throws a readable error naming every missing or malformed variable. */
export function parseRuntimeEnv(env: Readonly<Record<string, string | undefined>>): RuntimeEnv {
  const result = runtimeEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`invalid function environment: ${problems.join('; ')}`);
  }
  return result.data;
}

let cached: RuntimeEnv | undefined;

/**
 * The function's configuration, parsed from `process.env` on first use and kept for the life of
 * the instance. Handlers call it at module scope so that a missing variable fails the cold start,
 * not the first request; CDK code never calls it (it only uses `ENV` and the schema).
 */
export function loadRuntimeEnv(): RuntimeEnv {
  cached ??= parseRuntimeEnv(process.env);
  return cached;
}
