/**
 * The composition root of every function: adapters built once per cold start from the parsed
 * environment, then reused by every invocation. Handlers call `ports()` at module scope.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulid';
import type { AppPorts } from './app/ports';
import { loadRuntimeEnv, type RuntimeEnv } from './config';
import { ruleOverridesFor } from './rule-overrides';
import {
  makeDynamoCampaignRepository,
  makeDynamoCouncilRepository,
  makeDynamoDocumentRepository,
  makeDynamoNominationRepository,
  makeDynamoOrganisationRepository,
  makeDynamoPersonRepository,
} from './store';

export interface Runtime {
  readonly env: RuntimeEnv;
  readonly dynamodb: DynamoDBClient;
  readonly ports: AppPorts;
  /** Present when the function has an idempotency table (routes marked idempotent). */
  readonly idempotencyStore?: DynamoDBPersistenceLayer;
}

let cached: Runtime | undefined;

function build(env: RuntimeEnv): Runtime {
  const dynamodb = new DynamoDBClient({
    region: env.AWS_REGION,
    ...(env.DYNAMODB_ENDPOINT ? { endpoint: env.DYNAMODB_ENDPOINT } : {}),
  });
  const clock = { now: () => new Date() };
  const deps = { client: dynamodb, tableName: env.TABLE_NAME, clock };
  const ruleOverrides = ruleOverridesFor(env.PROVINCE_CODE);
  return {
    env,
    dynamodb,
    ports: {
      nominations: makeDynamoNominationRepository(deps),
      organisations: makeDynamoOrganisationRepository(deps),
      persons: makeDynamoPersonRepository(deps),
      campaigns: makeDynamoCampaignRepository(deps),
      councils: makeDynamoCouncilRepository(deps),
      documents: makeDynamoDocumentRepository(deps),
      clock,
      ids: { next: () => ulid() },
      ...(ruleOverrides ? { ruleOverrides } : {}),
    },
    ...(env.IDEMPOTENCY_TABLE_NAME
      ? {
          idempotencyStore: new DynamoDBPersistenceLayer({
            tableName: env.IDEMPOTENCY_TABLE_NAME,
            awsSdkV3Client: dynamodb,
          }),
        }
      : {}),
  };
}

/** The runtime of this function instance, built on first use from the environment. */
export function runtime(): Runtime {
  cached ??= build(loadRuntimeEnv());
  return cached;
}
