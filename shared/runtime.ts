/**
 * The composition root of every function: adapters built once per cold start from the parsed
 * environment, then reused by every invocation. Handlers call `ports()` at module scope.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ulid } from 'ulid';
import type { AppPorts } from './app/ports';
import { type AppConfig, loadConfig } from './config';
import { ruleOverridesFor } from './rule-overrides';
import {
  makeDynamoCampaignRepository,
  makeDynamoNominationRepository,
  makeDynamoOrganisationRepository,
  makeDynamoPersonRepository,
} from './store';

export interface Runtime {
  readonly config: AppConfig;
  readonly dynamodb: DynamoDBClient;
  readonly ports: AppPorts;
  /** Present when the function has an idempotency table (routes marked idempotent). */
  readonly idempotencyStore?: DynamoDBPersistenceLayer;
}

let cached: Runtime | undefined;

function build(config: AppConfig): Runtime {
  const dynamodb = new DynamoDBClient({
    region: config.region,
    ...(config.endpoints.dynamodb ? { endpoint: config.endpoints.dynamodb } : {}),
  });
  const clock = { now: () => new Date() };
  const deps = { client: dynamodb, tableName: config.tableName, clock };
  const ruleOverrides = ruleOverridesFor(config.provinceCode);
  return {
    config,
    dynamodb,
    ports: {
      nominations: makeDynamoNominationRepository(deps),
      organisations: makeDynamoOrganisationRepository(deps),
      persons: makeDynamoPersonRepository(deps),
      campaigns: makeDynamoCampaignRepository(deps),
      clock,
      ids: { next: () => ulid() },
      ...(ruleOverrides ? { ruleOverrides } : {}),
    },
    ...(config.idempotencyTableName
      ? {
          idempotencyStore: new DynamoDBPersistenceLayer({
            tableName: config.idempotencyTableName,
            awsSdkV3Client: dynamodb,
          }),
        }
      : {}),
  };
}

/** The runtime of this function instance, built on first use from the environment. */
export function runtime(): Runtime {
  cached ??= build(loadConfig());
  return cached;
}
