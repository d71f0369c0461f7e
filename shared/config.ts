import { z } from 'zod';

/**
 * The environment of every function, named once. CDK sets these from the same constant (so the
 * stack and the code cannot disagree on a name), the local stack sets them for the gateway, and
 * `loadConfig` parses them once per cold start: a missing or malformed value fails the cold
 * start loudly instead of surfacing later as an undefined table name.
 */
export const ENV = {
  tableName: 'TABLE_NAME',
  idempotencyTableName: 'IDEMPOTENCY_TABLE_NAME',
  provinceCode: 'PROVINCE_CODE',
  userPoolId: 'USER_POOL_ID',
  mailFrom: 'MAIL_FROM',
  webOrigin: 'WEB_ORIGIN',
  /** Local stack only: AWS SDK endpoints of the embedded services. Never set in AWS. */
  dynamodbEndpoint: 'DYNAMODB_ENDPOINT',
  sesEndpoint: 'SES_ENDPOINT',
  cognitoEndpoint: 'COGNITO_ENDPOINT',
} as const;

const optionalUrl = z.url().optional();

const ConfigSchema = z.object({
  [ENV.tableName]: z.string().min(3).max(255),
  [ENV.idempotencyTableName]: z.string().min(3).max(255).optional(),
  [ENV.provinceCode]: z.string().regex(/^[a-z][a-z-]{1,40}$/),
  [ENV.userPoolId]: z.string().min(1).optional(),
  [ENV.mailFrom]: z.string().min(3).optional(),
  [ENV.webOrigin]: optionalUrl,
  [ENV.dynamodbEndpoint]: optionalUrl,
  [ENV.sesEndpoint]: optionalUrl,
  [ENV.cognitoEndpoint]: optionalUrl,
  AWS_REGION: z.string().min(1).default('ap-southeast-1'),
});

export interface AppConfig {
  readonly tableName: string;
  readonly idempotencyTableName?: string;
  readonly provinceCode: string;
  readonly userPoolId?: string;
  readonly mailFrom?: string;
  readonly webOrigin?: string;
  readonly region: string;
  readonly endpoints: { readonly dynamodb?: string; readonly ses?: string; readonly cognito?: string };
}

/** Parses the function environment; throws naming every missing or bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`invalid function environment: ${problems}`);
  }
  const e = result.data;
  return {
    tableName: e.TABLE_NAME,
    provinceCode: e.PROVINCE_CODE,
    region: e.AWS_REGION,
    ...(e.IDEMPOTENCY_TABLE_NAME ? { idempotencyTableName: e.IDEMPOTENCY_TABLE_NAME } : {}),
    ...(e.USER_POOL_ID ? { userPoolId: e.USER_POOL_ID } : {}),
    ...(e.MAIL_FROM ? { mailFrom: e.MAIL_FROM } : {}),
    ...(e.WEB_ORIGIN ? { webOrigin: e.WEB_ORIGIN } : {}),
    endpoints: {
      ...(e.DYNAMODB_ENDPOINT ? { dynamodb: e.DYNAMODB_ENDPOINT } : {}),
      ...(e.SES_ENDPOINT ? { ses: e.SES_ENDPOINT } : {}),
      ...(e.COGNITO_ENDPOINT ? { cognito: e.COGNITO_ENDPOINT } : {}),
    },
  };
}
